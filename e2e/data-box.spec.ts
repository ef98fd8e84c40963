import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EVA, JAN, logIn, PETR } from './support/login.js';

/** A one-page PDF (what a citizen would attach). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const usedBytes = async (page: import('@playwright/test').Page) =>
  (await (await page.request.get('/api/services/data-box/storage')).json()).usedBytes as number;

test('Jan Novák writes to the Town of Telč with a PDF, sees it in Sent, gets the reply with 1 unread on the DATA BOX tab; Eva cannot reach any of it', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await logIn(page, JAN, { method: 'card', returnTo: '/services/data-box' });
  const box = page.locator('section[data-service-id="data-box"]');
  await expect(box).toHaveAttribute('data-service-state', 'mounted');
  await expect(box.getByText(/^Využito .* z\s500\sMB$/)).toBeVisible();
  const before = await usedBytes(page);

  const subject = `Dotaz na poplatek ${Date.now()}`;
  await box.getByRole('link', { name: 'Napsat zprávu' }).click();
  await box.getByLabel('Adresát').selectOption({ label: 'Město Telč' });
  await box.getByLabel('Předmět').fill(subject);
  await box
    .getByLabel('Text', { exact: true })
    .fill('Dobrý den,\nposílám žádost v příloze.\n<script>alert(1)</script>');
  await box.getByLabel('Přílohy').setInputFiles({ name: 'zadost.pdf', mimeType: 'application/pdf', buffer: PDF });
  await box.getByRole('button', { name: 'Odeslat' }).click();

  // In Sent.
  await expect(box.getByRole('link', { name: new RegExp(subject) }).first()).toBeVisible();
  const after = await usedBytes(page);
  expect(after - before).toBeGreaterThanOrEqual(PDF.length);

  // The town's automatic reply arrives; after a reload the DATA BOX tab says 1 unread.
  await expect
    .poll(async () => (await (await page.request.get('/api/services/data-box/unread-count')).json()).count, {
      timeout: 10_000,
    })
    .toBe(1);
  await page.reload();
  const tab = page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: /Datová schránka/ });
  await expect(tab).toHaveAccessibleName(/nepřečtené zprávy: 1/);
  await expect(tab).toContainText('1');

  // Jan's message and attachment, by id, from Eva's session: nothing.
  const sent = await (await page.request.get('/api/services/data-box/messages?folder=sent')).json();
  const mine = sent.messages.find((m: { subject: string }) => m.subject === subject);
  expect(mine).toBeTruthy();
  const evaContext = await browser.newContext({ locale: 'cs-CZ' });
  const eva = await evaContext.newPage();
  await logIn(eva, EVA, { method: 'card' });
  for (const path of [`/messages/${mine.id}`, `/attachments/${mine.id}/0`, `/conversations/${mine.conversationId}`]) {
    const response = await eva.request.get(`/api/services/data-box${path}`);
    expect(response.status(), path).toBe(404);
  }
  const evaSent = await (await eva.request.get('/api/services/data-box/messages?folder=sent')).json();
  expect(JSON.stringify(evaSent)).not.toContain(subject);
  await evaContext.close();

  // Jan downloads his attachment: as a download, never rendered in the portal's origin.
  const download = await page.request.get(`/api/services/data-box/attachments/${mine.id}/0`);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
  expect(download.headers()['x-content-type-options']).toBe('nosniff');
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);
});

test('a citizen without a data box is told so, and where to get one', async ({ page }) => {
  await page.goto('/auth/login?returnTo=%2Fservices%2Fdata-box');
  await page.getByTestId('method-card').click();
  await page.locator(`input[name="card"][value="${PETR.card}"]`).check();
  await page.locator('#pin').fill(PETR.pin);
  await page.locator('#card-form [type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/consent' || url.pathname === '/services/data-box');
  if (new URL(page.url()).pathname === '/consent')
    await page.getByRole('button', { name: 'Souhlasím', exact: true }).click();
  const box = page.locator('section[data-service-id="data-box"]');
  await expect(box.getByRole('heading', { name: 'Nemáte datovou schránku' })).toBeVisible();
  expect((await page.request.get('/api/services/data-box/messages')).status()).toBe(403);
});

test('the data box’s pages have no axe violations (WCAG 2.1 AA)', async ({ page }) => {
  await logIn(page, JAN, { method: 'card', returnTo: '/services/data-box' });
  const box = page.locator('section[data-service-id="data-box"]');
  const check = async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await expect(box).toHaveAttribute('data-service-state', 'mounted');
  await box.getByRole('heading', { level: 2 }).first().waitFor();
  await check(); // mailbox
  await box.getByRole('link', { name: 'Napsat zprávu' }).click();
  await box.getByLabel('Předmět').waitFor();
  await box.getByRole('button', { name: 'Odeslat' }).click(); // errors next to the fields
  await expect(box.getByLabel('Předmět')).toHaveAttribute('aria-invalid', 'true');
  await check(); // compose with errors
  await page.goto('/services/data-box/settings');
  await box.getByRole('heading', { level: 2 }).first().waitFor();
  await check(); // notification settings
});

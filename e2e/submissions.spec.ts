import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { EVA, JAN, logIn } from './support/login.js';

// Submissions (issue 14): Jan applies to Telč with an attachment, follows it in PODÁNÍ while the development clerk
// accepts and decides it, gets a notification in the centre and an e-mail, and the data box holds the conversation.
// Nobody else sees or moves it.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function portPlus(baseURL: string | undefined, n: number): number {
  return Number(new URL(baseURL ?? 'http://localhost:8181').port) + n;
}

async function csrf(request: APIRequestContext): Promise<string> {
  return (await (await request.get('/api/csrf-token')).json()).token;
}

/** Jan's e-mail verified through the development mail catcher, and e-mail chosen for submission changes. */
async function verifiedEmail(page: Page, baseURL: string | undefined, address: string) {
  const inbox = `http://localhost:${portPlus(baseURL, 30)}/api/messages`;
  const token = await csrf(page.request);
  const put = await page.request.put('/api/services/my-data/contacts/email', {
    headers: { 'x-csrf-token': token },
    data: { value: address },
  });
  expect(put.status()).toBe(200);
  let code = '';
  await expect
    .poll(
      async () => {
        const mail = await (await page.request.get(inbox)).json();
        code = mail.emails.find((m: { to: string }) => m.to.includes(address))?.text.match(/\b\d{6}\b/)?.[0] ?? '';
        return code;
      },
      { timeout: 15_000 },
    )
    .toMatch(/^\d{6}$/);
  const verify = await page.request.post('/api/services/my-data/contacts/email/verify', {
    headers: { 'x-csrf-token': token },
    data: { code },
  });
  expect(verify.status()).toBe(200);
  const settings = await page.request.put('/api/notifications/settings', {
    headers: { 'x-csrf-token': token },
    data: { 'submission-changed': { email: true } },
  });
  expect(settings.status()).toBe(200);
  return inbox;
}

test('Jan submits to Telč with an attachment and follows it to the decision; nobody else sees or moves it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await logIn(page, JAN, { method: 'card', returnTo: '/services/telc/market-stall/zadost' });
  const address = `jan.novak+podani${Date.now()}@example.cz`;
  const inbox = await verifiedEmail(page, baseURL, address);
  const before = (await (await page.request.get('/api/submissions')).json()).submissions.length;

  // The form refuses bad data next to the fields, in the remote, before anything is sent.
  await page.goto('/services/telc/market-stall/zadost');
  const telc = page.locator('section[data-service-id="telc"]');
  await telc.getByRole('button', { name: 'Odeslat žádost' }).click();
  await expect(telc.getByRole('textbox', { name: /Místo/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(telc.getByText('Formulář obsahuje chyby')).toBeVisible();

  // The server refuses the same data sent directly: 400 naming the field, nothing stored.
  const bad = await page.request.post('/api/services/telc/submissions', {
    headers: { 'x-csrf-token': await csrf(page.request) },
    multipart: {
      type: 'zabor-verejneho-prostranstvi',
      data: JSON.stringify({ purpose: 'stall', areaSquareMetres: 6, from: '2027-05-01', days: 3 }),
    },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).field).toBe('/location');
  expect((await (await page.request.get('/api/submissions')).json()).submissions.length).toBe(before);

  // Filled in, with a drawing attached: submitted, with its reference number.
  await telc.getByRole('combobox', { name: /Účel užívání/ }).selectOption('stall');
  await telc.getByRole('textbox', { name: /Místo/ }).fill('nám. Zachariáše z Hradce před domem č. p. 12');
  await telc.getByRole('textbox', { name: /Plocha v m²/ }).fill('6');
  await telc.getByLabel(/První den užívání/).fill('2027-05-01');
  await telc.getByRole('textbox', { name: /Počet dní/ }).fill('3');
  await telc
    .locator('input[type="file"]')
    .setInputFiles({ name: 'nakres.pdf', mimeType: 'application/pdf', buffer: PDF });
  await telc.getByRole('button', { name: 'Odeslat žádost' }).click();
  await expect(telc.getByRole('status').getByText('Žádost je podána')).toBeVisible({ timeout: 15_000 });
  const reference = (await telc.textContent())?.match(/[A-Z]{2,5}-\d{4}-\d{6}/)?.[0] ?? '';
  expect(reference).not.toBe('');
  const mine = (await (await page.request.get('/api/submissions')).json()).submissions;
  const submission = mine.find((s: { reference: string }) => s.reference === reference);
  expect(submission).toBeTruthy();

  // PODÁNÍ: the submission and its history; the development clerk accepts and decides it within a minute.
  await telc.getByRole('link', { name: 'Sledovat žádost v sekci PODÁNÍ' }).click();
  await expect(page).toHaveURL(new RegExp(`/services/submissions/${submission.id}$`));
  await expect(page.locator('main')).toContainText(reference);
  await expect
    .poll(async () => (await (await page.request.get(`/api/submissions/${submission.id}`)).json()).state, {
      timeout: 90_000,
      intervals: [2_000],
    })
    .toBe('decided-granted');
  await page.reload();
  const history = page.getByRole('table');
  await expect(history).toBeVisible();
  expect(await history.getByRole('row').count()).toBeGreaterThanOrEqual(5);

  // A notification in the centre, an e-mail in the development inbox, the conversation in the data box.
  await expect
    .poll(async () => (await (await page.request.get('/api/notifications/unread-count')).json()).unread, {
      timeout: 20_000,
    })
    .toBeGreaterThan(0);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Oznámení, \d+ nepřečten/ })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await (await page.request.get(inbox)).json()).emails.some(
          (m: { to: string; subject: string; text: string }) =>
            m.to.includes(address) && `${m.subject} ${m.text}`.includes(reference),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  const boxed = await (await page.request.get('/api/services/data-box/messages?folder=inbox')).json();
  expect(JSON.stringify(boxed)).toContain(reference);

  // Eva cannot see it by id; another issuer cannot list or change it; Telč's own token can.
  const eva = await browser.newPage({ baseURL });
  await logIn(eva, EVA);
  expect((await eva.request.get(`/api/submissions/${submission.id}`)).status()).toBe(404);
  await eva.close();
  const znojmo = { authorization: 'Bearer czp_dev_mesto-znojmo' };
  expect((await page.request.get(`/api/publisher/submissions/${submission.id}`, { headers: znojmo })).status()).toBe(
    404,
  );
  const listed = await page.request.get('/api/publisher/submissions?service=telc', { headers: znojmo });
  expect(listed.status()).toBe(403);
  const moved = await page.request.post(`/api/publisher/submissions/${submission.id}/status`, {
    headers: znojmo,
    data: { status: 'decided-refused', note: 'Ne' },
  });
  expect(moved.status()).toBe(404);
  const telcToken = { authorization: 'Bearer czp_dev_mesto-telc' };
  expect((await page.request.get(`/api/publisher/submissions/${submission.id}`, { headers: telcToken })).status()).toBe(
    200,
  );
});

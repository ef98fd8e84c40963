import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { EVA, JAN, logIn } from './support/login.js';

// My data (issue 13): the DATA, DOCUMENTS and PROFILE tabs filled from the development register server through the
// service bus, who used my data, a failing register, the exports, a complaint, and a service's read under its name.

const API = '/api/services/my-data';

/** The development mail catcher's inbox API (playwright.config.ts: CZP_DEV_MAIL_PORT = port + 30). */
function mailInbox(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://localhost:8181');
  return `http://localhost:${Number(url.port) + 30}/api/messages`;
}

/** The development register server of the e2e portal (playwright.config.ts: CZP_DEV_REGISTERS_PORT = port + 20). */
function registersControl(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? 'http://localhost:8181');
  return `http://localhost:${Number(url.port) + 20}/_control`;
}

interface LogEntry {
  id: string;
  reader: { kind: string; id: string; name: { cs: string; en: string } };
  register: string;
  outcome: string;
  refusal?: string;
  source: string;
}

async function accessLog(request: APIRequestContext, query = ''): Promise<{ entries: LogEntry[]; total: number }> {
  const response = await request.get(`${API}/access-log${query}`);
  expect(response.status()).toBe(200);
  return response.json();
}

async function panelsFilled(page: Page) {
  await expect(page.locator('.my-data .czp-register-data-panel').first()).toBeVisible();
  await expect(page.locator('.my-data [aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
}

test('Jan Novák sees his data from the registers, his ID card as expiring, and who used his data', async ({ page }) => {
  await logIn(page, JAN, { returnTo: '/services/my-data' });
  await panelsFilled(page);
  // A signed-in page is never stored by the browser (Back after logging out must not show it); signed out it may be.
  expect((await page.request.get('/services/my-data')).headers()['cache-control']).toBe('no-store');
  const residents = page.getByRole('region', { name: 'Údaje z registru obyvatel' });
  await expect(residents).toContainText('náměstí Zachariáše z Hradce 1');
  await expect(residents).toContainText('Telč');
  await expect(residents).toContainText('203 Česká republika');
  await expect(page.getByRole('img', { name: /Fotografie registrovaná státem: Jan Novák/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Údaje z registru řidičů' })).toContainText('z 12 bodů');

  // The main tab DOKUMENTY leads into the same service; the ID card expires within 30 days.
  await page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: 'Dokumenty' }).click();
  await expect(page).toHaveURL(/\/services\/my-data\/documents$/);
  await expect(page.locator('main')).toContainText('Občanský průkaz');
  await expect(page.locator('main')).toContainText(/Končí platnost: zbývá/);

  // Who used my data: the reads this page just made, and the registers' own records of outside authorities.
  await page.getByRole('link', { name: 'Kdo použil mé údaje' }).first().click();
  const table = page.getByRole('table');
  await expect(table).toContainText('Portál občana – Údaje');
  await expect(table).toContainText('Portál občana – Dokumenty');
  // The registers' own records of outside authorities: filtered to them (other specs' reads may fill page 1).
  await page.getByRole('combobox', { name: 'Kdo četl' }).selectOption('authority');
  await page.getByRole('button', { name: 'Filtrovat' }).click();
  await expect(page.getByRole('table')).toContainText('Policie České republiky');
  const log = await accessLog(page.request);
  expect(log.entries.some((e) => e.source === 'portal' && e.reader.id === 'data' && e.register === 'residents')).toBe(
    true,
  );
  const outside = await accessLog(page.request, '?reader=authority');
  expect(outside.entries.length).toBeGreaterThan(0);
  expect(outside.entries.every((e) => e.source === 'register')).toBe(true);
});

test('Eva Svobodová sees only her own data and her own reads, also asked by id', async ({ browser, baseURL }) => {
  const jan = await browser.newPage({ baseURL });
  await logIn(jan, JAN, { returnTo: '/services/my-data' });
  await panelsFilled(jan);
  const janEntries = (await accessLog(jan.request, '?reader=portal')).entries;
  expect(janEntries.length).toBeGreaterThan(0);

  const eva = await browser.newPage({ baseURL });
  await logIn(eva, EVA, { returnTo: '/services/my-data' });
  await panelsFilled(eva);
  await expect(eva.getByRole('region', { name: 'Údaje z registru obyvatel' })).toContainText('Brno');
  await expect(eva.getByRole('region', { name: 'Údaje z registru obyvatel' })).not.toContainText('Telč');
  const evaLog = await accessLog(eva.request);
  const evaIds = new Set(evaLog.entries.map((e) => e.id));
  expect(janEntries.filter((e) => evaIds.has(e.id))).toEqual([]);
  // Filtering by Jan's reader ids or registers never reaches his rows.
  for (const entry of janEntries.slice(0, 3)) {
    const filtered = await accessLog(eva.request, `?reader=${entry.reader.id}&register=${entry.register}`);
    expect(filtered.entries.map((e) => e.id)).not.toContain(entry.id);
  }
  // The export is Eva's too.
  const csv = await (await eva.request.get(`${API}/access-log.csv`)).text();
  expect(csv).not.toContain('Telč');
  await jan.close();
  await eva.close();
});

test('a failing register shows its message in its own panel while the others fill, and the read is logged as failed', async ({
  page,
  baseURL,
}) => {
  const control = registersControl(baseURL);
  const put = await page.request.put(`${control}/registers/drivers`, { data: { mode: 'fail' } });
  expect(put.status()).toBe(204);
  try {
    await logIn(page, JAN, { returnTo: '/services/my-data' });
    await panelsFilled(page);
    const drivers = page.getByRole('region', { name: 'Údaje z registru řidičů' });
    await expect(drivers.getByRole('alert')).toContainText('nyní neodpovídá');
    await expect(drivers.getByRole('button', { name: 'Zkusit znovu' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Údaje z registru obyvatel' })).toContainText('Telč');
    const failed = await accessLog(page.request, '?register=drivers&reader=portal');
    expect(failed.entries.some((e) => e.outcome === 'failed')).toBe(true);

    // Back up: the retry of that one panel fills it.
    await page.request.delete(control);
    await drivers.getByRole('button', { name: 'Zkusit znovu' }).click();
    await expect(page.getByRole('region', { name: 'Údaje z registru řidičů' })).toContainText('z 12 bodů');
  } finally {
    await page.request.delete(control);
  }
});

test('the access log exports as CSV and as PDF, with the same rows', async ({ page }) => {
  await logIn(page, JAN, { returnTo: '/services/my-data' });
  await panelsFilled(page);
  const json = await accessLog(page.request, '?register=residents');
  const csv = await page.request.get(`${API}/access-log.csv?register=residents`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines.length - 1).toBe(json.total);
  const pdf = await page.request.get(`${API}/access-log.pdf?register=residents`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a complaint sent from a register panel arrives in the sent items of the data box with its reference', async ({
  page,
}) => {
  await logIn(page, JAN, { returnTo: '/services/my-data' });
  await panelsFilled(page);
  await page
    .getByRole('region', { name: 'Údaje z registru obyvatel' })
    .getByRole('link', { name: 'Podat reklamaci údajů' })
    .click();
  await expect(page.getByRole('heading', { name: 'Reklamace údajů' })).toBeVisible();
  // Sent without saying what is wrong: the error is next to the field, nothing is sent.
  await page.getByRole('button', { name: 'Odeslat reklamaci' }).click();
  await expect(page.getByRole('textbox', { name: /Co je chybně/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('combobox', { name: 'Údaj' }).selectOption({ label: 'Adresa místa pobytu' });
  await page.getByRole('textbox', { name: /Co je chybně/ }).fill('V adrese je špatné číslo popisné.');
  await page.getByRole('textbox', { name: /Správná hodnota/ }).fill('náměstí Zachariáše z Hradce 2');
  await page.getByRole('button', { name: 'Odeslat reklamaci' }).click();
  await expect(page.getByRole('heading', { name: 'Reklamace odeslána' })).toBeVisible();
  const reference = (await page.locator('main').textContent())?.match(/RU-\d{4}-\d{6}/)?.[0];
  expect(reference).toBeTruthy();
  await page.getByRole('link', { name: 'Zobrazit v odeslaných zprávách datové schránky' }).click();
  await expect(page.locator('main')).toContainText(reference ?? 'RU-');
});

test("a service reads only what it declared: Vitakarta's read shows under its name, an undeclared one is refused and logged", async ({
  page,
}) => {
  await logIn(page, JAN, { returnTo: '/catalogue/vitakarta' });
  // Not added yet: its declared read is refused (the citizen has not let it read).
  const notAdded = await page.request.get(
    '/api/services/vitakarta/registers/residents?items=birth&purpose=check-eligibility',
  );
  expect(notAdded.status()).toBe(403);
  expect((await notAdded.json()).error).toBe('service-not-added');

  await page.getByRole('button', { name: /Přidat službu/ }).click();
  await expect(page.getByRole('button', { name: /Odebrat službu/ })).toBeVisible();
  await page.goto('/services/vitakarta');
  await expect(page.locator('section[data-service-state="mounted"]')).toContainText('Ze základního registru obyvatel');

  // Vitakarta never declared the address: refused with the reason, and the refusal is in the log.
  const undeclared = await page.request.get(
    '/api/services/vitakarta/registers/residents?items=address&purpose=prefill-form',
  );
  expect(undeclared.status()).toBe(403);
  const refusal = await undeclared.json();
  expect(refusal.error).toBe('undeclared-read');
  expect(refusal.message).toContain('address');

  const log = await accessLog(page.request, '?reader=vitakarta');
  expect(log.entries.some((e) => e.outcome === 'ok' && e.reader.name.cs === 'Vitakarta')).toBe(true);
  expect(log.entries.some((e) => e.outcome === 'refused' && e.refusal === 'undeclared-read')).toBe(true);
  await page.goto('/services/my-data/access-log');
  await expect(page.getByRole('table')).toContainText('Vitakarta');
});

test('PROFILE: an e-mail for notifications is verified by the code the e-mail carried; a wrong code is refused next to the field', async ({
  page,
  baseURL,
}) => {
  const address = `jan.novak+${Date.now()}@example.cz`;
  await logIn(page, JAN, { returnTo: '/services/my-data/profile' });
  const email = page.locator('.my-data-contact').filter({ has: page.getByRole('heading', { name: 'E-mail' }) });
  if (await email.getByRole('button', { name: 'Změnit' }).isVisible())
    await email.getByRole('button', { name: 'Změnit' }).click();
  await email.getByRole('textbox', { name: /E-mailová adresa/ }).fill('not-an-address');
  await email.getByRole('button', { name: 'Uložit a poslat kód' }).click();
  await expect(email.getByRole('textbox', { name: /E-mailová adresa/ })).toHaveAttribute('aria-invalid', 'true');
  await email.getByRole('textbox', { name: /E-mailová adresa/ }).fill(address);
  await email.getByRole('button', { name: 'Uložit a poslat kód' }).click();
  await expect(email).toContainText('čeká na ověření kódem');

  // The code travels by the durable job queue over SMTP into the development mail catcher.
  let code = '';
  await expect
    .poll(
      async () => {
        const inbox = await (await page.request.get(mailInbox(baseURL))).json();
        const message = inbox.emails.find((m: { to: string; text: string }) => m.to.includes(address));
        code = message?.text.match(/\b\d{6}\b/)?.[0] ?? '';
        return code;
      },
      { timeout: 15_000 },
    )
    .toMatch(/^\d{6}$/);

  const wrong = code === '000000' ? '111111' : '000000';
  await email.getByRole('textbox', { name: /Ověřovací kód/ }).fill(wrong);
  await email.getByRole('button', { name: 'Ověřit' }).click();
  await expect(email.getByRole('textbox', { name: /Ověřovací kód/ })).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toContainText('Kód nesouhlasí');
  await email.getByRole('textbox', { name: /Ověřovací kód/ }).fill(code);
  await email.getByRole('button', { name: 'Ověřit' }).click();
  await expect(email).toContainText(address);
  await expect(email).toContainText(/ověřeno/);
  const contacts = await (await page.request.get(`${API}/contacts`)).json();
  expect(contacts.email).toMatchObject({ value: address, verified: true });
});

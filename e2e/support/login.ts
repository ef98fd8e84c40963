import { expect, type Page } from '@playwright/test';

/** The test citizens of the bundled development identity provider (see the README). */
export const JAN = {
  username: 'jan.novak',
  password: 'Heslo.123',
  card: '000000001',
  pin: '123456',
  name: 'Jan Novák',
};
export const EVA = {
  username: 'eva.svobodova',
  password: 'Heslo.456',
  card: '000000002',
  pin: '654321',
  name: 'Eva Svobodová',
};
/** A third citizen, without a data box. */
export const PETR = {
  username: 'petr.dvorak',
  password: 'Heslo.789',
  card: '000000003',
  pin: '111111',
  name: 'Petr Dvořák',
};
type Citizen = typeof JAN;

/** On the provider's method page: identity card and PIN (level high). */
export async function useIdentityCard(page: Page, citizen: Citizen, pin = citizen.pin): Promise<void> {
  await page.getByTestId('method-card').click();
  await page.locator(`input[name="card"][value="${citizen.card}"]`).check();
  await page.locator('#pin').fill(pin);
  await page.locator('#card-form [type="submit"]').click();
}

/** On the provider's method page: name and password, then the SMS code from the developer box (level substantial). */
export async function usePasswordAndSms(page: Page, citizen: Citizen): Promise<void> {
  await page.getByTestId('method-password').click();
  await page.locator('#username').fill(citizen.username);
  await page.locator('#password').fill(citizen.password);
  await page.locator('#password-form [type="submit"]').click();
  const code = (await page.getByTestId('dev-sms-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await page.locator('#code').fill(code);
  await page.locator('#sms-form [type="submit"]').click();
}

/** Logs in from the portal and, on a first login, gives the consent; ends back on `returnTo`. */
export async function logIn(
  page: Page,
  citizen: Citizen,
  options: { method?: 'card' | 'password'; returnTo?: string } = {},
): Promise<void> {
  const returnTo = options.returnTo ?? '/';
  await page.goto(`/auth/login?${new URLSearchParams({ returnTo })}`);
  await page.waitForURL(/\/interaction\//);
  if (options.method === 'password') await usePasswordAndSms(page, citizen);
  else await useIdentityCard(page, citizen);
  await page.waitForURL((url) => url.pathname === '/consent' || url.pathname === returnTo.split('?')[0]);
  if (new URL(page.url()).pathname === '/consent') {
    await page.getByRole('button', { name: 'Souhlasím', exact: true }).click();
    await page.waitForURL((url) => url.pathname === returnTo.split('?')[0]);
  }
  await expect(page.getByRole('region', { name: 'Přihlášená osoba' })).toContainText(citizen.name);
}

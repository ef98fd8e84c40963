import { expect, test } from '@playwright/test';
import { EVA, JAN, logIn, PETR, useIdentityCard, usePasswordAndSms } from './support/login.js';

test('Jan Novák logs in with name, password and SMS code, steps up with his identity card for Vitakarta, and logs out', async ({
  page,
}) => {
  // A personal page asks for a login first.
  await page.goto('/data-box');
  await expect(page.getByTestId('dev-idp-banner')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Přihlaste se' })).toBeVisible();
  await main.getByRole('link', { name: 'Přihlásit se' }).click();

  await page.waitForURL(/\/interaction\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Přihlášení');
  await expect(page.getByText('Služba „Portál občana“ žádá o ověření vaší totožnosti.')).toBeVisible();
  await usePasswordAndSms(page, JAN);

  // On his first login the consent (other tests may have given it already), then back where he was going.
  // The DATOVÁ SCHRÁNKA section's own path moves on to the data box service (/services/data-box).
  await page.waitForURL((url) => url.pathname === '/consent' || url.pathname.endsWith('/data-box'));
  if (new URL(page.url()).pathname === '/consent') {
    await expect(page).toHaveURL(/\/consent\?returnTo=%2F(services%2F)?data-box$/);
    await page.getByRole('button', { name: 'Souhlasím', exact: true }).click();
  }
  await expect(page).toHaveURL(/\/data-box$/);
  const account = page.getByRole('region', { name: 'Přihlášená osoba' });
  await expect(account).toContainText('Jan Novák');
  await expect(account).toContainText('Úroveň ověření: značná');
  await expect(main.getByRole('heading', { name: 'Přihlaste se' })).toHaveCount(0);
  const session = page
    .context()
    .cookies()
    .then((all) => all.find((c) => c.name === 'czp_session'));
  expect(await session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

  // Vitakarta reads health data, a special category of personal data: it requires the high level. Step up.
  await page.goto('/services/vitakarta');
  const vitakarta = page.locator('section[data-service-id="vitakarta"]');
  await expect(vitakarta).toHaveAttribute('data-service-state', 'gated');
  await expect(vitakarta.getByRole('heading', { name: 'Služba vyžaduje silnější přihlášení' })).toBeVisible();
  await vitakarta.getByRole('link', { name: 'Přihlásit se silnějším způsobem' }).click();
  await page.waitForURL(/\/interaction\//);
  await expect(page.getByTestId('high-required')).toBeVisible();
  await expect(page.getByTestId('method-password')).toHaveCount(0);
  await useIdentityCard(page, JAN);
  await expect(page).toHaveURL(/\/services\/vitakarta$/);
  await expect(vitakarta).toHaveAttribute('data-service-state', 'mounted');
  await expect(account).toContainText('Úroveň ověření: vysoká');

  // Log out: here and at the provider.
  await account.getByRole('button', { name: 'Odhlásit se' }).click();
  await expect(page).toHaveURL(/\/logged-out$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Odhlášení');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Přihlásit se' })).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === 'czp_session')).toBe(false);
  await page.goto('/data-box');
  await expect(page.getByRole('main').getByRole('heading', { name: 'Přihlaste se' })).toBeVisible();
  // The provider forgot him too: logging in asks again.
  await page.goto('/auth/login');
  await expect(page).toHaveURL(/\/interaction\//);
  await expect(page.getByTestId('method-card')).toBeVisible();
});

test('logging in with the identity card gives the high level straight away', async ({ page }) => {
  await logIn(page, JAN, { method: 'card', returnTo: '/services/vitakarta' });
  await expect(page.locator('section[data-service-id="vitakarta"]')).toHaveAttribute('data-service-state', 'mounted');
  await expect(page.getByRole('region', { name: 'Přihlášená osoba' })).toContainText('Úroveň ověření: vysoká');
});

test('a wrong PIN is said next to the field; three wrong SMS codes lock the attempt (Eva: the lock outlasts the test)', async ({
  page,
}) => {
  await page.goto('/auth/login');
  await page.waitForURL(/\/interaction\//);
  await useIdentityCard(page, JAN, '999999');
  await expect(page.locator('#pin')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Nesprávný PIN.', { exact: false })).toBeVisible();

  await page.goto('/auth/login');
  await page.getByTestId('method-password').click();
  await page.locator('#username').fill(EVA.username);
  await page.locator('#password').fill('wrong');
  await page.locator('#password-form [type="submit"]').click();
  await expect(page.getByText('Nesprávné jméno nebo heslo.')).toBeVisible();
  await page.locator('#username').fill(EVA.username);
  await page.locator('#password').fill(EVA.password);
  await page.locator('#password-form [type="submit"]').click();
  const code = (await page.getByTestId('dev-sms-code').textContent())?.trim() ?? '';
  const wrong = code === '000000' ? '111111' : '000000';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.locator('#code').fill(wrong);
    await page.locator('#sms-form [type="submit"]').click();
  }
  await expect(page.getByTestId('locked')).toBeVisible();
  await expect(page.locator('#code')).toHaveCount(0);
  // Starting over returns to the portal, still signed out.
  await page.locator('#cancel-form [type="submit"]').click();
  await expect(page).toHaveURL(/\/login\?error=cancelled/);
  await expect(page.getByRole('alert')).toHaveText('Přihlášení bylo zrušeno. Můžete to zkusit znovu.');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Přihlásit se' })).toBeVisible();
});

test('without consent the portal explains what is unavailable, and the consent can be given later', async ({
  page,
}) => {
  await page.goto('/auth/login?returnTo=%2Fprofile');
  await usePasswordAndSms(page, PETR);
  // His first login lands on the consent; another test may have answered it already, so open it either way.
  await page.waitForURL((url) => url.pathname === '/consent' || url.pathname === '/profile');
  await page.goto('/consent?returnTo=%2Fprofile');
  await expect(page.getByText(/Nedostupné budou sekce s osobními údaji/)).toBeVisible();
  await page.getByRole('button', { name: 'Nesouhlasím' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Souhlas jste neudělili. Udělit ho můžete kdykoli na této stránce.',
  );
  await page.goto('/profile');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Nedostupné bez vašeho souhlasu' })).toBeVisible();
  // Public pages still work.
  await page.goto('/services/telc');
  await expect(page.locator('section[data-service-id="telc"]')).toHaveAttribute('data-service-state', 'mounted');
  await page.goto('/profile');
  await main.getByRole('link', { name: 'Udělit souhlas' }).click();
  await page.getByRole('button', { name: 'Souhlasím', exact: true }).click();
  // PROFIL is drawn by the my-data service now: with the consent it shows the citizen's profile.
  await expect(page).toHaveURL(/\/profile$/);
  await expect(main.getByRole('heading', { name: 'Profil', level: 2 })).toBeVisible();
});

test('two citizens in two browsers each see only themselves; a lost session cookie means signed out', async ({
  browser,
}) => {
  const janContext = await browser.newContext({ locale: 'cs-CZ' });
  const evaContext = await browser.newContext({ locale: 'cs-CZ' });
  const jan = await janContext.newPage();
  const eva = await evaContext.newPage();
  await logIn(jan, JAN, { returnTo: '/profile' });
  await logIn(eva, EVA, { returnTo: '/profile' });
  const janSession = await (await jan.request.get('/api/session')).json();
  const evaSession = await (await eva.request.get('/api/session')).json();
  expect(janSession.person.name).toBe('Jan Novák');
  expect(evaSession.person.name).toBe('Eva Svobodová');
  expect(janSession.person.id).not.toBe(evaSession.person.id);
  await jan.reload();
  await expect(jan.getByRole('region', { name: 'Přihlášená osoba' })).toContainText('Jan Novák');

  // The session cookie is gone (expired, cleared): the frame is signed out and personal pages ask to log in.
  await janContext.clearCookies({ name: 'czp_session' });
  await jan.reload();
  await expect(jan.getByRole('banner').getByRole('link', { name: 'Přihlásit se' })).toBeVisible();
  await expect(jan.getByRole('main').getByRole('heading', { name: 'Přihlaste se' })).toBeVisible();
  // A forged one is no better.
  await janContext.addCookies([{ name: 'czp_session', value: 'A'.repeat(43), url: jan.url() }]);
  expect((await (await jan.request.get('/api/session')).json()).person).toBeNull();
  await janContext.close();
  await evaContext.close();
});

test('the provider speaks the portal’s language', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'czp_locale', value: 'en', url: baseURL ?? '' }]);
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Log in' }).click();
  await page.waitForURL(/\/interaction\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log in');
});

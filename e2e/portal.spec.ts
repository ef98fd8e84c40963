import { expect, test } from '@playwright/test';
import { JAN, logIn } from './support/login.js';

test.describe('the portal frame and its remotes', () => {
  test('renders the frame with the main tabs and the service catalogue', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText('Portál občana');
    const tabs = page.getByRole('navigation', { name: 'Hlavní navigace' });
    for (const tab of ['Profil', 'Data', 'Datová schránka', 'Kalendář', 'Dokumenty', 'Podání']) {
      await expect(tabs.getByRole('link', { name: tab, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: /Portál občana města Telč/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Portál občana města Znojmo/ })).toBeVisible();
  });

  test('the server renders the frame into the HTML, before any JavaScript runs', async ({ request }) => {
    const response = await request.get('/services/telc');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('Portál občana');
    expect(html).toContain('Hlavní navigace');
    expect(html).toMatch(/<link rel="modulepreload" href="\/remotes\/telc\/[^"]+\/remoteEntry\.js"/);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
  });

  test('opening Telč mounts the Telč remote, and it routes below its base path', async ({ page }) => {
    await page.goto('/');
    // The tile leads to the service's page in the catalogue, which opens the service.
    await page.getByRole('link', { name: /Portál občana města Telč/ }).click();
    await expect(page).toHaveURL(/\/catalogue\/telc$/);
    await page.getByRole('link', { name: 'Otevřít službu' }).click();
    await expect(page).toHaveURL(/\/services\/telc$/);
    const telc = page.locator('section[data-service-id="telc"]');
    await expect(telc).toHaveAttribute('data-service-state', 'mounted');
    await expect(telc.getByRole('heading', { level: 1 })).toHaveText('Portál občana města Telč');
    await expect(telc.getByText('Vydává: Město Telč')).toBeVisible();
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');
    await telc.getByRole('radio', { name: 'Podnikání' }).check();
    await expect(telc.getByRole('status')).toHaveText('Počet situací: 2');
    await telc.getByRole('link', { name: 'Ohlášení živnosti' }).click();
    await expect(page).toHaveURL(/\/services\/telc\/trade-licence$/);
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Ohlášení živnosti');
    await expect(telc).toContainText('1 000 Kč');
    await page.goBack();
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');
  });

  test('Znojmo mounts too (after a login with the identity card: it requires the high level), with its own form errors and locale-formatted result', async ({
    page,
  }) => {
    await logIn(page, JAN, { returnTo: '/services/znojmo' });
    const znojmo = page.locator('section[data-service-id="znojmo"]');
    await expect(znojmo).toHaveAttribute('data-service-state', 'mounted');
    await znojmo.getByLabel('Počet osob s trvalým pobytem v domácnosti').fill('0');
    await znojmo.getByLabel('Počet psů').fill('1,5');
    await znojmo.getByRole('button', { name: 'Spočítat poplatek' }).click();
    // The errors next to the fields, and in the focused error summary whose links lead to the fields.
    const persons = znojmo.getByLabel('Počet osob s trvalým pobytem v domácnosti');
    await expect(persons).toHaveAccessibleDescription('Zadejte počet osob od 1 do 30.');
    await expect(znojmo.getByLabel('Počet psů')).toHaveAccessibleDescription('Zadejte celé číslo, například 2.');
    const summary = znojmo.locator('.czp-error-summary');
    await expect(summary).toBeFocused();
    await summary
      .getByRole('link', { name: 'Počet osob s trvalým pobytem v domácnosti: Zadejte počet osob od 1 do 30.' })
      .click();
    await expect(persons).toBeFocused();
    await znojmo.getByLabel('Počet osob s trvalým pobytem v domácnosti').fill('3');
    await znojmo.getByLabel('Počet psů').fill('1');
    await znojmo.getByRole('button', { name: 'Spočítat poplatek' }).click();
    await expect(znojmo.getByRole('definition').last()).toHaveText('3 540 Kč');
  });

  test('switching to English changes the frame and the mounted remote, and is remembered', async ({ page }) => {
    await page.goto('/services/telc');
    const telc = page.locator('section[data-service-id="telc"]');
    await expect(telc).toHaveAttribute('data-service-state', 'mounted');
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(telc.getByRole('heading', { level: 1 })).toHaveText('Citizen Portal of Telč');
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Life situations');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(telc.getByRole('heading', { level: 1 })).toHaveText('Citizen Portal of Telč');
  });

  test('an unknown service and an unknown page say so, inside the working frame', async ({ page }) => {
    const response = await page.goto('/services/brno');
    expect(response?.status()).toBe(404);
    await expect(page.getByText('Služba brno v katalogu není.', { exact: false })).toBeVisible();
    const missing = await page.goto('/no-such-page');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stránka nenalezena');
    await expect(page.getByRole('navigation', { name: 'Hlavní navigace' })).toBeVisible();
  });
});

test.describe('a browser that prefers English', () => {
  test.use({ locale: 'en-GB' });

  test('gets the portal in English until the citizen chooses Czech', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page).toHaveTitle('Citizen Portal');
    await page.getByRole('button', { name: /Čeština/ }).click();
    await expect(page.getByRole('navigation', { name: 'Hlavní navigace' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Hlavní navigace' })).toBeVisible();
    await expect(page).toHaveTitle('Portál občana');
  });
});

test('pages run under the strict Content-Security-Policy without a single violation or console error', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Signed in, so that Znojmo (level high) mounts too.
  await logIn(page, JAN);
  for (const path of ['/', '/services', '/services/telc', '/services/znojmo', '/consent', '/logged-out', '/cookies']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    if (path.startsWith('/services/')) {
      await expect(page.locator('section[data-service-id]')).toHaveAttribute('data-service-state', 'mounted');
    }
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server-rendered frame and service header still show, and the service says it needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/services/telc');
    await expect(page.getByRole('navigation', { name: 'Hlavní navigace' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portál občana města Telč');
    // Chromium's parser keeps treating <noscript> as raw text when scripts are only switched off by the
    // test, so the message is checked in the served HTML.
    const html = await (await page.request.get('/services/telc')).text();
    expect(html).toContain('<noscript><p>Služba Portál občana města Telč potřebuje JavaScript.');
    await page.getByRole('navigation', { name: 'Hlavní navigace' }).getByRole('link', { name: 'Kalendář' }).click();
    await expect(page).toHaveURL(/\/calendar$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kalendář');
  });
});

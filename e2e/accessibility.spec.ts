import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { EVA, JAN, logIn, PETR } from './support/login.js';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const PAGES = [
  { path: '/', ready: 'h1' },
  { path: '/services', ready: 'h1' },
  { path: '/catalogue/telc', ready: 'h1' },
  { path: '/services/pribram', ready: 'section[data-service-state="mounted"] h2' },
  { path: '/services/lysa', ready: 'section[data-service-state="mounted"] h2' },
  { path: '/services/mpsv', ready: 'section[data-service-state="mounted"] h2' },
  { path: '/services/telc', ready: 'section[data-service-state="mounted"] h2' },
  { path: '/services/znojmo', ready: 'section[data-service-state="gated"] h2' },
  { path: '/login?error=expired', ready: '[role="alert"]' },
  { path: '/logged-out', ready: 'h1' },
  { path: '/consent', ready: 'h1' },
  { path: '/data-box', ready: 'h1' },
  { path: '/accessibility', ready: 'h1' },
  { path: '/cookies', ready: 'h1' },
  { path: '/support', ready: 'h1' },
  { path: '/no-such-page', ready: 'h1' },
];

for (const locale of ['cs', 'en'] as const) {
  for (const { path, ready } of PAGES) {
    test(`${path} (${locale}) has no axe violations (WCAG 2.1 AA)`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: 'czp_locale', value: locale, url: baseURL ?? '' }]);
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await expectNoViolations(page);
    });
  }
}

test('a failed remote’s fallback has no axe violations', async ({ page }) => {
  await page.route('**/remotes/telc/**', (route) => route.abort('failed'));
  await page.goto('/services/telc');
  await page.locator('section[data-service-state="failed"]').waitFor();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the frame is usable by keyboard, with visible focus', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Přeskočit na obsah' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  expect(outline.style !== 'none' || outline.shadow !== 'none').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Settings menu: open with the keyboard, close with Escape, focus returns to its button.
  const settings = page.getByRole('button', { name: 'Nastavení' });
  await settings.focus();
  await page.keyboard.press('Enter');
  await expect(settings).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(settings).toHaveAttribute('aria-expanded', 'false');
  await expect(settings).toBeFocused();

  // A tab link is reachable and followed with Enter.
  const dataBox = page
    .getByRole('navigation', { name: 'Hlavní navigace' })
    .getByRole('link', { name: 'Datová schránka' });
  await dataBox.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/data-box$/);
  await expect(dataBox).toHaveAttribute('aria-current', 'page');
});

for (const locale of ['cs', 'en'] as const) {
  test(`signed-in pages and the identity provider's pages (${locale}) have no axe violations`, async ({
    page,
    context,
    baseURL,
  }) => {
    // Twenty pages, each analysed by axe: more than the default 30 s on two cores.
    test.setTimeout(120_000);
    await context.addCookies([{ name: 'czp_locale', value: locale, url: baseURL ?? '' }]);
    await page.goto('/auth/login');
    await page.waitForURL(/\/interaction\//);
    await expectNoViolations(page); // the provider's choice of method
    await page.getByTestId('method-card').click();
    // No card is pre-selected. A wrong PIN counts towards that card's lock (three in 15 minutes): each locale uses
    // a card of its own, which other tests log in with the right PIN.
    await page.locator(`input[name="card"][value="${(locale === 'cs' ? PETR : EVA).card}"]`).check();
    await page.locator('#pin').fill('000');
    await page.locator('#card-form [type="submit"]').click();
    await expect(page.locator('#pin')).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page); // identity card, with an error
    await page.goBack();
    await page.goBack();
    await page.getByTestId('method-password').click();
    await expectNoViolations(page); // name and password
    await page.locator('#username').fill(JAN.username);
    await page.locator('#password').fill(JAN.password);
    await page.locator('#password-form [type="submit"]').click();
    await page.getByTestId('dev-sms-code').waitFor();
    await expectNoViolations(page); // SMS code with the developer box
    const code = (await page.getByTestId('dev-sms-code').textContent())?.trim() ?? '';
    await page.locator('#code').fill(code);
    await page.locator('#sms-form [type="submit"]').click();
    await page.waitForURL((url) => url.origin === baseURL);
    if (new URL(page.url()).pathname === '/consent') {
      await expectNoViolations(page); // the first-login consent, signed in
      await page.locator('main button').first().click();
    }
    for (const path of [
      '/data-box',
      '/services/znojmo',
      '/services/vitakarta',
      '/services/urad-prace',
      '/services/technicka-infrastruktura',
      // My data (issue 13): every page of the Ministry of the Interior's sections.
      '/services/my-data',
      '/services/my-data/profile',
      '/services/my-data/documents',
      '/services/my-data/access-log',
      '/services/my-data/agendas',
      '/services/my-data/complaint?register=residents&item=address',
      // Submissions and the calendar (issue 14).
      '/services/submissions',
      '/services/calendar',
      '/settings/notifications',
      '/',
      '/catalogue/znojmo',
    ]) {
      await page.goto(path);
      await page
        .locator(
          path.startsWith('/services/')
            ? 'section[data-service-state="mounted"] h2, section[data-service-state="gated"] h2'
            : 'h1',
        )
        .first()
        .waitFor();
      await expectNoViolations(page); // signed in; Znojmo asks to step up
    }
  });
}

test('signed in, logout is reached by keyboard with a visible focus and works with Enter', async ({ page }) => {
  await logIn(page, JAN);
  const logout = page.getByRole('button', { name: 'Odhlásit se' });
  await page.locator('body').focus();
  for (let i = 0; i < 10 && !(await logout.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(logout).toBeFocused();
  expect(await logout.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/logged-out$/);
});

const HIGH_CONTRAST_PAGES = PAGES.filter(({ path }) =>
  ['/', '/services', '/catalogue/telc', '/services/telc', '/services/mpsv', '/login?error=expired'].includes(path),
);
for (const { path, ready } of HIGH_CONTRAST_PAGES) {
  test(`${path} in the high-contrast theme has no axe violations`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'czp_theme', value: 'high-contrast', url: baseURL ?? '' }]);
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await expect(page.locator('html')).toHaveAttribute('data-czp-theme', 'high-contrast');
    await expectNoViolations(page);
  });
}

test('the high-contrast switch changes the theme at once, and the choice survives a reload', async ({ page }) => {
  await page.goto('/services');
  const header = page.locator('.czp-header').first();
  const lightBackground = await header.evaluate((el) => getComputedStyle(el).backgroundColor);
  const toggle = page.getByRole('button', { name: 'Vysoký kontrast' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-czp-theme', 'high-contrast');
  await expect.poll(() => header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
  await page.reload();
  // The server renders the choice: the page arrives in high contrast, with the switch pressed.
  await expect(page.locator('html')).toHaveAttribute('data-czp-theme', 'high-contrast');
  await expect(page.getByRole('button', { name: 'Vysoký kontrast' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Vysoký kontrast' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-czp-theme', 'light');
  await expect.poll(() => header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(lightBackground);
});

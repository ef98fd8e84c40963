import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = [
  { path: '/', ready: 'h1' },
  { path: '/services', ready: 'h1' },
  { path: '/services/telc', ready: 'section[data-service-state="mounted"] h2' },
  { path: '/services/znojmo', ready: 'section[data-service-state="mounted"] h2' },
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
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
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

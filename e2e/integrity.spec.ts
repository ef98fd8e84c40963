import { expect, test } from '@playwright/test';

/** A file of a published remote that differs from what was published (a tampered CDN or proxy) never runs. */
test.describe('the shell refuses a remote file whose hash does not match what was published', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/remotes/telc/*/assets/app-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `window.__tampered = true;\n${await response.text()}` });
    });
  });

  test('on the service’s own page (server-rendered import map)', async ({ page }) => {
    await page.goto('/services/telc');
    const telc = page.locator('section[data-service-id="telc"]');
    await expect(telc).toHaveAttribute('data-service-state', 'failed');
    await expect(telc.getByRole('alert')).toContainText('Službu Portál občana města Telč se nepodařilo načíst');
    expect(await page.evaluate(() => (window as { __tampered?: boolean }).__tampered ?? false)).toBe(false);
  });

  test('after navigating to it within the portal (import map added by the shell)', async ({ page }) => {
    await page.goto('/services');
    await page.getByRole('list', { name: 'Služby' }).getByRole('link', { name: 'Portál občana města Telč' }).click();
    await page.getByRole('link', { name: 'Otevřít službu' }).click();
    const telc = page.locator('section[data-service-id="telc"]');
    await expect(telc).toHaveAttribute('data-service-state', 'failed');
    expect(await page.evaluate(() => (window as { __tampered?: boolean }).__tampered ?? false)).toBe(false);
    // Untampered services still load.
    await page.unrouteAll();
    await page.goto('/services/pribram');
    await expect(page.locator('section[data-service-id="pribram"]')).toHaveAttribute('data-service-state', 'mounted');
  });
});

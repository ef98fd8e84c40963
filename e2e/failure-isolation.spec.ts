import { expect, test } from '@playwright/test';
import { JAN, logIn } from './support/login.js';

// Znojmo requires the high level of assurance: these tests log in with the identity card first.

test.describe('a broken remote stays in its own place', () => {
  test('blocking Telč shows its fallback while Znojmo still works, and retry recovers', async ({ page }) => {
    await logIn(page, JAN);
    let blocked = true;
    await page.route('**/remotes/telc/**', (route) => (blocked ? route.abort('failed') : route.continue()));
    await page.goto('/services/telc');
    const telc = page.locator('section[data-service-id="telc"]');
    await expect(telc).toHaveAttribute('data-service-state', 'failed');
    const alert = telc.getByRole('alert');
    await expect(alert).toContainText('Službu Portál občana města Telč se nepodařilo načíst');
    await expect(page.getByRole('navigation', { name: 'Hlavní navigace' })).toBeVisible();

    await telc.getByRole('button', { name: 'Nahlásit problém' }).click();
    await expect(telc).toContainText('Děkujeme, problém jsme předali provozovateli služby.');

    await page.goto('/services/znojmo');
    await expect(page.locator('section[data-service-id="znojmo"]')).toHaveAttribute('data-service-state', 'mounted');

    await page.goto('/services/telc');
    await expect(telc).toHaveAttribute('data-service-state', 'failed');
    blocked = false;
    await telc.getByRole('button', { name: 'Zkusit znovu' }).click();
    await expect(telc).toHaveAttribute('data-service-state', 'mounted');
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');
  });

  test('a remote whose entry throws on load shows the fallback, not a blank page', async ({ page }) => {
    await logIn(page, JAN);
    await page.route('**/remotes/znojmo/*/remoteEntry.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("deploy went wrong");' }),
    );
    await page.goto('/services/znojmo');
    const znojmo = page.locator('section[data-service-id="znojmo"]');
    await expect(znojmo).toHaveAttribute('data-service-state', 'failed');
    await expect(znojmo.getByRole('alert')).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Portál občana');
  });

  test('client-side navigation from a failed service to a working one mounts it', async ({ page }) => {
    await logIn(page, JAN);
    await page.route('**/remotes/telc/**', (route) => route.abort('failed'));
    await page.goto('/services/telc');
    await expect(page.locator('section[data-service-id="telc"]')).toHaveAttribute('data-service-state', 'failed');
    await page.getByRole('button', { name: 'Nastavení' }).click();
    await page.getByRole('link', { name: 'Služby' }).click();
    // The catalogue's tile (the citizen's own services row may name Znojmo too).
    await page
      .getByRole('list', { name: 'Služby' })
      .getByRole('link', { name: /Portál občana města Znojmo/ })
      .click();
    await page.getByRole('link', { name: 'Otevřít službu' }).click();
    await expect(page.locator('section[data-service-id="znojmo"]')).toHaveAttribute('data-service-state', 'mounted');
  });
});

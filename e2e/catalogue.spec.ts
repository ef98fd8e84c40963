import { expect, test } from '@playwright/test';
import { JAN, logIn } from './support/login.js';

test('Jan Novák adds Telč and Znojmo, sees them in his navigation, removes Znojmo, and still has Telč in a fresh browser', async ({
  page,
  browser,
}) => {
  await logIn(page, JAN, { returnTo: '/services' });
  const mine = page.getByRole('navigation', { name: 'Moje služby' });
  // Start from a clean list (other tests may have added services for Jan).
  for (const id of ['telc', 'znojmo']) {
    const tile = page.locator(`[data-service-tile="${id}"]`);
    const remove = tile.getByRole('button', { name: /^Odebrat službu/ });
    if (await remove.count()) await remove.click();
  }
  await page
    .locator('[data-service-tile="telc"]')
    .getByRole('button', { name: /^Přidat službu/ })
    .click();
  await expect(mine.getByRole('link', { name: 'Portál občana města Telč' })).toBeVisible();
  await page
    .locator('[data-service-tile="znojmo"]')
    .getByRole('button', { name: /^Přidat službu/ })
    .click();
  await expect(mine.getByRole('link')).toHaveText(['Portál občana města Telč', 'Portál občana města Znojmo']);

  // The navigation opens the service.
  await mine.getByRole('link', { name: 'Portál občana města Telč' }).click();
  await expect(page).toHaveURL(/\/services\/telc$/);
  await expect(page.locator('section[data-service-id="telc"]')).toHaveAttribute('data-service-state', 'mounted');

  // Remove Znojmo on its page in the catalogue; undo is offered, and removal keeps his data.
  await page.goto('/catalogue/znojmo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portál občana města Znojmo');
  await expect(page.getByRole('main').getByText('značná', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Odebrat službu: Portál občana města Znojmo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'byla odebrána' })).toContainText(
    'Vaše podání a zprávy zůstávají.',
  );
  await expect(mine.getByRole('link')).toHaveText(['Portál občana města Telč']);
  await page.getByRole('button', { name: 'Vrátit zpět' }).click();
  await expect(mine.getByRole('link')).toHaveText(['Portál občana města Telč', 'Portál občana města Znojmo']);
  await page.getByRole('button', { name: 'Odebrat službu: Portál občana města Znojmo' }).click();
  await expect(mine.getByRole('link')).toHaveText(['Portál občana města Telč']);

  // Another browser, a new login: the list came from the server.
  const fresh = await browser.newContext({ locale: 'cs-CZ' });
  const other = await fresh.newPage();
  await logIn(other, JAN);
  await expect(other.getByRole('navigation', { name: 'Moje služby' }).getByRole('link')).toHaveText([
    'Portál občana města Telč',
  ]);
  await expect(other.getByRole('region', { name: 'Moje služby' }).locator('[data-my-service]')).toHaveCount(1);
  await fresh.close();
});

test('the catalogue is public, searchable without diacritics and filtered by category and region', async ({ page }) => {
  await page.goto('/services');
  const list = page.getByRole('list', { name: 'Služby' });
  const count = await list.getByRole('listitem').count();
  expect(count).toBeGreaterThanOrEqual(8);
  await page.getByRole('searchbox', { name: 'Hledat službu' }).fill('pribram');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(page).toHaveURL(/\/services\?q=pribram$/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Hledat službu' })).toHaveValue('pribram');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Zrušit filtry' }).click();
  await page.getByLabel('Oblast').selectOption('ministry');
  for (const tile of await list.getByRole('listitem').all()) {
    await expect(tile).toContainText('Ministerstva a úřady');
  }
  await page.getByLabel('Oblast').selectOption('');
  await page.getByLabel('Kraj').selectOption('Jihomoravský kraj');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Portál občana města Znojmo');
  // Signed out, a tile offers to log in to add it; the service's page lists what it may read.
  await list.getByRole('link', { name: 'Portál občana města Znojmo' }).click();
  await expect(page).toHaveURL(/\/catalogue\/znojmo$/);
  await expect(page.getByRole('link', { name: 'Přihlaste se a přidejte si službu' })).toBeVisible();
  await expect(page.getByText('podatelna@muznojmo.cz')).toBeVisible();
});

import { expect, test } from '@playwright/test';

test('when the catalogue API is down the shell uses the last good catalogue it has', async ({ page }) => {
  await page.goto('/services');
  await expect(page.getByRole('link', { name: /Portál občana města Telč/ })).toBeVisible();

  // Second visit: the page arrives without its embedded catalogue and the API answers 503.
  await page.route('**/api/catalogue', (route) => route.fulfill({ status: 503, body: '{"error":"unavailable"}' }));
  await page.route('**/services', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<script type="application\/json" id="czp-boot">[\s\S]*?<\/script>/, '')
      .replace(/<div id="czp-root">[\s\S]*<\/div>\s*(?=<script)/, '<div id="czp-root"></div>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/services');
  await expect(page.getByRole('status').filter({ hasText: 'poslední známou verzi' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Portál občana města Telč/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Portál občana města Znojmo/ })).toBeVisible();
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CuttableProxy } from '../support/cuttable-proxy.js';
import { freshDatabase } from '../support/database.js';
import { startPortal, stopPortal } from '../support/portal-server.js';

const port = 8484;
const base = `http://localhost:${port}`;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The database goes away under a running portal on PostgreSQL (its connections go through a proxy the test cuts):
 * /services/telc still shows the frame and says, in Czech and in English, that the portal is temporarily
 * unavailable; when the database is back, a reload shows the page again.
 */
test('with the database cut, /services/telc shows the frame and "temporarily unavailable", and comes back', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const url = new URL(await freshDatabase('czp_e2e_down'));
  const proxy = new CuttableProxy({ host: url.hostname, port: Number(url.port || 5432) });
  await proxy.open();
  url.host = `127.0.0.1:${proxy.port}`;
  const portal = await startPortal({
    port,
    dataDir: mkdtempSync(join(tmpdir(), 'czp-down-')),
    env: { DATABASE_URL: url.href },
  });
  try {
    const telc = page.locator('section[data-service-id="telc"]');
    await page.goto(`${base}/services/telc`);
    await expect(telc).toBeVisible();
    const alert = page.getByRole('main').getByRole('alert');

    await proxy.cut();
    const response = await page.goto(`${base}/services/telc`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(alert.filter({ hasText: 'Portál je dočasně nedostupný.' })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
    // A personal page says only that: 503 with Retry-After.
    const personal = await page.goto(`${base}/data-box`);
    expect(personal?.status()).toBe(503);
    expect(personal?.headers()['retry-after']).toBe('30');
    await expect(alert.filter({ hasText: 'Portál je dočasně nedostupný.' })).toBeVisible();

    await context.addCookies([{ name: 'czp_locale', value: 'en', url: base }]);
    await page.goto(`${base}/services/telc`);
    await expect(alert.filter({ hasText: 'The portal is temporarily unavailable.' })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

    await proxy.open();
    await page.reload();
    await expect(telc).toBeVisible();
    await expect(page.getByText('The portal is temporarily unavailable.')).toHaveCount(0);
  } finally {
    await stopPortal(portal);
    await proxy.cut();
  }
});

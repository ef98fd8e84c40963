import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startPortal, stopPortal, telcArtefacts } from './support/portal-server.js';

const port = 8383;
const base = `http://localhost:${port}`;
const startServer = (dataDir: string, remotesDir: string) => startPortal({ port, dataDir, remotesDir });
const stopServer = stopPortal;
/** The server answers its health check before it has published the repo's remotes: wait for Telč's version. */
const telcVersion = async () => {
  const response = await fetch(`${base}/api/catalogue`);
  const { services } = (await response.json()) as { services: { id: string; version: string }[] };
  return services.find((s) => s.id === 'telc')?.version;
};

test('re-publishing only Telč changes the portal; the shell and its files stay as they were', async ({ page }) => {
  test.setTimeout(60_000);
  const work = mkdtempSync(join(tmpdir(), 'czp-republish-'));
  const dataDir = join(work, 'data');
  const first = telcArtefacts(join(work, 'release-1'));
  const second = telcArtefacts(join(work, 'release-2'), '1.0.1');
  const telc = page.locator('section[data-service-id="telc"]');
  const shellScript = () => page.locator('link[rel="modulepreload"][href^="/static/index-"]').getAttribute('href');

  let server = await startServer(dataDir, first);
  try {
    await expect.poll(telcVersion, { timeout: 30_000 }).toBe('1.0.0');
    await page.goto(`${base}/services/telc`);
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');
    const shellBefore = await shellScript();
    await stopServer(server);

    server = await startServer(dataDir, second);
    await expect.poll(telcVersion, { timeout: 30_000 }).toBe('1.0.1');
    await page.reload();
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace 1.0.1');
    expect(await shellScript()).toBe(shellBefore);
    const catalogue = (await (await fetch(`${base}/api/catalogue`)).json()) as {
      services: { id: string; version: string }[];
    };
    expect(catalogue.services.find((s) => s.id === 'telc')?.version).toBe('1.0.1');
    // A page loaded before the release may still need the old version's files.
    expect((await fetch(`${base}/remotes/telc/1.0.0/remoteEntry.js`)).status).toBe(200);
  } finally {
    await stopServer(server);
  }
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { root, startPortal, stopPortal, telcArtefacts } from './support/portal-server.js';

const port = 8686;
const server = `http://localhost:${port}`;

/** The `czp` command a municipality runs, against this test's portal. */
function czp(args: string[], token: string) {
  const result = spawnSync(process.execPath, [join(root, 'packages/cli/dist/czp.js'), ...args], {
    env: { PATH: process.env.PATH, CZP_SERVER: server, CZP_TOKEN: token },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

test('a municipality publishes a new version with czp, citizens get it on reload, and czp activate rolls it back', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const work = mkdtempSync(join(tmpdir(), 'czp-cli-'));
  const portal = await startPortal({ port, dataDir: join(work, 'data') });
  const telc = page.locator('section[data-service-id="telc"]');
  try {
    await page.goto(`${server}/services/telc`);
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');
    const shellScript = await page.locator('link[rel="modulepreload"][href^="/static/index-"]').getAttribute('href');

    // Znojmo's token cannot publish Telč; nothing changes.
    const release = join(telcArtefacts(join(work, 'release'), '1.1.0'), 'telc');
    const foreign = czp(['publish', release], 'czp_dev_mesto-znojmo');
    expect(foreign.status).toBe(1);
    expect(foreign.err).toMatch(/mesto-znojmo/);

    const published = czp(['publish', release], 'czp_dev_mesto-telc');
    expect(published.err).toBe('');
    expect(published.status).toBe(0);
    expect(published.out).toMatch(/telc 1\.1\.0/);
    await page.reload();
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace 1.1.0');
    // No rebuild of the shell: the same shell script.
    expect(await page.locator('link[rel="modulepreload"][href^="/static/index-"]').getAttribute('href')).toBe(
      shellScript,
    );

    const versions = czp(['versions', '--service', 'telc'], 'czp_dev_mesto-telc');
    expect(versions.status).toBe(0);
    expect(versions.out).toContain('1.1.0');
    expect(versions.out).toContain('1.0.0');

    // A lower version than the active one is refused.
    const lower = czp(['publish', join(telcArtefacts(join(work, 'older'), '1.0.5'), 'telc')], 'czp_dev_mesto-telc');
    expect(lower.status).toBe(1);
    expect(lower.err).toMatch(/not higher/);

    const rollback = czp(['activate', '1.0.0', '--service', 'telc'], 'czp_dev_mesto-telc');
    expect(rollback.status).toBe(0);
    await page.reload();
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');

    const audit = czp(['audit'], 'czp_dev_mesto-telc');
    expect(audit.status).toBe(0);
    expect(audit.out).toMatch(/activate/);
  } finally {
    await stopPortal(portal);
  }
});

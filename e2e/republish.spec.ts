import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const port = 8383;
const base = `http://localhost:${port}`;

/** A deployment's copy of the built Telč remote, optionally as a new version with a changed heading. */
function telcArtefacts(dir: string, version?: string): string {
  const target = join(dir, 'telc');
  for (const name of ['czp.service.json', 'package.json', 'dist'])
    cpSync(join(root, 'remotes/telc', name), join(target, name), { recursive: true });
  if (version) {
    const pkgFile = join(target, 'package.json');
    writeFileSync(pkgFile, JSON.stringify({ ...JSON.parse(readFileSync(pkgFile, 'utf8')), version }));
    const assets = join(target, 'dist/assets');
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(assets, file), 'utf8');
      writeFileSync(join(assets, file), text.replaceAll('Životní situace', `Životní situace ${version}`));
    }
  }
  return dir;
}

async function startServer(dataDir: string, remotesDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      CZP_DEV_IDP_PORT: String(port + 10),
      DATA_DIR: dataDir,
      CZP_REMOTES_DIR: remotesDir,
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the portal did not start');
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

test('re-publishing only Telč changes the portal; the shell and its files stay as they were', async ({ page }) => {
  test.setTimeout(60_000);
  const work = mkdtempSync(join(tmpdir(), 'czp-republish-'));
  const dataDir = join(work, 'data');
  const first = telcArtefacts(join(work, 'release-1'));
  const second = telcArtefacts(join(work, 'release-2'), '1.0.1');
  const telc = page.locator('section[data-service-id="telc"]');
  const shellScript = () => page.locator('script[type="module"][src^="/static/"]').getAttribute('src');

  let server = await startServer(dataDir, first);
  try {
    await page.goto(`${base}/services/telc`);
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText('Životní situace');
    const shellBefore = await shellScript();
    await stopServer(server);

    server = await startServer(dataDir, second);
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

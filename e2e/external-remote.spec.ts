import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { root, startPortal, stopPortal, telcArtefacts } from './support/portal-server.js';

const port = 8787;
const base = `http://localhost:${port}`;
const issuerPort = 8791;
const issuerOrigin = `http://localhost:${issuerPort}`;
const version = '1.0.1';
const baseUrl = `${issuerOrigin}/czp/telc/${version}/`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** The issuer's own web server: static files with CORS, never cached (so a changed file is what the browser gets). */
async function startIssuerServer(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/'));
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(issuerPort, resolve));
  return server;
}

test("a service on the issuer's own origin mounts from there, and a file changed there gives the fallback", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const work = mkdtempSync(join(tmpdir(), 'czp-external-'));
  // The portal publishes Telč 1.0.0 itself; Telč hosts 1.0.1 (its heading says so) on its own origin.
  const hosted = join(work, 'issuer');
  const folder = join(hosted, 'czp/telc', version);
  cpSync(join(telcArtefacts(join(work, 'release'), version), 'telc/dist'), folder, { recursive: true });
  const issuer = await startIssuerServer(hosted);
  const portal = await startPortal({
    port,
    dataDir: join(work, 'data'),
    remotesDir: telcArtefacts(join(work, 'local')),
    env: { CZP_REMOTE_ORIGINS: issuerOrigin },
  });
  try {
    const response = await fetch(`${base}/api/publisher/services/telc/external`, {
      method: 'POST',
      headers: { authorization: 'Bearer czp_dev_mesto-telc', 'content-type': 'application/json' },
      body: JSON.stringify({
        version,
        baseUrl,
        metadata: JSON.parse(readFileSync(join(root, 'remotes/telc/czp.service.json'), 'utf8')),
      }),
      signal: AbortSignal.timeout(30_000),
    });
    expect(response.status, await response.clone().text()).toBe(201);

    const fromIssuer: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(issuerOrigin)) fromIssuer.push(request.url());
    });
    const telc = page.locator('section[data-service-id="telc"]');
    await page.goto(`${base}/services/telc`, { timeout: 20_000 });
    await expect(telc).toHaveAttribute('data-service-state', 'mounted');
    await expect(telc.getByRole('heading', { level: 2 })).toHaveText(`Životní situace ${version}`);
    expect(fromIssuer).toContain(`${baseUrl}remoteEntry.js`);

    // Changed on the issuer's server after registration: the browser refuses it, the citizen sees the fallback.
    const assets = join(folder, 'assets');
    const app = readdirSync(assets).find((file) => /^app-.*\.js$/.test(file));
    if (!app) throw new Error('the Telč build has no assets/app-*.js');
    writeFileSync(join(assets, app), `window.__tampered = true;\n${readFileSync(join(assets, app), 'utf8')}`);
    const fresh = await page.context().newPage();
    await fresh.goto(`${base}/services/telc`, { timeout: 20_000 });
    const again = fresh.locator('section[data-service-id="telc"]');
    await expect(again).toHaveAttribute('data-service-state', 'failed');
    await expect(again.getByRole('alert')).toContainText('Službu Portál občana města Telč se nepodařilo načíst');
    expect(await fresh.evaluate(() => (window as { __tampered?: boolean }).__tampered ?? false)).toBe(false);
  } finally {
    // Pages first: their open connections would keep both servers waiting.
    for (const open of context.pages()) await open.close();
    await stopPortal(portal);
    issuer.closeAllConnections();
    await new Promise((resolve) => issuer.close(resolve));
  }
});

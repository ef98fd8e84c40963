import type { ChildProcess } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { root, startPortal, stopPortal } from './support/portal-server.js';

/**
 * A developer previews Příbram's service inside the running portal (`czp dev --portal`): the portal loads it from the
 * developer's server in that browser only, with a banner and one click back; a production portal refuses.
 */

const PUBLISHED_HEADING = 'Odbory a úřední hodiny';
const PREVIEW_HEADING = 'Odbory a úřední hodiny (z vývojového serveru)';
const SERVICE_NAME = 'Úřední hodiny Městského úřadu Příbram';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let devDir: string;
let devServer: Server;
let devOrigin: string;
const devRequests: string[] = [];

/** Příbram's built remote as a developer's changed build, served like `czp dev --portal` serves it (CORS). */
test.beforeAll(async ({ baseURL }) => {
  devDir = mkdtempSync(join(tmpdir(), 'czp-preview-dev-'));
  cpSync(join(root, 'remotes/pribram/dist'), devDir, { recursive: true });
  const assets = join(devDir, 'assets');
  let changed = 0;
  // The Czech heading as a whole string literal, whatever quotes the minifier chose.
  const literal = new RegExp(`(['"\`])${PUBLISHED_HEADING}\\1`, 'g');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const text = readFileSync(join(assets, file), 'utf8');
    const next = text.replace(literal, (_match, quote: string) => `${quote}${PREVIEW_HEADING}${quote}`);
    if (next === text) continue;
    writeFileSync(join(assets, file), next);
    changed++;
  }
  expect(changed, 'the built remote has its Czech heading in a chunk').toBeGreaterThan(0);
  const portalOrigin = new URL(baseURL as string).origin;
  devServer = createServer((request, response) => {
    devRequests.push(request.url ?? '');
    response.setHeader('Access-Control-Allow-Origin', portalOrigin);
    response.setHeader('Cache-Control', 'no-store');
    const file = join(devDir, normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(devDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[extname(file)];
    response.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => devServer.listen(0, '127.0.0.1', resolve));
  devOrigin = `http://127.0.0.1:${(devServer.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise((resolve) => devServer?.close(resolve));
  rmSync(devDir, { recursive: true, force: true });
});

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const pribram = (page: Page) => page.locator('section[data-service-id="pribram"]');

test('a confirmed preview loads the service from the developer’s server in that browser only, with the banner, until “back”', async ({
  browser,
}) => {
  const developer = await (await browser.newContext()).newPage();
  const host = new URL(devOrigin).host;
  const confirmation = `/preview?${new URLSearchParams({ service: 'pribram', origin: devOrigin })}`;

  // The link alone previews nothing: it shows what would happen and asks.
  await developer.goto(confirmation);
  await expect(developer.getByRole('heading', { level: 1 })).toHaveText(
    `Načíst službu „${SERVICE_NAME}“ (pribram) z vývojového serveru?`,
  );
  await expect(developer.getByText('ostatní lidé nejsou dotčeni')).toBeVisible();
  await expectNoViolations(developer);
  await developer.goto('/services/pribram');
  await expect(pribram(developer).locator('h2')).toHaveText(PUBLISHED_HEADING);
  await expect(developer.getByTestId('preview-banner')).toHaveCount(0);
  expect(devRequests).toEqual([]);

  // Confirmed: the service comes from the developer's server, the banner says so, on every page.
  await developer.goto(confirmation);
  await developer.getByRole('button', { name: `Načíst z ${devOrigin}` }).click();
  await expect(developer).toHaveURL(/\/services\/pribram$/);
  await expect(pribram(developer)).toHaveAttribute('data-service-state', 'mounted');
  await expect(pribram(developer).locator('h2')).toHaveText(PREVIEW_HEADING);
  expect(devRequests).toContain('/remoteEntry.js');
  const banner = developer.getByTestId('preview-banner');
  await expect(banner).toContainText(`Služba ${SERVICE_NAME} se načítá z ${host} (náhled pro vývojáře)`);
  await expectNoViolations(developer);
  const otherPage = await developer.goto('/services');
  await expect(banner).toBeVisible();
  expect(otherPage?.headers()['content-security-policy']).toContain(devOrigin);

  // Another browser (another person) sees the published service, and no banner.
  const other = await (await browser.newContext()).newPage();
  const published = await other.goto('/services/pribram');
  expect(published?.headers()['content-security-policy']).not.toContain(devOrigin);
  await expect(pribram(other)).toHaveAttribute('data-service-state', 'mounted');
  await expect(pribram(other).locator('h2')).toHaveText(PUBLISHED_HEADING);
  await expect(other.getByTestId('preview-banner')).toHaveCount(0);

  // One click back to the published version, on the same page.
  await developer.goto('/services/pribram');
  await developer.getByRole('button', { name: 'Vrátit zveřejněnou verzi' }).click();
  await expect(developer).toHaveURL(/\/services\/pribram$/);
  await expect(pribram(developer).locator('h2')).toHaveText(PUBLISHED_HEADING);
  await expect(developer.getByTestId('preview-banner')).toHaveCount(0);
});

test.describe('a production portal', () => {
  const port = 8484;
  let portal: ChildProcess;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'czp-preview-prod-'));
    portal = await startPortal({
      port,
      dataDir,
      env: {
        NODE_ENV: 'production',
        // Never contacted here: a production portal only needs one configured to start.
        OIDC_ISSUER: `http://localhost:${port + 10}`,
        OIDC_CLIENT_ID: 'czp-portal',
        OIDC_CLIENT_SECRET: 'not-used-in-this-test',
      },
    });
  });
  test.afterAll(async () => {
    if (portal) await stopPortal(portal);
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('refuses previews: nothing at their paths, even for a POST with the CSRF token', async ({ page }) => {
    const base = `http://localhost:${port}`;
    const response = await page.goto(`${base}/preview?service=pribram&origin=${encodeURIComponent(devOrigin)}`);
    expect(response?.status()).toBe(404);
    // The portal's own "not found", not the preview's refusal (which would mean previews are on).
    await expect(page.getByRole('button', { name: /Načíst z/ })).toHaveCount(0);
    await expect(page.getByText('Náhled nelze spustit')).toHaveCount(0);
    const token = (await (await page.request.get(`${base}/api/csrf-token`)).json()).token as string;
    const post = await page.request.post(`${base}/preview`, {
      headers: { 'x-csrf-token': token },
      form: { service: 'pribram', origin: devOrigin },
      maxRedirects: 0,
    });
    expect(post.status()).toBe(404);
    expect((await post.json()).message).toBe('There is nothing at POST /preview');
    expect(post.headers()['set-cookie'] ?? '').not.toContain('czp_preview');
    const home = await page.goto(`${base}/`);
    expect(home?.headers()['content-security-policy']).not.toContain('127.0.0.1');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from '../checks/accessibility.js';
import { run } from '../cli.js';
import { stopDevServers } from './lifetime.js';

/**
 * `czp dev` for real: the command started in-process on a real remote of this repository (remotes/pribram), the
 * emulator page opened in headless Chromium, the remote mounted with its heading, the language switched, and axe
 * run on the page as `czp check` runs it.
 */
const repo = path.resolve(import.meta.dirname, '../../../..');
const remoteDir = path.join(repo, 'remotes/pribram');

/** Polls a page: slow when the machine is busy, never longer than the test. */
const POLL = { timeout: 10_000 };

function hasChromium(): boolean {
  try {
    chromiumLaunchOptions();
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe.skipIf(!hasChromium())('czp dev on remotes/pribram', () => {
  let stdout = '';
  let stderr = '';
  let exit: Promise<number>;
  let url = '';
  let browser: Browser;

  beforeAll(async () => {
    // The portal stylesheet imports the design system's built gov.cz CSS; `pnpm test` runs before any build.
    if (!existsSync(path.join(repo, 'design-system/dist/gov.css'))) {
      execFileSync(process.execPath, [path.join(repo, 'design-system/scripts/build-gov-css.mjs')]);
    }
    const port = await freePort();
    exit = run(['dev', 'remotes/pribram', '--port', String(port)], {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      env: {},
      cwd: repo,
    });
    const started = Date.now();
    while (!/http:\/\/\S+/.test(stdout)) {
      if (Date.now() - started > 15_000) throw new Error(`czp dev did not start: ${stdout}${stderr}`);
      const code = await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 100, null))]);
      if (code !== null) throw new Error(`czp dev ended with ${String(code)}: ${stderr}`);
    }
    url = /http:\/\/\S+/.exec(stdout)?.[0] ?? '';
    browser = await chromium.launch(chromiumLaunchOptions());
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    stopDevServers();
    expect(await exit).toBe(0);
  });

  it('prints the emulator’s address for the service', () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/services\/pribram$/);
  });

  it('mounts the remote in the portal frame, switches language and person', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    const outlet = page.locator('[data-czp-outlet="pribram"]');
    await expect
      .poll(() => outlet.getByRole('heading', { level: 2 }).textContent(), { timeout: 20_000 })
      .toBe('Odbory a úřední hodiny');
    await expect.poll(() => page.locator('html').getAttribute('lang'), POLL).toBe('cs');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Úřední hodiny Městského úřadu Příbram');
    expect(await page.getByRole('navigation', { name: 'Hlavní navigace' }).isVisible()).toBe(true);

    await page.getByRole('group', { name: 'Jazyk' }).getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => outlet.getByRole('heading', { level: 2 }).textContent(), POLL)
      .toBe('Departments and office hours');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByLabel('Person').selectOption('eva-substantial');
    await expect
      .poll(() => page.getByRole('region', { name: 'Signed in' }).textContent(), POLL)
      .toContain('Eva Svobodová');
    expect(errors).toEqual([]);
    await page.close();
  }, 30_000);

  it('answers the portal’s APIs from @czp/mocks in the browser (msw), by who is signed in', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}?person=jan-high`);
    await page.locator('[data-czp-remote-state="mounted"]').waitFor({ timeout: 20_000 });
    const call = (path: string) =>
      page.evaluate(async (p) => {
        const response = await fetch(p);
        return { status: response.status, body: (await response.json()) as unknown };
      }, path);
    expect(await call('/api/csrf-token')).toEqual({ status: 200, body: { token: 'czp-dev-csrf-token' } });
    expect((await call('/api/services/my-data/contacts')).status).toBe(200);
    await page.getByLabel('Osoba', { exact: true }).selectOption('signed-out');
    expect((await call('/api/services/my-data/contacts')).status).toBe(401);
    await page.close();
  }, 30_000);

  it('is clean for axe in Czech and English', async () => {
    const result = await checkAccessibility({ remoteDir, serviceId: 'pribram', emulator: { url } });
    expect(result).toMatchObject({ status: 'passed' });
    expect(result.status !== 'skipped' && result.languages.map((language) => language.locale)).toEqual(['cs', 'en']);
  }, 30_000);
});

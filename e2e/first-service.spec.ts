import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { root } from './support/portal-server.js';

/**
 * "Your first service in ten minutes" (docs/first-service.md), followed as a newcomer would: the command lines of the
 * page's ```sh tutorial blocks, exactly as written, one after the other in a temporary folder outside this repository,
 * against the e2e portal. Only what the page cannot say is the test's: `$CZP_CHECKOUT` is this checkout, CZP_SERVER
 * the e2e portal, `pnpm dev` runs in the background until the page has been looked at (Ctrl+C is a SIGINT), and the
 * portal is looked at in the test's browser after each publish.
 */

const SERVICE = 'kutna-hora-zavady';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** At most this many commands from an empty folder to the published service: the page's promise. */
const MOST_COMMANDS_TO_PUBLISHED = 5;

/** The command lines of every ```sh tutorial block of the page, in order (no blank lines, no comments). */
function tutorialCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```sh tutorial\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

/** The environment of a newcomer's shell: no settings of the pnpm or the test that runs this, no token. */
function shellEnv(server: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(npm_|pnpm_|CZP_|PLAYWRIGHT_TEST|TEST_|NODE_ENV$|PORT$|DATA_DIR$|FORCE_COLOR$)/i.test(name),
    ),
  );
  return { ...env, CZP_CHECKOUT: root, CZP_SERVER: server, NO_COLOR: '1', CZP_NO_OPEN: '1' };
}

interface Finished {
  code: number | null;
  out: string;
  err: string;
}

/** Runs one command line in sh, to its end (at most two minutes). */
function runLine(line: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((done) => {
    const child = spawn('sh', ['-c', line], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out, err });
    });
  });
}

/** Starts a long-running command line (its own process group, so that Ctrl+C reaches everything it started). */
function startLine(line: string, cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn('sh', ['-c', line], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => `${out}${err}`, stdout: () => out, exited };
}

async function interrupt(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  process.kill(-child.pid, 'SIGINT'); // Ctrl+C: the whole group, as a terminal sends it
  const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(r, 10_000, false))]);
  if (!stopped) process.kill(-child.pid, 'SIGKILL');
}

async function expectNoViolations(page: Page, what: string) {
  // The emulator's own toolbar is not the service's: czp check leaves it out too.
  const results = await new AxeBuilder({ page }).withTags(WCAG).exclude('[data-czp-emulator-toolbar]').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    what,
  ).toEqual([]);
}

/** The emulator page `pnpm dev` printed: the remote mounted in the portal's frame, axe clean in Czech and English. */
async function lookAtTheEmulator(page: Page, url: string) {
  const outlet = page.locator(`[data-czp-outlet="${SERVICE}"]`);
  for (const [lang, heading] of [
    ['cs', 'Nahlásit závadu'],
    ['en', 'Report a fault'],
  ] as const) {
    await page.goto(`${url}?lang=${lang}`);
    await expect(page.locator(`[data-czp-remote-state="mounted"]`)).toBeVisible({ timeout: 30_000 });
    await expect(outlet.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expectNoViolations(page, `the emulator in ${lang}`);
  }
}

async function activeVersion(page: Page): Promise<string | undefined> {
  const response = await page.request.get('/api/catalogue');
  expect(response.status()).toBe(200);
  // The part of @czp/contract's Catalogue this test reads (e2e takes no dependency on the contract).
  const catalogue = (await response.json()) as { services: Array<{ id: string; version: string }> };
  return catalogue.services.find((service) => service.id === SERVICE)?.version;
}

/** The service in the portal: in the catalogue at `version`, and /services/<id> mounts that version's files. */
async function expectInThePortal(page: Page, version: string) {
  expect(await activeVersion(page)).toBe(version);
  const entries: string[] = [];
  const seen = (request: { url(): string }) => {
    if (request.url().includes(`/remotes/${SERVICE}/`)) entries.push(new URL(request.url()).pathname);
  };
  page.on('request', seen);
  await page.goto(`/services/${SERVICE}`);
  const section = page.locator(`section[data-service-id="${SERVICE}"]`);
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Nahlásit závadu', { timeout: 20_000 });
  page.off('request', seen);
  expect(entries).toContain(`/remotes/${SERVICE}/${version}/remoteEntry.js`);
  expect(entries.filter((path) => !path.startsWith(`/remotes/${SERVICE}/${version}/`))).toEqual([]);
}

test('the tutorial: from an empty folder to a published service in at most five commands, a second version, a rollback', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const commands = tutorialCommands(readFileSync(join(root, 'docs/first-service.md'), 'utf8'));
  expect(commands.length, 'the page has its tutorial blocks').toBeGreaterThanOrEqual(5);
  const firstPublish = commands.findIndex((line) => /^(pnpm|npm) run publish$/.test(line));
  expect(firstPublish, 'the tutorial publishes').toBeGreaterThan(0);
  expect(firstPublish + 1).toBeLessThanOrEqual(MOST_COMMANDS_TO_PUBLISHED);

  const empty = mkdtempSync(join(tmpdir(), 'czp-first-service-'));
  expect(relative(root, empty).startsWith('..'), 'the folder is outside the repository').toBe(true);
  const env = shellEnv(baseURL as string);
  let cwd = empty;
  let publishes = 0;
  const timings: Array<[string, number]> = [];
  const started = Date.now();
  try {
    for (const [index, line] of commands.entries()) {
      const stepStarted = Date.now();
      const cd = /^cd (\S+)$/.exec(line);
      if (cd) {
        cwd = resolve(cwd, cd[1] as string);
      } else if (/^(pnpm|npm run) dev$/.test(line)) {
        const dev = startLine(line, cwd, env);
        try {
          const address = new RegExp(`http://localhost:\\d+/services/${SERVICE}`);
          await expect.poll(() => address.exec(dev.stdout())?.[0], { timeout: 60_000 }).toBeTruthy();
          await lookAtTheEmulator(page, address.exec(dev.stdout())?.[0] as string);
        } finally {
          await interrupt(dev.child, dev.exited);
        }
        expect(dev.output()).toContain('stop with Ctrl+C');
      } else {
        const result = await runLine(line, cwd, env);
        expect(result.code, `${line}\n${result.out}\n${result.err}`).toBe(0);
        if (/^node .*czp\.js" new /.test(line)) {
          expect(result.out).toContain('Installed its dependencies');
        } else if (line === 'pnpm check') {
          expect(result.out).toMatch(/^All \d+ checks passed/m);
          expect(result.out).not.toContain('✗');
        } else if (/^(pnpm|npm) run publish$/.test(line)) {
          publishes++;
          // The token came from the development portal, said in one line.
          expect(result.err).toContain(
            `Using the development token of mesto-kutna-hora from the development portal at ${baseURL}`,
          );
          const version = publishes === 1 ? '1.0.0' : '1.1.0';
          expect(result.out).toContain(`Published ${SERVICE} ${version}`);
          await expectInThePortal(page, version);
        } else if (/czp versions$/.test(line)) {
          expect(result.out).toContain(`${SERVICE}: version 1.1.0 is active`);
          expect(result.out).toMatch(/^1\.0\.0 /m);
        } else if (/czp activate 1\.0\.0$/.test(line)) {
          // The rollback: the portal serves the first version again.
          await expectInThePortal(page, '1.0.0');
        } else if (/czp reports$/.test(line)) {
          expect(result.out).toContain(`No failure reports about ${SERVICE}`);
        }
      }
      timings.push([line, Date.now() - stepStarted]);
      if (index === firstPublish) timings.push(['(published: from the empty folder)', Date.now() - started]);
    }
    expect(publishes).toBe(2);
    expect(await activeVersion(page)).toBe('1.0.0');
  } finally {
    const total = Date.now() - started;
    for (const [line, ms] of timings) console.log(`${(ms / 1000).toFixed(1).padStart(6)} s  ${line}`);
    console.log(`${(total / 1000).toFixed(1).padStart(6)} s  the whole tutorial (${commands.length} commands)`);
    rmSync(empty, { recursive: true, force: true });
  }
});

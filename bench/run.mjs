// pnpm bench: figures from the production build (run `pnpm build` first; the root script does).
// Prints the shell's and each remote's JavaScript bytes, then times /services/telc in headless
// Chromium against a bare React page built the same way. Figures, not assertions.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 8282);
const BARE_PORT = PORT + 1;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function jsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === '.vite' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

function sizeOf(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gz(buf);
  }
  return { raw, gzip, files: files.length };
}

function printSizes() {
  console.log('\n== JavaScript in the production build (gzip level 9) ==');
  const shell = sizeOf(jsFiles(join(root, 'shell/dist/client')));
  console.log(
    `shell                 ${kb(shell.raw).padStart(10)} raw  ${kb(shell.gzip).padStart(9)} gzip  (${shell.files} files)`,
  );
  for (const name of readdirSync(join(root, 'remotes'))) {
    const dist = join(root, 'remotes', name, 'dist');
    try {
      statSync(dist);
    } catch {
      continue;
    }
    const own = sizeOf(jsFiles(dist));
    console.log(
      `remote ${name.padEnd(14)} ${kb(own.raw).padStart(10)} raw  ${kb(own.gzip).padStart(9)} gzip  (${own.files} files)`,
    );
  }
}

async function waitFor(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function startPortal() {
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      CZP_DEV_IDP_PORT: String(PORT + 10),
      CZP_DEV_REGISTERS_PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'czp-bench-')),
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

/** The bare page is served gzip-compressed like the portal, so only the pages differ. */
function startBare() {
  const dir = join(root, 'bench/bare-react/dist');
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(dir, req.url === '/' ? 'index.html' : (req.url ?? '').split('?')[0]);
    if (relative(dir, path).startsWith('..')) return res.writeHead(400).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'content-encoding': 'gzip',
      });
      res.end(gzipSync(body));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((r) => server.listen(BARE_PORT, '127.0.0.1', () => r(server)));
}

const PROFILES = {
  desktop: null,
  'mobile (150 ms RTT, 1.6 Mbit/s, 4× CPU)': {
    latency: 150,
    down: (1.6 * 1024 * 1024) / 8,
    up: (750 * 1024) / 8,
    cpu: 4,
  },
};

async function measure(browser, url, mountedMark, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: profile.down,
      uploadThroughput: profile.up,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  const scripts = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script') scripts.push(await r.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, mountedMark, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const figures = await page.evaluate(async (mark) => {
    const lcp = await new Promise((done) => {
      new PerformanceObserver((list) => done(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({
        type: 'largest-contentful-paint',
        buffered: true,
      });
      setTimeout(() => done(Number.NaN), 2000);
    });
    return { lcp, mounted: performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN };
  }, mountedMark);
  await context.close();
  return {
    ...figures,
    jsGzip: scripts.reduce((n, b) => n + gz(b), 0),
    jsRaw: scripts.reduce((n, b) => n + b.length, 0),
  };
}

async function main() {
  printSizes();
  const portal = startPortal();
  const bare = await startBare();
  try {
    await waitFor(`http://localhost:${PORT}/api/health`);
    const browser = await chromium.launch(chromiumLaunchOptions());
    const pages = [
      {
        name: 'portal /services/telc',
        url: `http://localhost:${PORT}/services/telc`,
        mark: 'czp:service-mounted:telc',
      },
      { name: 'bare React page', url: `http://127.0.0.1:${BARE_PORT}/`, mark: 'czp:mounted' },
      { name: 'bare React page + portal CSS', url: `http://127.0.0.1:${BARE_PORT}/styled.html`, mark: 'czp:mounted' },
    ];
    for (const page of pages) await measure(browser, page.url, page.mark, null); // warm servers and caches
    for (const [profileName, profile] of Object.entries(PROFILES)) {
      const runs = pages.map(() => []);
      for (let i = 0; i < RUNS; i++) {
        for (const [index, page] of pages.entries())
          runs[index].push(await measure(browser, page.url, page.mark, profile));
      }
      const figures = runs.map((list) => ({
        lcp: median(list.map((r) => r.lcp)),
        mounted: median(list.map((r) => r.mounted)),
        jsGzip: list[0].jsGzip,
        jsRaw: list[0].jsRaw,
      }));
      const [portal, ...baselines] = figures;
      console.log(`\n== ${profileName}, median of ${RUNS} cold loads ==`);
      console.log(`all JavaScript of /services/telc: ${kb(portal.jsRaw)} raw, ${kb(portal.jsGzip)} gzip`);
      for (const [index, page] of pages.entries()) {
        const f = figures[index];
        console.log(
          `${page.name.padEnd(30)} LCP ${f.lcp.toFixed(0).padStart(5)} ms   navigation → mounted ${f.mounted.toFixed(0).padStart(5)} ms   JS ${kb(f.jsGzip)} gzip`,
        );
      }
      for (const [index, baseline] of baselines.entries()) {
        console.log(
          `ratio portal / ${pages[index + 1].name}: LCP ${(portal.lcp / baseline.lcp).toFixed(2)}×, mounted ${(portal.mounted / baseline.mounted).toFixed(2)}×`,
        );
      }
    }
    await browser.close();
  } finally {
    portal.kill('SIGTERM');
    bare.close();
  }
}

await main();

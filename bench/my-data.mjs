// node bench/my-data.mjs (after `pnpm build`): my data's figures. Prints, asserts nothing.
// 1. The DATA page's time from navigation to every register panel filled (or showing its own failure), next to the
//    home page's time to its content, median of BENCH_RUNS cold loads in headless Chromium, Jan Novák logged in.
// 2. The service bus's reads per second with the access log written, through the portal's API (HTTP, session,
//    bus, development register server, one log row per read), on PGlite and, when it answers, on PostgreSQL
//    (BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database czp_bench_<random>,
//    dropped at the end). It counts the access-log rows afterwards: every answered read has its row.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { logIn, waitFor } from './support/portal-client.mjs';

const root = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_MY_DATA_PORT ?? 8585);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const portal = `http://localhost:${PORT}`;
const API = `${portal}/api/services/my-data`;

function startPortal(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'czp-bench-my-data-'));
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      CZP_DEV_IDP_PORT: String(PORT + 10),
      CZP_DEV_REGISTERS_PORT: String(PORT + 20),
      DATA_DIR: dataDir,
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return {
    async stop() {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The session cookies of a logged-in client, for a browser context. */
function cookiesOf(client) {
  return [...client.cookies.values()].map((c) => ({ name: c.name, value: c.value, url: portal }));
}

async function timeTo(browser, client, url, ready) {
  const context = await browser.newContext({ locale: 'cs-CZ' });
  await context.addCookies(cookiesOf(client));
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, undefined, { timeout: 30_000, polling: 10 });
  const ms = Date.now() - started;
  await context.close();
  return ms;
}

// The DATA page is done when its panels are drawn and none is still loading (aria-busy): filled or showing its failure.
const dataPanelsFilled = () =>
  document.querySelectorAll('.my-data .czp-register-data-panel').length >= 8 &&
  document.querySelector('.my-data [aria-busy="true"]') === null;
const homeShown = () =>
  document.querySelector('main h1') !== null && document.querySelector('.czp-remote-skeleton') === null;

async function pageTimes(client) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await timeTo(browser, client, `${portal}/services/my-data`, dataPanelsFilled); // warm up
    const data = [];
    const home = [];
    for (let i = 0; i < RUNS; i += 1) {
      home.push(await timeTo(browser, client, `${portal}/`, homeShown));
      data.push(await timeTo(browser, client, `${portal}/services/my-data`, dataPanelsFilled));
    }
    console.log(`\n== DATA page, median of ${RUNS} cold loads (desktop), Jan Novák logged in ==`);
    console.log(`home page      navigation → content shown        ${median(home)} ms`);
    console.log(`DATA page      navigation → all register panels  ${median(data)} ms`);
    console.log(`ratio          ${(median(data) / median(home)).toFixed(2)}×`);
  } finally {
    await browser.close();
  }
}

/** CLIENTS concurrent loops reading the register of residents for SECONDS; answered reads, failures, reads/s. */
async function busReads(client, label) {
  const registers = ['residents', 'drivers', 'cadastre', 'trade', 'health', 'persons'];
  let ok = 0;
  let failed = 0;
  const until = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, index) => {
      let n = index;
      while (Date.now() < until) {
        const register = registers[n % registers.length];
        n += 1;
        const response = await client.fetch(`${API}/registers/${register}?section=data`);
        await response.arrayBuffer();
        if (response.ok) ok += 1;
        else failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label.padEnd(12)} ${(ok / seconds).toFixed(1).padStart(7)} reads/s with the access log  (${ok} answered, ${failed} failed, ${CLIENTS} clients, ${seconds.toFixed(1)} s)`,
  );
  return ok;
}

/** Rows of the access log with outcome ok: each answered read must have one. */
async function loggedReads(client) {
  const response = await client.fetch(`${API}/access-log?reader=portal`);
  if (!response.ok) return Number.NaN;
  const page = await response.json();
  return page.entries.length === 0 ? 0 : page.total;
}

async function run(label, env) {
  const server = startPortal(env);
  try {
    await waitFor(`${portal}/api/health`);
    const client = await logIn(portal);
    if (label === 'PGlite') await pageTimes(client);
    if (label === 'PGlite') console.log(`\n== The service bus's reads per second (through the API, logged) ==`);
    const before = await loggedReads(client);
    const answered = await busReads(client, label);
    const after = await loggedReads(client);
    console.log(`${''.padEnd(12)} access log: ${after - before} new portal rows for ${answered} answered reads`);
  } finally {
    await server.stop();
  }
}

await run('PGlite', {});

const admin = new pg.Client({ connectionString: ADMIN_URL });
const dbName = `czp_bench_${randomBytes(4).toString('hex')}`;
let postgres = false;
try {
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  postgres = true;
} catch (error) {
  console.log(`PostgreSQL   skipped (${ADMIN_URL} does not answer: ${error.message})`);
}
if (postgres) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  try {
    await run('PostgreSQL', { DATABASE_URL: url.href });
  } finally {
    await admin.query(`drop database if exists ${dbName} with (force)`);
  }
}
await admin.end().catch(() => {});

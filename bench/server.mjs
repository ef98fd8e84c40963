// node bench/server.mjs: the built server's throughput (issue 17). Requests per second and latency of the portal's
// HTML pages and GET /api/catalogue next to a static file of the same server, signed out, with the headers a browser
// sends. The requirement: each at least 0.8× the static file. Run `pnpm build` first (the root `pnpm bench` does).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_SERVER_PORT ?? 8292);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUIRED_RATIO = 0.8;
/** Another build of the server to compare with (e.g. one of an older commit), else the repository's. */
const SERVER_ENTRY = resolve(process.env.BENCH_SERVER_ENTRY ?? join(root, 'packages/server/dist/start.js'));
const portal = `http://127.0.0.1:${PORT}`;
/** USER_HZ of /proc/<pid>/stat: 100 on Linux. */
const CLOCK_TICKS = 100;

/** What a browser sends with a navigation and with the shell's fetch of the catalogue (signed out: no cookies). */
const BROWSER = { 'accept-encoding': 'gzip, br', 'accept-language': 'cs-CZ,cs;q=0.9,en;q=0.8', 'user-agent': 'bench' };
const NAVIGATION = { ...BROWSER, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const FETCH = { ...BROWSER, accept: 'application/json' };

/** The shell's hashed script, as its index.html links it. */
function staticFile() {
  const html = readFileSync(join(root, 'shell/dist/client/index.html'), 'utf8');
  const match = /<script[^>]+src="(\/static\/[^"]+\.js)"/.exec(html);
  if (!match?.[1]) throw new Error('shell/dist/client/index.html links no /static/*.js: run `pnpm build` first');
  return match[1];
}

async function waitFor(url, ms = 180_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function startPortal(dataDir) {
  return spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      PORT: String(PORT),
      CZP_DEV_IDP_PORT: String(PORT + 10),
      CZP_DEV_REGISTERS_PORT: '0',
      CZP_DEV_MAIL_PORT: String(PORT + 30),
      CZP_DEV_MAIL_SMTP_PORT: String(PORT + 31),
      DATA_DIR: dataDir,
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** CPU time (user + system) the server process has used so far, in ms, from /proc (Linux). */
function serverCpuMs() {
  try {
    const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

function cannon(path, headers, seconds) {
  return new Promise((resolvePromise, reject) => {
    autocannon(
      { url: `${portal}${path}`, headers, connections: CONNECTIONS, duration: seconds, pipelining: 1 },
      (error, result) => (error ? reject(error) : resolvePromise(result)),
    );
  });
}

async function measure(name, path, headers) {
  // A response checked before it is counted: the figures are of the real page, not of an error.
  const probe = await fetch(`${portal}${path}`, { headers });
  if (probe.status !== 200) throw new Error(`${name}: GET ${path} answered ${probe.status}`);
  await probe.arrayBuffer();
  if (WARMUP_SECONDS > 0) await cannon(path, headers, WARMUP_SECONDS);
  const cpuBefore = serverCpuMs();
  const result = await cannon(path, headers, SECONDS);
  const cpuMs = serverCpuMs() - cpuBefore;
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    name,
    path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytes: result.throughput.average,
    failed,
    encoding: probe.headers.get('content-encoding') ?? 'identity',
    // The server's own CPU time per answered request: what it would serve on a machine of its own (1000 / this =
    // requests per second of one core), however busy this one is with other work.
    cpuUs: (cpuMs * 1000) / Math.max(1, result.requests.total),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'czp-bench-server-'));
const server = startPortal(dataDir);
const stop = () => {
  server.kill('SIGTERM');
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});
try {
  await waitFor(`${portal}/api/health/ready`);
  // The local remotes are published at start, one after another: wait until Telč is in the catalogue and the
  // catalogue has not changed for 3 s (each change empties the caches).
  const until = Date.now() + 180_000;
  let etag = null;
  let since = Date.now();
  for (;;) {
    const response = await fetch(`${portal}/api/catalogue`);
    const catalogue = await response.json();
    if (response.headers.get('etag') !== etag) {
      etag = response.headers.get('etag');
      since = Date.now();
    }
    if (catalogue.services.some((service) => service.id === 'telc') && Date.now() - since >= 3000) break;
    if (Date.now() > until) throw new Error('telc is not in the catalogue: build the remotes first (pnpm build)');
    await new Promise((r) => setTimeout(r, 250));
  }

  const file = staticFile();
  console.log(
    `\n== The server's throughput: ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP_SECONDS} s of ` +
      `warm-up, ${ROUNDS} rounds, signed out, accept-encoding gzip, br ==`,
  );
  const targets = [
    ['static file', file, NAVIGATION],
    ['GET /services/telc', '/services/telc', NAVIGATION],
    ['GET /', '/', NAVIGATION],
    ['GET /services', '/services', NAVIGATION],
    ['GET /api/catalogue', '/api/catalogue', FETCH],
  ];
  // Rounds of every target in turn, each figure the median of its rounds: on a shared machine the load changes
  // during a run, and interleaving lets every target see the same mix of it.
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const measured = [];
    for (const [name, path, headers] of targets) measured.push(await measure(name, path, headers));
    rounds.push(measured);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const results = targets.map((_, index) => {
    const all = rounds.map((measured) => measured[index]);
    return {
      ...all[0],
      rps: median(all.map((r) => r.rps)),
      p50: median(all.map((r) => r.p50)),
      p99: median(all.map((r) => r.p99)),
      bytes: median(all.map((r) => r.bytes)),
      cpuUs: median(all.map((r) => r.cpuUs)),
      failed: all.reduce((sum, r) => sum + r.failed, 0),
      each: all.map((r) => r.rps.toFixed(0)).join(' '),
    };
  });
  const base = results[0];
  let allMet = true;
  console.log(
    `${'what'.padEnd(20)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ` +
      `${'MB/s'.padStart(6)} ${'enc'.padStart(5)} ${'failed'.padStart(6)} ${'CPU µs/req'.padStart(10)}  ` +
      'ratio to the static file  (req/s of each round; by the CPU per request)',
  );
  for (const r of results) {
    const ratio = r.rps / base.rps;
    const met = ratio >= REQUIRED_RATIO;
    if (r !== base && !met) allMet = false;
    console.log(
      `${r.name.padEnd(20)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(7)} ${String(r.p99).padStart(7)} ` +
        `${(r.bytes / 1e6).toFixed(1).padStart(6)} ${r.encoding.padStart(5)} ${String(r.failed).padStart(6)} ` +
        `${r.cpuUs.toFixed(0).padStart(10)}  ` +
        (r === base
          ? `${r.path}`
          : `${ratio.toFixed(2)}× ${met ? '≥' : '<'} ${REQUIRED_RATIO}× ${met ? 'ok' : 'NOT MET'}`) +
        `  (${r.each}${r === base ? '' : `; ${(base.cpuUs / r.cpuUs).toFixed(2)}×`})`,
    );
  }
  console.log(allMet ? `every page and the catalogue at ≥ ${REQUIRED_RATIO}× the static file` : 'requirement NOT MET');
} finally {
  if (server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    stop();
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
}

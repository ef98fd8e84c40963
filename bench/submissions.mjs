// node bench/submissions.mjs (after `pnpm build`): submissions under load. Starts a portal on its own ports, logs
// Jan Novák in with his identity card, and sends BENCH_SUBMISSIONS applications to Telč (default 400) from
// BENCH_CLIENTS concurrent clients (default 20), each with a PDF attachment and its own idempotency key, retried with
// that key on a 5xx or a network error. Then it lists the citizen's submissions and checks that every acknowledged one
// is there exactly once (lost 0, doubled 0). On PGlite, and on PostgreSQL when it answers (BENCH_POSTGRES_URL,
// default postgres://postgres@127.0.0.1:5432/postgres; a database czp_bench_<random>, dropped at the end).
// Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { logIn, waitFor } from './support/portal-client.mjs';

const root = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_SUBMISSIONS_PORT ?? 8686);
const COUNT = Number(process.env.BENCH_SUBMISSIONS ?? 400);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const RETRIES = 5;
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const portal = `http://localhost:${PORT}`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

// A small valid PDF (sniffed by its content on the server, like every attachment).
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** One application to use public space (Telč's declared type), with a plan of the stall attached. */
function application(index) {
  return {
    purpose: 'stall',
    location: `nám. Zachariáše z Hradce ${(index % 90) + 1}`,
    areaSquareMetres: (index % 20) + 1,
    from: '2027-05-01',
    days: (index % 5) + 1,
  };
}

function startPortal(env) {
  const dataDir = mkdtempSync(join(tmpdir(), 'czp-bench-submissions-'));
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
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

async function submitOne(client, index, runId) {
  const key = `bench-${runId}-${index}`;
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    const form = new FormData();
    form.set('type', 'zabor-verejneho-prostranstvi');
    form.set('data', JSON.stringify(application(index)));
    form.set('idempotencyKey', key);
    form.append('attachments', new Blob([PDF], { type: 'application/pdf' }), `plan-${index}.pdf`);
    const started = performance.now();
    try {
      const response = await client.fetch(`${portal}/api/services/telc/submissions`, { method: 'POST', body: form });
      const body = await response.json();
      const ms = performance.now() - started;
      if (response.status === 200 || response.status === 201) return { key, id: body.id, ms, attempts: attempt + 1 };
      if (response.status < 500) return { key, error: `${response.status} ${body.error}: ${body.message}`, ms };
    } catch {
      // A network error: the same key again is safe, the server stores the submission at most once.
    }
    await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
  }
  return { key, error: 'gave up after retries' };
}

async function run(label, env) {
  const server = startPortal(env);
  try {
    await waitFor(`${portal}/api/health`);
    const client = await logIn(portal);
    const runId = Date.now().toString(36);
    const results = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < COUNT) {
          const index = next;
          next += 1;
          results.push(await submitOne(client, index, runId));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const acknowledged = results.filter((r) => r.id);
    const failed = results.filter((r) => r.error);
    const latencies = acknowledged.map((r) => r.ms).sort((a, b) => a - b);
    const listed = (await (await client.fetch(`${portal}/api/submissions`)).json()).submissions.map((s) => s.id);
    const counts = new Map();
    for (const id of listed) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ackIds = new Set(acknowledged.map((r) => r.id));
    const lost = [...ackIds].filter((id) => !counts.has(id)).length;
    const doubled = [...counts].filter(([, n]) => n > 1).length;
    const extra = listed.length - ackIds.size;
    console.log(
      `${label.padEnd(11)} ${(acknowledged.length / seconds).toFixed(1).padStart(6)} submissions/s  ` +
        `(${acknowledged.length} acknowledged, ${failed.length} failed, ${CLIENTS} clients, a PDF each, ${seconds.toFixed(1)} s; ` +
        `p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms)`,
    );
    if (failed.length) console.log(`${''.padEnd(11)} first failure ${failed[0].key}: ${failed[0].error}`);
    console.log(
      `${''.padEnd(11)} listed ${listed.length}: lost ${lost}, doubled ${doubled}, extra ${extra} (a key stored twice)`,
    );
  } finally {
    await server.stop();
  }
}

console.log(`\n== Submissions: ${COUNT} applications to Telč with an attachment each, from ${CLIENTS} clients ==`);
await run('PGlite', {});

const admin = new pg.Client({ connectionString: ADMIN_URL });
const dbName = `czp_bench_${randomBytes(4).toString('hex')}`;
let postgres = false;
try {
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  postgres = true;
} catch (error) {
  console.log(`PostgreSQL  skipped (${ADMIN_URL} does not answer: ${error.message})`);
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

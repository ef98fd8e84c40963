// node bench/data-box.mjs (after `pnpm build`): the data box under load. Starts a portal on its own ports, logs in
// Jan Novák with his identity card at the development identity provider, sends 1,000 messages from 20 concurrent
// clients (each with an idempotency key, retried on network errors), then lists the Sent folder and checks that every
// acknowledged message is there exactly once. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { logIn, waitFor } from './support/portal-client.mjs';

const root = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_DATA_BOX_PORT ?? 8484);
const IDP_PORT = PORT + 10;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const RETRIES = 5;
const portal = `http://localhost:${PORT}`;
const API = `${portal}/api/services/data-box`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function sendOne(client, index, recipient, runId) {
  const key = `bench-${runId}-${index}`;
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    const form = new FormData();
    form.set('recipient', recipient);
    form.set('subject', `Zátěžová zpráva ${index}`);
    form.set('body', `Zpráva číslo ${index} zátěžového testu datové schránky.`);
    form.set('idempotencyKey', key);
    const started = performance.now();
    try {
      const url = new URL(`${API}/messages`);
      const response = await fetch(url, {
        method: 'POST',
        headers: { cookie: client.header(url), 'x-csrf-token': client.token },
        body: form,
      });
      const body = await response.json();
      const ms = performance.now() - started;
      if (response.status === 200 || response.status === 201) return { key, id: body.id, ms, attempts: attempt + 1 };
      if (response.status < 500) return { key, error: `${response.status} ${body.error}: ${body.message}`, ms };
    } catch {
      // A network error: the same key again is safe, the server stores the message at most once.
    }
    await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
  }
  return { key, error: 'gave up after retries' };
}

async function listSent(client) {
  const seen = [];
  for (let page = 1; ; page += 1) {
    const { text } = await client.browse(`${API}/messages?folder=sent&page=${page}`);
    const body = JSON.parse(text);
    seen.push(...body.messages.map((m) => m.id));
    if (body.messages.length === 0 || seen.length >= body.total) return { ids: seen, total: body.total };
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'czp-bench-data-box-'));
const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
  env: {
    ...process.env,
    PORT: String(PORT),
    CZP_DEV_IDP_PORT: String(IDP_PORT),
    CZP_DEV_REGISTERS_PORT: '0',
    DATA_DIR: dataDir,
    CZP_NO_OPEN: '1',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitFor(`${portal}/api/health`);
  const client = await logIn(portal);
  const name = client.name;
  const recipients = JSON.parse((await client.browse(`${API}/recipients`)).text).recipients;
  const recipient = recipients.find((r) => r.kind === 'municipality')?.id ?? 'ministerstvo-vnitra';
  console.log(`\n== Data box load: ${MESSAGES} messages from ${CLIENTS} clients, as ${name}, to ${recipient} ==`);

  const runId = Date.now().toString(36);
  const results = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < MESSAGES) {
        const index = next;
        next += 1;
        results.push(await sendOne(client, index, recipient, runId));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const acknowledged = results.filter((r) => r.id);
  const failed = results.filter((r) => r.error);
  const latencies = acknowledged.map((r) => r.ms).sort((a, b) => a - b);
  const retried = acknowledged.filter((r) => r.attempts > 1).length;
  console.log(`sent          ${acknowledged.length} acknowledged, ${failed.length} failed, ${retried} needed a retry`);
  if (failed.length) console.log(`first failure ${failed[0].key}: ${failed[0].error}`);
  console.log(`throughput    ${(acknowledged.length / seconds).toFixed(1)} messages/s (${seconds.toFixed(1)} s)`);
  console.log(
    `latency       p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`,
  );

  const listStarted = performance.now();
  const sent = await listSent(client);
  const listed = new Map();
  for (const id of sent.ids) listed.set(id, (listed.get(id) ?? 0) + 1);
  const ackIds = new Set(acknowledged.map((r) => r.id));
  const missing = [...ackIds].filter((id) => !listed.has(id));
  const doubled = [...listed].filter(([, n]) => n > 1).map(([id]) => id);
  const keysToIds = new Map();
  for (const r of acknowledged) keysToIds.set(r.key, r.id);
  const ok =
    missing.length === 0 && doubled.length === 0 && sent.total === ackIds.size && keysToIds.size === ackIds.size;
  console.log(
    `listed        ${sent.ids.length} of ${sent.total} in Sent (${((performance.now() - listStarted) / 1000).toFixed(1)} s, 20 a page)`,
  );
  console.log(
    `check         ${ok ? 'OK' : 'FAILED'}: ${missing.length} lost, ${doubled.length} listed twice, ` +
      `${sent.total - ackIds.size} extra in Sent (duplicates of a key), ${ackIds.size} distinct acknowledged`,
  );
} finally {
  child.kill();
  rmSync(dataDir, { recursive: true, force: true });
}

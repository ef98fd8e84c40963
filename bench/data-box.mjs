// node bench/data-box.mjs (after `pnpm build`): the data box under load. Starts a portal on its own ports, logs in
// Jan Novák with his identity card at the development identity provider, sends 1,000 messages from 20 concurrent
// clients (each with an idempotency key, retried on network errors), then lists the Sent folder and checks that every
// acknowledged message is there exactly once. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_DATA_BOX_PORT ?? 8484);
const IDP_PORT = PORT + 10;
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const RETRIES = 5;
const portal = `http://localhost:${PORT}`;
const API = `${portal}/api/services/data-box`;

/** Cookies by name and path (the portal and the provider share the host; cookies ignore ports). */
const cookies = new Map();
function storeCookies(response, url) {
  for (const line of response.headers.getSetCookie()) {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const cookie = {
      name: pair.slice(0, eq),
      value: pair.slice(eq + 1),
      path: url.pathname.replace(/\/[^/]*$/, '') || '/',
    };
    let expired = cookie.value === '';
    for (const attribute of attributes) {
      const [key = '', value = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') cookie.path = value || '/';
      if (key.toLowerCase() === 'max-age' && Number(value) <= 0) expired = true;
      if (key.toLowerCase() === 'expires' && Date.parse(value) <= Date.now()) expired = true;
    }
    if (expired) cookies.delete(`${cookie.name} ${cookie.path}`);
    else cookies.set(`${cookie.name} ${cookie.path}`, cookie);
  }
}
function cookieHeader(url) {
  return [...cookies.values()]
    .filter((c) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
    .sort((a, b) => b.path.length - a.path.length)
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
}

/** fetch with the cookie jar, following redirects like a browser (POST → GET after 302/303). */
async function browse(url, init = {}) {
  let current = new URL(url);
  let method = init.method ?? 'GET';
  let body = init.body;
  for (let hop = 0; hop < 20; hop += 1) {
    const headers = { ...(init.headers ?? {}), cookie: cookieHeader(current) };
    if (body && typeof body === 'string') headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(current, { method, headers, body, redirect: 'manual' });
    storeCookies(response, current);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.arrayBuffer();
      current = new URL(location, current);
      if (response.status !== 307 && response.status !== 308) {
        method = 'GET';
        body = undefined;
      }
      continue;
    }
    return { url: current, status: response.status, text: await response.text() };
  }
  throw new Error(`too many redirects from ${url}`);
}

const attributes = (source) =>
  new Map(
    [...source.matchAll(/([\w:.-]+)(?:="([^"]*)")?/g)].map((m) => [
      m[1].toLowerCase(),
      (m[2] ?? '').replace(/&amp;/g, '&'),
    ]),
  );

function findForm(page, id) {
  for (const match of page.text.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const form = attributes(match[1]);
    if (form.get('id') !== id) continue;
    const fields = new URLSearchParams();
    for (const input of match[2].matchAll(/<input\b([^>]*)>/g)) {
      const field = attributes(input[1]);
      const type = field.get('type') ?? 'text';
      if (!field.get('name') || ((type === 'radio' || type === 'checkbox') && !field.has('checked'))) continue;
      fields.append(field.get('name'), field.get('value') ?? '');
    }
    return { action: new URL(form.get('action') ?? page.url.href, page.url), fields };
  }
  throw new Error(`no form #${id} at ${page.url.href} (status ${page.status})`);
}

function findLink(page, testId) {
  for (const match of page.text.matchAll(/<a\b([^>]*)>/g)) {
    const link = attributes(match[1]);
    if (link.get('data-testid') === testId) return new URL(link.get('href'), page.url);
  }
  throw new Error(`no link ${testId} at ${page.url.href} (status ${page.status})`);
}

async function waitFor(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

async function login() {
  const methods = await browse(`${portal}/auth/login`);
  const cardPage = await browse(findLink(methods, 'method-card'));
  const form = findForm(cardPage, 'card-form');
  form.fields.set('card', '000000001');
  form.fields.set('pin', '123456');
  await browse(form.action, { method: 'POST', body: form.fields.toString() });
  const session = JSON.parse((await browse(`${portal}/api/session`)).text);
  if (!session.person) throw new Error('the login did not succeed');
  const token = JSON.parse((await browse(`${portal}/api/csrf-token`)).text).token;
  return { name: session.person.name, token };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function sendOne(index, token, recipient, runId) {
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
        headers: { cookie: cookieHeader(url), 'x-csrf-token': token },
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

async function listSent() {
  const seen = [];
  for (let page = 1; ; page += 1) {
    const { text } = await browse(`${API}/messages?folder=sent&page=${page}`);
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
    DATA_DIR: dataDir,
    CZP_NO_OPEN: '1',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitFor(`${portal}/api/health`);
  const { name, token } = await login();
  const recipients = JSON.parse((await browse(`${API}/recipients`)).text).recipients;
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
        results.push(await sendOne(index, token, recipient, runId));
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
  const sent = await listSent();
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

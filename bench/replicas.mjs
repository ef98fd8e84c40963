// node bench/replicas.mjs [--clients N] [--messages N] (after `pnpm build`): the fault-and-load test. Two portal
// replicas on a fresh PostgreSQL database behind nginx; N clients log in at the development identity provider and
// send data box messages, first through one replica, then through both, then through both while one is killed with
// SIGKILL and restarted. Then: every acknowledged message is stored exactly once, every automatic reply was sent,
// and no request failed with a 5xx except those the killed replica had in flight. Prints the figures; exits 1 on any
// loss.
// Loopback only; it removes what it made (processes, the database, temporary folders).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runnerImport } from 'vite';
import { logIn } from './support/portal-client.mjs';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: process.env.BENCH_CLIENTS ?? '20' },
    messages: { type: 'string', default: process.env.BENCH_MESSAGES ?? '200' },
  },
});
const CLIENTS = Number(args.clients);
/** Messages per phase (one replica, two, two with a kill). */
const MESSAGES = Number(args.messages);
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DEADLINE = Date.now() + Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;
const RETRIES = 8;

const children = new Set();
const temp = mkdtempSync(join(tmpdir(), 'czp-bench-replicas-'));
const dbName = `czp_bench_${randomBytes(4).toString('hex')}`;
let idp;
let failed = false;

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

function reachable(port, host = '127.0.0.1') {
  return new Promise((ok) => {
    const socket = connect(port, host);
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
    socket.once('timeout', () => {
      socket.destroy();
      ok(false);
    });
  });
}

async function waitFor(url, ms = 60_000) {
  const until = Math.min(Date.now() + ms, DEADLINE);
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not become ready`);
}

function run(command, commandArgs, options) {
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  child.on('exit', () => children.delete(child));
  child.lastError = () => stderr;
  return child;
}

// ---- Load ----

const stats = { fiveXx: [], refused: [] };

async function sendOne(client, portal, key, recipient) {
  for (let attempt = 0; attempt <= RETRIES; attempt += 1) {
    const form = new FormData();
    form.set('recipient', recipient);
    form.set('subject', `Zátěž ${key}`);
    form.set('body', `Zpráva ${key} testu replik.`);
    form.set('idempotencyKey', key);
    const url = new URL(`${portal}/api/services/data-box/messages`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { cookie: client.header(url), 'x-csrf-token': client.token },
        body: form,
      });
      const text = await response.text();
      if (response.status === 200 || response.status === 201) return { key, id: JSON.parse(text).id };
      if (response.status >= 500) stats.fiveXx.push({ at: Date.now(), status: response.status, key });
      else return { key, error: `${response.status} ${text.slice(0, 200)}` };
    } catch {
      stats.fiveXx.push({ at: Date.now(), status: 'network', key });
    }
    // Same key again: the data box stores a message at most once per key.
    await new Promise((r) => setTimeout(r, 100 * 2 ** Math.min(attempt, 4)));
  }
  return { key, error: 'gave up after retries' };
}

async function phase(name, portal, clients, recipient, onHalf) {
  const runId = `${name}-${randomBytes(3).toString('hex')}`;
  const results = [];
  let next = 0;
  let halfDone = false;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (next < MESSAGES && Date.now() < DEADLINE) {
        const index = next;
        next += 1;
        if (onHalf && !halfDone && index >= MESSAGES / 2) {
          halfDone = true;
          void onHalf();
        }
        results.push(await sendOne(client, portal, `${runId}-${index}`, recipient));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const acknowledged = results.filter((r) => r.id);
  for (const r of results.filter((r) => r.error)) stats.refused.push(r);
  return { name, results, acknowledged, seconds, rps: acknowledged.length / seconds };
}

// ---- The run ----

const t0 = Date.now();
const step = (what) => process.env.BENCH_DEBUG && console.error(`[${Date.now() - t0} ms] ${what}`);

async function main() {
  if (!(await reachable(5432))) throw new Error('no PostgreSQL at 127.0.0.1:5432');
  const nginxBinary = process.env.NGINX ?? 'nginx';
  if (spawnSync(nginxBinary, ['-v']).error) throw new Error('nginx is not installed (apt-get install -y nginx)');
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const databaseUrl = new URL(ADMIN_URL);
  databaseUrl.pathname = `/${dbName}`;
  const redis = (await reachable(6379)) ? REDIS_URL : undefined;

  const [idpPort, proxyOnePort, proxyTwoPort, portA, portB] = await Promise.all([1, 2, 3, 4, 5].map(freePort));
  const portal = `http://localhost:${proxyTwoPort}`;
  const portalOne = `http://localhost:${proxyOnePort}`;

  // One development identity provider for every replica, as an external issuer would be (its sources run through
  // Vite's module runner: it is no separate build).
  const clientSecret = randomBytes(24).toString('hex');
  const { module: devIdp } = await runnerImport(join(root, 'packages/dev-idp/src/index.ts'), {
    configFile: false,
    logLevel: 'error',
  });
  idp = await devIdp.startDevIdentityProvider({
    issuer: `http://localhost:${idpPort}`,
    port: idpPort,
    host: 'localhost',
    clients: [
      {
        clientId: 'czp-portal',
        clientName: 'Portál občana',
        clientSecret,
        redirectUris: [`${portal}/auth/callback`],
        postLogoutRedirectUris: [`${portal}/logged-out`],
      },
    ],
    log: () => {},
  });

  const shared = {
    ...process.env,
    DATABASE_URL: databaseUrl.href,
    OIDC_ISSUER: `http://localhost:${idpPort}`,
    OIDC_CLIENT_ID: 'czp-portal',
    OIDC_CLIENT_SECRET: clientSecret,
    CZP_PUBLIC_URL: portal,
    CZP_TRUST_PROXY: '1',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    CZP_OPERATOR_TOKEN: randomBytes(32).toString('hex'),
    CZP_NO_OPEN: '1',
    CZP_LOG_FORMAT: 'json',
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    ...(redis ? { REDIS_URL: redis } : {}),
  };
  const replicas = {};
  const startReplica = (name, port, publish) => {
    const dataDir = join(temp, name);
    replicas[name] = run(process.execPath, [join(root, 'packages/server/dist/start.js')], {
      // Each replica its own development register server, on any free port (one fixed port cannot take two).
      env: {
        ...shared,
        PORT: String(port),
        DATA_DIR: dataDir,
        CZP_DEV_REGISTERS_PORT: '0',
        CZP_PUBLISH_LOCAL_REMOTES: publish ? '1' : '0',
      },
    });
    return waitFor(`http://127.0.0.1:${port}/api/health/ready`);
  };
  // The first replica migrates and publishes; the second starts after it and only serves.
  step('identity provider up');
  await startReplica('a', portA, true);
  step('replica a ready');
  await startReplica('b', portB, false);
  step('replica b ready');

  const nginxConf = (port, upstreams) => {
    const dir = join(temp, `nginx-${port}`);
    spawnSync('mkdir', ['-p', dir]);
    const file = join(dir, 'nginx.conf');
    writeFileSync(
      file,
      `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream czp { ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join(' ')} keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 60m;
    location / {
      proxy_pass http://czp;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $request_id;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
    }
  }
}
`,
    );
    run(nginxBinary, ['-p', dir, '-c', file, '-g', 'daemon off;']);
    return waitFor(`http://127.0.0.1:${port}/api/health/live`, 10_000);
  };
  await nginxConf(proxyOnePort, [portA]);
  await nginxConf(proxyTwoPort, [portA, portB]);

  step('nginx up');
  const clients = [];
  for (let i = 0; i < CLIENTS; i += 1) clients.push(await logIn(portal));
  const recipients = JSON.parse((await clients[0].browse(`${portal}/api/services/data-box/recipients`)).text);
  const recipient = recipients.recipients.find((r) => r.kind === 'municipality')?.id;
  if (!recipient) throw new Error('no municipality among the recipients');
  console.log(
    `\n== Replicas: ${CLIENTS} clients logged in, ${MESSAGES} messages per phase to ${recipient}; ` +
      `PostgreSQL ${dbName}, rate limits ${redis ? 'in Redis' : 'in memory (no Redis)'} ==`,
  );

  step('logged in');
  const one = await phase('one', portalOne, clients, recipient);
  let killedAt = 0;
  let restartedAt = 0;
  const two = await phase('two', portal, clients, recipient);
  const fault = await phase('fault', portal, clients, recipient, async () => {
    await new Promise((r) => setTimeout(r, 50));
    killedAt = Date.now();
    replicas.b.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    await startReplica('b', portB, false);
    restartedAt = Date.now();
    step('replica b restarted');
  });
  if (killedAt && !restartedAt) await waitFor(`http://127.0.0.1:${portB}/api/health/ready`);

  step('load done');
  // ---- Checks, in the database the replicas share ----
  const db = new pg.Client({ connectionString: databaseUrl.href });
  await db.connect();
  try {
    const acknowledged = [...one.acknowledged, ...two.acknowledged, ...fault.acknowledged];
    const keys = [...one.results, ...two.results, ...fault.results].map((r) => r.key);
    const rows = await db.query(
      `select idempotency_key as key, count(*)::int as n, min(id::text) as id from messages
        where direction = 'sent' and idempotency_key = any($1) group by idempotency_key`,
      [keys],
    );
    const stored = new Map(rows.rows.map((r) => [r.key, r]));
    const lost = acknowledged.filter((r) => !stored.has(r.key) || stored.get(r.key).id !== r.id).length;
    const doubled = rows.rows.filter((r) => r.n > 1).length;

    // Automatic replies: wait until the queue has done every job of the sent messages, then count the replies.
    const jobsTable = (await db.query(`select to_regclass('jobs') as t`)).rows[0].t;
    let replies = 'not checked (no job queue)';
    const queueWaitStarted = Date.now();
    let repliesMissing = 0;
    let repliesDoubled = 0;
    if (jobsTable) {
      const until = Math.min(Date.now() + 120_000, DEADLINE);
      let pending = -1;
      while (Date.now() < until) {
        pending = (
          await db.query(`select count(*)::int as n from jobs where kind = 'data-box.message-sent' and done_at is null`)
        ).rows[0].n;
        if (pending === 0) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const counts = await db.query(
        `select s.idempotency_key as key, count(r.id)::int as n from messages s
           left join messages r on r.box_id = s.box_id and r.conversation_id = s.conversation_id
                               and r.direction = 'received'
          where s.direction = 'sent' and s.idempotency_key = any($1) group by s.idempotency_key`,
        [keys],
      );
      repliesMissing = counts.rows.filter((r) => r.n === 0).length;
      repliesDoubled = counts.rows.filter((r) => r.n > 1).length;
      const failedJobs = (
        await db.query(
          `select count(*)::int as n from jobs where kind = 'data-box.message-sent' and failed_at is not null`,
        )
      ).rows[0].n;
      // A job the killed replica had claimed runs again once its lease (60 s) has passed.
      replies =
        `${counts.rows.length - repliesMissing} of ${counts.rows.length} sent messages answered once, ` +
        `after ${((Date.now() - queueWaitStarted) / 1000).toFixed(0)} s for the queue` +
        (pending > 0 ? `, ${pending} jobs still pending` : '') +
        (failedJobs > 0 ? `, ${failedJobs} jobs failed` : '');
      if (pending > 0) repliesMissing = Math.max(repliesMissing, pending);
    }

    step('replies counted');
    // A 5xx (or a cut connection) is the killed replica's when it arrived right after the kill: the request was in
    // flight there (nginx does not pass a POST on once it was sent).
    const windowEnd = killedAt + 2_000;
    const outside = stats.fiveXx.filter((f) => !killedAt || f.at < killedAt || f.at > windowEnd);
    const inWindow = stats.fiveXx.length - outside.length;

    console.log(
      `one replica   ${one.rps.toFixed(1)} requests/s (${one.acknowledged.length} acknowledged in ${one.seconds.toFixed(1)} s)`,
    );
    console.log(
      `two replicas  ${two.rps.toFixed(1)} requests/s (${two.acknowledged.length} acknowledged in ${two.seconds.toFixed(1)} s)`,
    );
    console.log(
      `with a kill   ${fault.rps.toFixed(1)} requests/s (${fault.acknowledged.length} acknowledged in ${fault.seconds.toFixed(1)} s, one replica killed with SIGKILL halfway and restarted)`,
    );
    console.log(
      `5xx           ${inWindow} from requests in flight at the kill (retried with their key), ${outside.length} other`,
    );
    for (const f of outside.slice(0, 5)) {
      console.log(`  other 5xx   ${f.status} ${killedAt ? `${f.at - killedAt} ms after the kill` : ''} (${f.key})`);
    }
    console.log(
      `refused       ${stats.refused.length}${stats.refused.length ? ` (first: ${stats.refused[0].error})` : ''}`,
    );
    console.log(`lost          ${lost}`);
    console.log(`doubled       ${doubled}`);
    console.log(`replies       ${replies}`);
    console.log(`replies missing ${repliesMissing}${repliesDoubled ? `, doubled ${repliesDoubled}` : ''}`);
    const total = MESSAGES * 3;
    const ok =
      lost === 0 &&
      doubled === 0 &&
      repliesMissing === 0 &&
      repliesDoubled === 0 &&
      outside.length === 0 &&
      inWindow <= CLIENTS &&
      stats.refused.length === 0 &&
      acknowledged.length === total;
    console.log(ok ? 'check         OK' : `check         FAILED (${acknowledged.length} of ${total} acknowledged)`);
    if (!ok) failed = true;
  } finally {
    await db.end();
  }
}

async function cleanUp() {
  for (const child of children) child.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  await idp?.close().catch(() => {});
  try {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  } catch (error) {
    console.error(`could not drop the database ${dbName}: ${error.message}`);
  }
  rmSync(temp, { recursive: true, force: true });
}

process.once('SIGINT', () => {
  failed = true;
  void cleanUp().then(() => process.exit(130));
});
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`replicas test failed: ${error.stack ?? error}`);
  for (const child of children) if (child.lastError?.()) console.error(child.lastError());
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);

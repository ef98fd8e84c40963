import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { createPgliteDatabase } from '../db/pglite.js';
import { createPostgresDatabase } from '../db/postgres.js';
import { UNAVAILABLE_MESSAGE } from '../http/unavailable.js';
import { CookieJar } from '../test/cookie-jar.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

/**
 * The database goes away under a running portal, and comes back. On PostgreSQL for real: the portal talks to it
 * through a TCP proxy the test closes (every connection cut, new ones refused) and opens again. On PGlite, the
 * queries go to a PGlite that was closed while the database is "down".
 */

const TEMPLATE = `<!doctype html><html lang="<!--app-lang-->"><head><title><!--app-title--></title><!--app-head--></head>
<body><div id="czp-root"><!--app-html--></div><!--app-boot--></body></html>`;

// The shell's contract for a page while the database is away: public pages it can draw are 200, the rest 503.
const ENTRY_SERVER = `
export function render(url, ctx) {
  const path = new URL(url, 'http://x').pathname;
  const known = path === '/accessibility' || ctx.catalogue.services.some((s) => path === '/services/' + s.id);
  return {
    html: '<header>frame</header><main data-unavailable="' + (ctx.unavailable === true) + '" data-person="' +
      (ctx.session.person ? ctx.session.person.name : '') + '">' + ctx.catalogue.services.length + ' services</main>',
    head: '',
    status: ctx.unavailable ? (known ? 200 : 503) : 200,
  };
}`;

/** A TCP proxy to PostgreSQL that can be cut (closing every connection and refusing new ones) and restored. */
class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target);
      this.sockets.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.sockets.delete(client);
        this.sockets.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

const postgresUrl = process.env.CZP_TEST_DATABASE_URL;
let db: Database;
let portalDb: Database;
let proxy: CuttableProxy | null = null;
let down = false;
let closedPglite: Database | null = null;
let dir: string;
let app: FastifyInstance;

/** On PGlite: the portal's database, answering from a closed PGlite while down. */
function switchable(inner: Database, closed: Database): Database {
  const current = () => (down ? closed : inner);
  return {
    kind: inner.kind,
    query: (sql, params) => current().query(sql, params),
    exec: (sql) => current().exec(sql),
    transaction: (fn) => current().transaction(fn),
    close: () => inner.close(),
  };
}

async function cut() {
  if (proxy) await proxy.cut();
  down = true;
}
async function restore() {
  if (proxy) await proxy.open();
  down = false;
}

beforeAll(async () => {
  db = await createTestDatabase();
  if (postgresUrl) {
    const url = new URL(postgresUrl);
    proxy = new CuttableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    await proxy.open();
    const [row] = await db.query<{ schema: string }>('select current_schema() as schema');
    url.host = `127.0.0.1:${proxy.port}`;
    portalDb = await createPostgresDatabase(url.href, { schema: row?.schema as string, max: 2 });
  } else {
    closedPglite = await createPgliteDatabase();
    await closedPglite.close();
    portalDb = switchable(db, closedPglite);
  }
  dir = await mkdtemp(join(tmpdir(), 'czp-down-'));
  const shellDir = join(dir, 'shell');
  await mkdir(join(shellDir, 'client'), { recursive: true });
  await mkdir(join(shellDir, 'server'), { recursive: true });
  await writeFile(join(shellDir, 'client/index.html'), TEMPLATE);
  await writeFile(join(shellDir, 'server/entry-server.js'), ENTRY_SERVER);
  const store = new FileBundleStore(join(dir, 'remotes'));
  await publishBundle(db, store, { metadata: serviceMetadata('telc'), version: '1.0.0', files: bundleFiles('telc') });
  app = await buildApp({
    db: portalDb,
    store,
    version: '1.0.0',
    shellDir,
    sessionSecret: 'u'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
    publicUrl: 'http://portal.test',
  });
}, 60_000);
afterAll(async () => {
  await app.close();
  if (proxy) {
    await portalDb.close().catch(() => {});
    await proxy.cut();
  }
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('with the database away', () => {
  it('draws pages in the frame with "temporarily unavailable" (503, Retry-After), never raw JSON; public ones still work', async () => {
    // A first page while the database is there: the server keeps this catalogue.
    const before = await app.inject('/services/telc');
    expect(before.statusCode).toBe(200);
    await cut();
    try {
      for (const url of ['/', '/data-box', '/profile', '/services/znojmo', '/consent?returnTo=%2F', '/auth/login']) {
        const response = await app.inject({ url, headers: { 'accept-language': 'en' } });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['retry-after'], url).toBe('30');
        expect(response.headers['content-type'], url).toMatch(/^text\/html/);
        expect(response.body, url).toContain('<header>frame</header>');
        expect(response.body, url).toContain('data-unavailable="true"');
        expect(response.body, url).toContain('"unavailable":true');
        expect(response.body, url).not.toMatch(/"error":"internal"|ECONNREFUSED|closed/i);
      }
      // Public pages the shell can draw without the database: the information pages, a service from the last
      // good catalogue, kept in memory.
      for (const url of ['/accessibility', '/services/telc']) {
        const response = await app.inject(url);
        expect(response.statusCode, url).toBe(200);
        expect(response.body, url).toContain('data-unavailable="true"');
        expect(response.body, url).toContain('1 services');
      }
    } finally {
      await restore();
    }
  });

  it('answers API calls 503 JSON unavailable, and health only its status', async () => {
    const jar = new CookieJar();
    const start = await app.inject('/auth/login');
    jar.store(start.headers['set-cookie']);
    const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
    const callback = await app.inject({
      url: `/auth/callback?${new URLSearchParams({ code: 'jan:high', state })}`,
      headers: { cookie: jar.header() },
    });
    jar.store(callback.headers['set-cookie']);
    await cut();
    try {
      for (const url of ['/api/catalogue', '/api/session', '/api/my-services', '/api/services/data-box/box']) {
        const response = await app.inject({ url, headers: { cookie: jar.header() } });
        expect(response.statusCode, url).toBe(503);
        expect(response.headers['retry-after'], url).toBe('30');
        expect(response.json(), url).toEqual({ error: 'unavailable', message: UNAVAILABLE_MESSAGE });
      }
      const health = await app.inject('/api/health');
      expect(health.statusCode).toBe(503);
      expect(Object.keys(health.json())).toEqual(['status']);
      expect(health.body).not.toMatch(/ECONNREFUSED|closed|czp_test|5432/i);
    } finally {
      await restore();
    }
  });

  it('comes back on its own when the database returns', async () => {
    await cut();
    expect((await app.inject('/data-box')).statusCode).toBe(503);
    await restore();
    const page = await app.inject('/data-box');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-unavailable="false"');
    expect((await app.inject('/api/catalogue')).statusCode).toBe(200);
    expect((await app.inject('/api/health')).json()).toMatchObject({ status: 'ok' });
  });
});

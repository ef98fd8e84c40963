import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueSchema } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { FileBundleStore } from './catalogue/bundle-store.js';
import { publishBundle, sriIntegrity } from './catalogue/publishing/publish.js';
import type { Database } from './db/database.js';
import { CSRF_MESSAGE } from './http/csrf.js';
import { bundleFiles, serviceMetadata } from './test/fixtures.js';
import { rawGet } from './test/raw-request.js';
import { createTestDatabase } from './test/test-database.js';

let db: Database;
let dir: string;
let app: FastifyInstance;
let store: FileBundleStore;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-app-'));
  store = new FileBundleStore(join(dir, 'remotes'));
  for (const [id, name] of [
    ['znojmo', 'Znojmo'],
    ['telc', 'Telč'],
    ['lysa', 'Lysá nad Labem'],
  ] as const) {
    const metadata = serviceMetadata(id, { name: { cs: name, en: name } });
    await publishBundle(db, store, { metadata, version: '1.0.0', files: bundleFiles(id, '1.0.0') });
  }
  app = await buildApp({
    db,
    store,
    version: '9.8.7',
    sessionSecret: 'x'.repeat(32),
    remoteFailuresRateLimit: { max: 8, timeWindow: '1 minute' },
  });
});
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function csrf(): Promise<{ token: string; cookie: string }> {
  const response = await app.inject({ method: 'GET', url: '/api/csrf-token' });
  expect(response.statusCode).toBe(200);
  const setCookie = String(response.headers['set-cookie']);
  expect(setCookie).toMatch(/czp_csrf=[^;]+;.*HttpOnly/i);
  expect(setCookie).toMatch(/SameSite=Strict/i);
  expect(setCookie).toMatch(/Path=\//);
  return { token: response.json().token, cookie: setCookie.split(';')[0] as string };
}

describe('GET /api/health', () => {
  // The version and the database's details are for operators only (operations/operations.test.ts).
  it('tells an anonymous caller only that it is up', async () => {
    const response = await app.inject('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is degraded (503) when the database fails', async () => {
    const failing: Database = { ...db, query: async () => Promise.reject(new Error('connection refused')) };
    const broken = await buildApp({ db: failing, store, version: '1.0.0' });
    const response = await broken.inject('/api/health');
    expect(response.statusCode).toBe(503);
    // The driver's error (it may name the database) is not shown to an anonymous caller.
    expect(response.json()).toEqual({ status: 'degraded' });
    await broken.close();
  });
});

describe('GET /api/catalogue', () => {
  it('lists active services in the contract shape, sorted by Czech name', async () => {
    const response = await app.inject('/api/catalogue');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    const body = catalogueSchema.parse(response.json());
    expect(body.services.map((s) => s.name.cs)).toEqual(['Lysá nad Labem', 'Telč', 'Znojmo']);
    const telc = body.services[1];
    expect(telc).toMatchObject({
      id: 'telc',
      version: '1.0.0',
      manifestUrl: '/remotes/telc/1.0.0/mf-manifest.json',
      entryUrl: '/remotes/telc/1.0.0/remoteEntry.js',
      federationName: 'czp_telc',
      preload: {
        js: ['/remotes/telc/1.0.0/assets/app-1.js', '/remotes/telc/1.0.0/assets/dep-1.js'],
        css: ['/remotes/telc/1.0.0/assets/app-1.css'],
      },
    });
    expect(new Date(telc?.publishedAt ?? '').toISOString()).toBe(telc?.publishedAt);
  });

  it('has a strong ETag and answers 304 when it matches', async () => {
    const first = await app.inject('/api/catalogue');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
    const second = await app.inject({ url: '/api/catalogue', headers: { 'if-none-match': etag } });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    const stale = await app.inject({ url: '/api/catalogue', headers: { 'if-none-match': '"other"' } });
    expect(stale.statusCode).toBe(200);
  });
});

describe('GET /remotes/:serviceId/:version/*', () => {
  it('serves hashed assets immutable with the JS content type', async () => {
    const response = await app.inject('/remotes/telc/1.0.0/assets/app-1.js');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe(bundleFiles('telc', '1.0.0').get('assets/app-1.js')?.toString());
    const css = await app.inject('/remotes/telc/1.0.0/assets/app-1.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('revalidates the manifest and the entry by ETag', async () => {
    const entry = await app.inject('/remotes/telc/1.0.0/remoteEntry.js');
    expect(entry.statusCode).toBe(200);
    expect(entry.headers['cache-control']).toBe('no-cache');
    expect(entry.headers.etag).toBe(`"${sriIntegrity(bundleFiles('telc', '1.0.0').get('remoteEntry.js') as Buffer)}"`);
    const again = await app.inject({
      url: '/remotes/telc/1.0.0/remoteEntry.js',
      headers: { 'if-none-match': entry.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    const manifest = await app.inject('/remotes/telc/1.0.0/mf-manifest.json');
    expect(manifest.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.json().name).toBe('czp_telc');
  });

  it('answers 404 JSON for unknown services, versions and files', async () => {
    const cases = [
      ['/remotes/nowhere/1.0.0/remoteEntry.js', 'There is no published service "nowhere"'],
      ['/remotes/telc/2.0.0/remoteEntry.js', 'Version 2.0.0 of the service "telc" is not published'],
      ['/remotes/telc/1.0.0/assets/missing.js', 'Version 1.0.0 of "telc" has no file "assets/missing.js"'],
    ];
    for (const [url, message] of cases) {
      const response = await app.inject(url as string);
      expect(response.statusCode, url).toBe(404);
      expect(response.json()).toEqual({ error: 'not-found', message });
    }
  });

  it('never serves a file outside the version folder', async () => {
    const attempts = [
      '/remotes/telc/1.0.0/../../../etc/passwd',
      '/remotes/telc/1.0.0/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/remotes/telc/1.0.0/%2e%2e/%2e%2e/secret',
      '/remotes/telc/1.0.0/assets%5c..%5c..%5csecret',
      '/remotes/telc/1.0.0/%2fetc%2fpasswd',
      '/remotes/telc/1.0.0/assets/%00app-1.js',
    ];
    for (const url of attempts) {
      const response = await app.inject(url);
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.headers['content-type'], url).toMatch(/^application\/json/);
      expect(response.body, url).not.toContain('root:');
    }
  });

  it('refuses raw traversal sent over a real socket (no client-side normalising)', async () => {
    const raw = (path: string) => rawGet(app, path);
    for (const path of [
      '/remotes/telc/1.0.0/../../../../etc/passwd',
      '/remotes/telc/1.0.0/assets\\..\\remoteEntry.js',
      '/remotes/telc/1.0.0/assets/%2e%2e/remoteEntry.js',
      '/remotes/telc/1.0.0/assets/..%5cremoteEntry.js',
    ]) {
      const response = await raw(path);
      expect(response.status, path).toBe(400);
      expect(JSON.parse(response.body), path).toEqual({
        error: 'bad-path',
        message: 'A remote file path may not leave its version folder',
      });
    }
  });
});

describe('CSRF protection', () => {
  const report = {
    serviceId: 'telc',
    version: '1.0.0',
    reason: 'timeout',
    message: 'took too long',
    page: '/services/telc',
  };

  it('refuses a mutating call without a token', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/remote-failures', payload: report });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'csrf', message: CSRF_MESSAGE });
  });

  it('refuses a wrong token, and a token without its cookie', async () => {
    const { cookie, token } = await csrf();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/remote-failures',
      headers: { cookie, 'x-csrf-token': `${token}x` },
      payload: report,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error).toBe('csrf');
    const noCookie = await app.inject({
      method: 'POST',
      url: '/api/remote-failures',
      headers: { 'x-csrf-token': token },
      payload: report,
    });
    expect(noCookie.statusCode).toBe(403);
    const deleteCall = await app.inject({ method: 'DELETE', url: '/api/anything' });
    expect(deleteCall.statusCode).toBe(403);
  });
});

describe('POST /api/remote-failures', () => {
  it('records a report (202) and validates every field with a specific message', async () => {
    const { cookie, token } = await csrf();
    const post = (payload: unknown) =>
      app.inject({
        method: 'POST',
        url: '/api/remote-failures',
        headers: { cookie, 'x-csrf-token': token },
        payload: payload as object,
        remoteAddress: '192.0.2.1',
      });
    const good = {
      serviceId: 'telc',
      version: '1.0.0',
      reason: 'load-failed',
      message: 'ChunkLoadError',
      page: '/services/telc',
    };

    const accepted = await post(good);
    expect(accepted.statusCode).toBe(202);
    const { id } = accepted.json();
    const [row] = await db.query<{ service_id: string; reason: string; page: string }>(
      'select service_id, reason, page from remote_failure_reports where id = $1',
      [id],
    );
    expect(row).toEqual({ service_id: 'telc', reason: 'load-failed', page: '/services/telc' });

    const invalid: [unknown, string, string][] = [
      [{ ...good, reason: 'exploded' }, 'reason', 'reason must be one of load-failed, timeout, crashed, integrity'],
      [{ ...good, reason: undefined }, 'reason', 'reason is required'],
      [{ ...good, message: 'x'.repeat(501) }, 'message', 'message must be at most 500 characters'],
      [{ ...good, page: 'https://evil.example/' }, 'page', 'page must be a path starting with / (not a full URL)'],
    ];
    for (const [payload, field, message] of invalid) {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: 'validation', field, message });
    }
    const unknown = await post({ ...good, serviceId: 'atlantis' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('There is no service "atlantis" in the catalogue');
  });

  it('is rate limited with a clear message', async () => {
    const { cookie, token } = await csrf();
    const payload = { serviceId: 'telc', reason: 'crashed', message: 'x', page: '/' };
    const headers = { cookie, 'x-csrf-token': token, 'x-forwarded-for': '10.0.0.1' };
    const statuses: number[] = [];
    let last: { statusCode: number; json(): { error: string; message: string } } | undefined;
    for (let i = 0; i < 10; i++) {
      last = await app.inject({
        method: 'POST',
        url: '/api/remote-failures',
        headers,
        payload,
        remoteAddress: '192.0.2.9',
      });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 202, 202, 429, 429]);
    expect(last?.json().error).toBe('rate-limited');
    expect(last?.json().message).toMatch(/^Too many requests; try again in /);
  });
});

describe('errors and security headers', () => {
  it('answers unknown /api paths with 404 JSON', async () => {
    const response = await app.inject('/api/nope');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not-found', message: 'There is nothing at GET /api/nope' });
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await app.inject('/api/health');
    const csp = response.headers['content-security-policy'] as string;
    // A fresh nonce per response (the page's import map); otherwise only the portal's own origin.
    expect(csp).toMatch(
      new RegExp(
        "^default-src 'self';script-src 'self' 'nonce-[0-9a-f]{32}';style-src 'self' 'nonce-[0-9a-f]{32}';" +
          "img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';" +
          "form-action 'self';frame-ancestors 'none'$",
      ),
    );
    const again = (await app.inject('/api/health')).headers['content-security-policy'];
    expect(again).not.toBe(csp);
    expect(csp).not.toContain('unsafe');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // frame-ancestors 'none' governs framing; X-Frame-Options: SAMEORIGIN contradicted it.
    expect(response.headers['x-frame-options']).toBeUndefined();
  });

  it('compresses text responses', async () => {
    const response = await app.inject({ url: '/api/catalogue', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
  });
});

describe('a published file missing from the store', () => {
  it('is a 404 JSON, not a JavaScript response', async () => {
    await rm(join(dir, 'remotes/znojmo/1.0.0/assets/dep-1.js'));
    const response = await app.inject('/remotes/znojmo/1.0.0/assets/dep-1.js');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers.etag).toBeUndefined();
    expect(response.json().message).toBe('The file "assets/dep-1.js" of znojmo 1.0.0 is missing from storage');
  });
});

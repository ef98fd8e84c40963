import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { createIssuer } from '../catalogue/publisher-api/issuers.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { rawRequest } from '../test/raw-request.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { CSRF_MESSAGE } from './csrf.js';

let db: Database;
let app: FastifyInstance;
/** Jan's browser: signed in, consented; its cookies are what a same-site attacker's form would ride on. */
const jar = new CookieJar();
let csrfToken = '';
let publisherToken = '';

beforeAll(async () => {
  db = await createTestDatabase();
  app = await buildApp({
    db,
    store: new FileBundleStore('/nonexistent'),
    version: '1.0.0',
    sessionSecret: 'c'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
    publicUrl: 'http://portal.test',
  });
  const send = async (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}, payload?: object) => {
    const response = await app.inject({
      method,
      url,
      headers: { ...headers, cookie: jar.header() },
      ...(payload ? { payload } : {}),
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  const start = await send('GET', '/auth/login');
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  await send('GET', `/auth/callback?${new URLSearchParams({ code: 'jan:high', state })}`);
  csrfToken = (await send('GET', '/api/csrf-token')).json().token;
  expect((await send('POST', '/api/consent', { 'x-csrf-token': csrfToken }, { consent: 'given' })).statusCode).toBe(
    200,
  );
  publisherToken = (
    await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Telč' }, ico: '00286711' })
  ).token.token;
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
});

const MESSAGE = JSON.stringify({ recipient: 'mesto-telc', subject: 'Hello', body: 'Sent by somebody else' });

/**
 * Spellings of one route's path: those the router resolves to the same handler as the plain one (percent-encoded
 * letters, absolute form), and those it resolves to nothing (dot segments, double slashes, `%2F`, `;`).
 */
function spellings(path: string): string[] {
  const rest = path.slice('/api'.length);
  const last = path.at(-1) ?? 'x';
  return [
    path,
    `/%61pi${rest}`,
    `/ap%69${rest}`,
    `${path.slice(0, -1)}%${last.charCodeAt(0).toString(16).toUpperCase()}`,
    `http://127.0.0.1${path}`,
    `http://evil.example${path}`,
    `${path}?x=1`,
    `/%41pi${rest}`,
    `/%2561pi${rest}`,
    `//api${rest}`,
    `/api/.${rest}`,
    `/api/x/..${rest}`,
    `/api${rest.replace('/', '%2F')}`,
    `/api${rest.replace('/', '%2f')}`,
    `/api;x${rest}`,
    `${path};x`,
  ];
}

describe('CSRF is decided by the route the router matched, not the raw request target', () => {
  const cases: Array<{ method: string; path: string; body?: string }> = [
    { method: 'POST', path: '/api/services/data-box/messages', body: MESSAGE },
    { method: 'POST', path: '/api/consent', body: JSON.stringify({ consent: 'declined' }) },
    {
      method: 'PUT',
      path: '/api/services/data-box/notifications',
      body: JSON.stringify({ email: 'evil@example.com' }),
    },
    { method: 'DELETE', path: '/api/my-services/telc' },
    { method: 'PUT', path: '/api/my-services/telc' },
    { method: 'POST', path: '/api/session/extend' },
  ];
  for (const { method, path, body } of cases) {
    it(`refuses ${method} ${path} in every spelling without the token (403 csrf)`, async () => {
      for (const target of spellings(path)) {
        const response = await rawRequest(app, {
          method,
          target,
          headers: { cookie: jar.header() },
          ...(body ? { body } : {}),
        });
        expect(response.status, `${method} ${target}: ${response.status} ${response.body}`).toBe(403);
        expect(JSON.parse(response.body)).toEqual({ error: 'csrf', message: CSRF_MESSAGE });
      }
    });
  }

  it('resolves the percent-encoded and absolute-form spellings to the route (so the refusal above is the check)', async () => {
    for (const target of ['/%61pi/my-services', '/ap%69/my-services', `http://evil.example/api/my-services`]) {
      const response = await rawRequest(app, { method: 'GET', target, headers: { cookie: jar.header() } });
      expect(response.status, target).toBe(200);
    }
  });

  it('lets the same calls through with the token', async () => {
    const response = await rawRequest(app, {
      method: 'DELETE',
      target: '/%61pi/my-services/telc',
      headers: { cookie: jar.header(), 'x-csrf-token': csrfToken },
    });
    expect(response.status).toBe(200);
  });

  it('refuses a plain form post to logout without its _csrf field, whatever the spelling', async () => {
    for (const target of ['/auth/logout', '/%61uth/logout', 'http://evil.example/auth/logout']) {
      const response = await rawRequest(app, {
        method: 'POST',
        target,
        headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: 'x=1',
      });
      expect(response.status, target).toBe(403);
    }
  });

  it('keeps the publishing API working by bearer token alone, in any spelling', async () => {
    for (const target of [
      '/api/publisher/tokens',
      '/%61pi/publisher/tokens',
      'http://evil.example/api/publisher/tokens',
    ]) {
      const response = await rawRequest(app, {
        method: 'POST',
        target,
        headers: { authorization: `Bearer ${publisherToken}`, 'user-agent': 'czp-cli/test' },
        body: JSON.stringify({ name: `ci ${target.length}` }),
      });
      expect(response.status, `${target}: ${response.body}`).toBe(201);
    }
    const withoutToken = await rawRequest(app, {
      method: 'POST',
      target: '/%61pi/publisher/tokens',
      headers: { cookie: jar.header() },
      body: JSON.stringify({ name: 'by cookie' }),
    });
    expect(withoutToken.status).toBe(401);
  });
});

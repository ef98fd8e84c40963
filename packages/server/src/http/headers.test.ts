import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppOptions, buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

let db: Database;
const apps: FastifyInstance[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
}, 30_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await db.close();
});

async function portal(overrides: Partial<AppOptions> = {}) {
  const app = await buildApp({
    db,
    store: new FileBundleStore('/nonexistent'),
    version: '1.0.0',
    sessionSecret: 'h'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová' }),
    publicUrl: 'http://portal.test',
    ...overrides,
  });
  apps.push(app);
  return app;
}

describe('security headers', () => {
  it('send HSTS only when the public URL is https, never X-Frame-Options, and a Permissions-Policy denying devices', async () => {
    const plain = await (await portal()).inject('/api/session');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['x-frame-options']).toBeUndefined();
    expect(plain.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const policy = String(plain.headers['permissions-policy']);
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid']) {
      expect(policy, feature).toContain(`${feature}=()`);
    }
    // Chrome warns on every page about a feature it does not know.
    expect(policy).not.toContain('bluetooth');
    const https = await (await portal({ publicUrl: 'https://portal.example', secureCookies: true })).inject(
      '/api/session',
    );
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(https.headers['x-frame-options']).toBeUndefined();
  });
});

describe('the CSRF secret', () => {
  /** A browser on one portal: cookies kept, a login through the scripted provider. */
  function browser(app: FastifyInstance) {
    const jar = new CookieJar();
    const send = async (options: { method?: 'GET' | 'POST'; url: string; headers?: Record<string, string> }) => {
      const response = await app.inject({
        method: options.method ?? 'GET',
        url: options.url,
        headers: { ...options.headers, cookie: jar.header() },
        ...(options.method === 'POST' ? { payload: {} } : {}),
      });
      jar.store(response.headers['set-cookie']);
      return response;
    };
    const token = async () => (await send({ url: '/api/csrf-token' })).json().token as string;
    const login = async (subject: string) => {
      const start = await send({ url: '/auth/login' });
      const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
      return send({ url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}` });
    };
    const extend = (csrf: string) =>
      send({ method: 'POST', url: '/api/session/extend', headers: { 'x-csrf-token': csrf } });
    return { jar, send, token, login, extend };
  }

  it('is __Host- prefixed over HTTPS (with the session cookie), plain czp_csrf over http', async () => {
    const secure = browser(await portal({ publicUrl: 'https://portal.example', secureCookies: true }));
    const response = await secure.send({ url: '/api/csrf-token' });
    expect(String(response.headers['set-cookie'])).toMatch(
      /^__Host-czp_csrf=.*; Path=\/; HttpOnly; Secure; SameSite=Strict/,
    );
    const plain = browser(await portal());
    expect(String((await plain.send({ url: '/api/csrf-token' })).headers['set-cookie'])).toMatch(/^czp_csrf=/);
  });

  it('is rotated at login and logout, and a token is bound to the session it was issued in', async () => {
    const b = browser(await portal());
    const before = await b.token();
    const secretBefore = b.jar.get('czp_csrf');
    const callback = await b.login('jan');
    // The login clears the secret: the next token comes from a new one.
    expect(String(callback.headers['set-cookie'])).toMatch(/czp_csrf=;/);
    expect(b.jar.get('czp_csrf')).toBeUndefined();
    // A token from before the login is worth nothing in the session after it.
    expect((await b.extend(before)).statusCode).toBe(403);
    const during = await b.token();
    expect(b.jar.get('czp_csrf')).not.toBe(secretBefore);
    expect((await b.extend(during)).statusCode).toBe(200);
    // Another session (the same secret cookie, another session cookie): the token does not carry over.
    const session = b.jar.get('czp_session') as string;
    const other = browser(apps.at(-1) as FastifyInstance);
    await other.login('eva');
    b.jar.set('czp_session', other.jar.get('czp_session') as string);
    expect((await b.extend(during)).statusCode).toBe(403);
    b.jar.set('czp_session', session);
    const logout = await b.send({
      method: 'POST',
      url: '/auth/logout',
      headers: { 'x-csrf-token': during },
    });
    expect(logout.statusCode).toBe(303);
    expect(String(logout.headers['set-cookie'])).toMatch(/czp_csrf=;/);
  });
});

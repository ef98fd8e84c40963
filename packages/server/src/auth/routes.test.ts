import { sessionViewSchema } from '@czp/contract/schemas';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppOptions, buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { CSRF_MESSAGE } from '../http/csrf.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { hashId } from './tokens.js';

let db: Database;
let app: FastifyInstance;
let clock = new Date('2026-11-27T09:00:00.000Z');
const provider = scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová' });
const IDLE_MS = 15 * 60 * 1000;

/** A portal server on the test database with the scripted provider and the test clock; replicas share the database. */
function portalApp(overrides: Partial<AppOptions> = {}) {
  return buildApp({
    db,
    store: new FileBundleStore('/nonexistent'),
    version: '1.0.0',
    sessionSecret: 's'.repeat(32),
    identityProvider: provider,
    publicUrl: 'http://portal.test',
    sessionPolicy: { idleTimeoutMs: IDLE_MS, absoluteTimeoutMs: 10 * 60 * 60 * 1000 },
    now: () => clock,
    ...overrides,
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  app = await portalApp();
}, 30_000); // PGlite and the provider start slowly on a busy 2-core machine
afterAll(async () => {
  await app.close();
  await db.close();
});
beforeEach(() => {
  clock = new Date('2026-11-27T09:00:00.000Z');
});

/** A browser: a cookie jar, and requests that send and keep cookies. */
function browser(server: FastifyInstance = app) {
  const jar = new CookieJar();
  const request = async (options: InjectOptions & { url: string }) => {
    const response = await server.inject({
      ...options,
      headers: { ...(options.headers ?? {}), cookie: jar.header() },
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  const csrf = async () => (await request({ method: 'GET', url: '/api/csrf-token' })).json<{ token: string }>().token;
  /** POST /api/consent with the CSRF token, as the consent page does. */
  const answerConsent = async (consent: string) =>
    request({ method: 'POST', url: '/api/consent', headers: { 'x-csrf-token': await csrf() }, payload: { consent } });
  /** /auth/login: where it sends the browser, and the state it sent. */
  const startLogin = async (query = '') => {
    const response = await request({ method: 'GET', url: `/auth/login${query}` });
    expect(response.statusCode).toBe(303);
    return { response, state: new URL(String(response.headers.location)).searchParams.get('state') ?? '' };
  };
  /** The provider sends the browser back. */
  const callback = (params: Record<string, string>) =>
    request({ method: 'GET', url: `/auth/callback?${new URLSearchParams(params)}` });
  /** /auth/login, then the provider sends the browser back with `code`. */
  const login = async (code: string, query = '') => callback({ code, state: (await startLogin(query)).state });
  const session = async () => (await request({ method: 'GET', url: '/api/session' })).json();
  return { jar, request, csrf, answerConsent, startLogin, callback, login, session };
}

describe('login', () => {
  it('sends the browser to the provider with a fresh state, and keeps the login server-side', async () => {
    const b = browser();
    const response = await b.request({ method: 'GET', url: '/auth/login?returnTo=/data' });
    expect(response.statusCode).toBe(303);
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe('https://idp.test');
    const loginCookie = b.jar.get('czp_login');
    expect(loginCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    // Only a hash of the cookie is stored, with the state sent to the provider.
    const [row] = await db.query<{ state: string; return_to: string }>(
      'select state, return_to from login_transactions where id_hash = $1',
      [hashId(loginCookie ?? '')],
    );
    expect(row).toEqual({ state: location.searchParams.get('state'), return_to: '/data' });
  });

  it('logs in, creates a session in the database and returns to the page, via the consent on first login', async () => {
    const b = browser();
    const callback = await b.login('jan:substantial', '?returnTo=%2Fdata-box');
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/consent?returnTo=%2Fdata-box');
    const sessionId = b.jar.get('czp_session') ?? '';
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.jar.get('czp_login')).toBeUndefined();
    const setCookie = ([] as string[])
      .concat(callback.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('czp_session='));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    const rows = await db.query('select level from sessions where id_hash = $1', [hashId(sessionId)]);
    expect(rows).toEqual([{ level: 'substantial' }]);

    const view = await b.session();
    expect(view).toMatchObject({
      person: { name: 'Jan Novák', levelOfAssurance: 'substantial' },
      consent: 'pending',
      expiresAt: new Date(clock.getTime() + IDLE_MS).toISOString(),
      idleTimeoutSeconds: 900,
      developmentIdentityProvider: true,
    });
    expect(sessionViewSchema.safeParse(view).success).toBe(true);
    // The pseudonymous id is the portal's own, never the provider's subject; no token reaches the browser.
    expect(view.person.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(view)).not.toContain('id-token');

    // Once consent is given, the next login goes straight back.
    const consent = await b.answerConsent('given');
    expect(consent.statusCode).toBe(200);
    const again = await b.login('jan:high', '?returnTo=%2Fdata-box');
    expect(again.headers.location).toBe('/data-box');
    expect(await b.session()).toMatchObject({
      person: { id: view.person.id, levelOfAssurance: 'high' },
      consent: 'given',
    });
  });

  it('never sends the citizen off the portal after login (open redirect)', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const b = browser();
      await b.login('eva:substantial', `?returnTo=${encodeURIComponent(returnTo)}`);
      const consent = await b.answerConsent('given');
      expect(consent.statusCode).toBe(200);
      const response = await b.login('eva:substantial', `?returnTo=${encodeURIComponent(returnTo)}`);
      expect(response.headers.location, returnTo).toBe('/');
    }
  });

  it('judges the return path after URL normalisation: dot segments, backslashes and tabs never make `//host`', async () => {
    const evil = [
      '/.//evil.example',
      '/..//evil.example',
      '/x/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example',
      '/./%2e//evil.example/x',
      '/\\evil.example',
      '/%5Cevil.example',
      '/\t/evil.example',
      '/\t\\evil.example',
      '\t//evil.example',
      '/\n/evil.example',
    ];
    const offPortal = (location: string) => {
      const target = new URL(location, 'http://portal.test');
      return location.startsWith('//') || location.includes('\\') || target.origin !== 'http://portal.test';
    };
    for (const returnTo of evil) {
      // A server of its own: these logins would use up the shared one's login rate limit.
      const server = await portalApp();
      const query = `?returnTo=${encodeURIComponent(returnTo)}`;
      // First login: the consent page gets the return path; it must be safe there too.
      await db.query("update persons set consent = 'pending'");
      const b = browser(server);
      const first = await b.login('eva:substantial', query);
      const consentTarget = new URL(String(first.headers.location), 'http://portal.test');
      expect(consentTarget.pathname, returnTo).toBe('/consent');
      const toConsent = consentTarget.searchParams.get('returnTo') ?? '';
      expect(offPortal(toConsent), `${returnTo} -> consent ${toConsent}`).toBe(false);
      expect((await b.answerConsent('given')).statusCode).toBe(200);
      // A citizen who consented before goes straight to the return path.
      const again = await b.login('eva:substantial', query);
      const location = String(again.headers.location);
      expect(offPortal(location), `${returnTo} -> ${location}`).toBe(false);
      // A failed login sends the citizen to /login with the return path: never an unsafe one.
      const { state } = await b.startLogin(query);
      const failed = await b.callback({ error: 'access_denied', state });
      const failedTarget = new URL(String(failed.headers.location), 'http://portal.test');
      expect(failedTarget.pathname).toBe('/login');
      expect(offPortal(failedTarget.searchParams.get('returnTo') ?? '/'), returnTo).toBe(false);
      await server.close();
    }
  }, 60_000); // a server per case (each has its own login rate limit), on a busy 2-core machine

  it('refuses a bad level with a message', async () => {
    const response = await browser().request({ method: 'GET', url: '/auth/login?level=extreme' });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toBe('level must be one of low, substantial, high');
  });

  it('asks the provider for the level a service needs, and refuses a weaker login', async () => {
    const b = browser();
    const { response, state } = await b.startLogin('?level=high&returnTo=/services/znojmo');
    expect(new URL(String(response.headers.location)).searchParams.get('acr_values')).toBe('high');
    expect(provider.lastRequest).toEqual({ state, level: 'high' });
    const callback = await b.callback({ code: 'jan:substantial', state });
    expect(callback.headers.location).toBe('/login?error=level-too-low&returnTo=%2Fservices%2Fznojmo');
    expect(b.jar.get('czp_session')).toBeUndefined();
  });
});

describe('step-up proves the same person', () => {
  const sessionRows = async () =>
    (await db.query<{ id_hash: string }>('select id_hash from sessions')).map((row) => row.id_hash);

  it('names the signed-in person to the provider (login_hint) and raises the level of the same session', async () => {
    const server = await portalApp();
    const b = browser(server);
    await b.login('eva:substantial');
    const { state } = await b.startLogin('?level=high&returnTo=/services/znojmo');
    expect(provider.lastRequest).toEqual({ state, level: 'high', loginHint: 'eva' });
    const callback = await b.callback({ code: 'eva:high', state });
    expect(String(callback.headers.location)).toMatch(/^\/(consent\?|services\/znojmo)/);
    expect(await b.session()).toMatchObject({ person: { name: 'Eva Svobodová', levelOfAssurance: 'high' } });
    await server.close();
  });

  it('refuses a step-up that comes back as somebody else: the old session stays, with its level', async () => {
    const server = await portalApp();
    const b = browser(server);
    await b.login('eva:substantial');
    const before = await b.session();
    const cookie = b.jar.get('czp_session');
    const { state } = await b.startLogin('?level=high&returnTo=/services/znojmo');
    const callback = await b.callback({ code: 'jan:high', state });
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/login?error=different-person&returnTo=%2Fservices%2Fznojmo');
    expect(b.jar.get('czp_session')).toBe(cookie);
    expect(await b.session()).toEqual(before);
    expect((await b.session()).person).toMatchObject({ name: 'Eva Svobodová', levelOfAssurance: 'substantial' });
    await server.close();
  });

  it('a plain login of another person ends the old session first: new id, old row deleted', async () => {
    const server = await portalApp();
    const b = browser(server);
    await b.login('eva:substantial');
    const old = b.jar.get('czp_session') ?? '';
    expect(await sessionRows()).toContain(hashId(old));
    const { state } = await b.startLogin();
    expect(provider.lastRequest).toEqual({ state });
    await b.callback({ code: 'jan:substantial', state });
    const renewed = b.jar.get('czp_session') ?? '';
    expect(renewed).not.toBe(old);
    expect(await sessionRows()).not.toContain(hashId(old));
    expect(await sessionRows()).toContain(hashId(renewed));
    expect((await b.session()).person).toMatchObject({ name: 'Jan Novák' });
    await server.close();
  });
});

describe('attacks on login', () => {
  it('a replayed callback finds no login in progress and gives no session', async () => {
    const b = browser();
    const { state } = await b.startLogin();
    const loginCookie = b.jar.get('czp_login') ?? '';
    const callbackUrl = `/auth/callback?${new URLSearchParams({ code: 'jan:substantial', state })}`;
    expect((await b.request({ method: 'GET', url: callbackUrl })).statusCode).toBe(303);

    const attacker = browser();
    attacker.jar.set('czp_login', loginCookie);
    const replay = await attacker.request({ method: 'GET', url: callbackUrl });
    expect(replay.statusCode).toBe(303);
    expect(replay.headers.location).toBe('/login?error=expired');
    expect(attacker.jar.get('czp_session')).toBeUndefined();
  });

  it('a state that is not the one sent is refused', async () => {
    const b = browser();
    await b.request({ method: 'GET', url: '/auth/login?returnTo=/data' });
    const response = await b.callback({ code: 'jan:high', state: 'forged-state' });
    expect(response.headers.location).toBe('/login?error=failed&returnTo=%2Fdata');
    expect(b.jar.get('czp_session')).toBeUndefined();
  });

  it('a callback without the login cookie (another browser, or forged) is refused', async () => {
    const b = browser();
    const { state } = await b.startLogin();
    b.jar.delete('czp_login');
    const response = await b.callback({ code: 'jan:high', state });
    expect(response.headers.location).toBe('/login?error=expired');
    expect(b.jar.get('czp_session')).toBeUndefined();
  });

  it('a login left for longer than ten minutes has expired', async () => {
    const b = browser();
    const { state } = await b.startLogin();
    clock = new Date(clock.getTime() + 11 * 60 * 1000);
    const response = await b.callback({ code: 'jan:high', state });
    expect(response.headers.location).toBe('/login?error=expired');
  });

  it('a cancelled login at the provider comes back as cancelled', async () => {
    const b = browser();
    const { state } = await b.startLogin('?returnTo=/profile');
    const response = await b.callback({ error: 'access_denied', state });
    expect(response.headers.location).toBe('/login?error=cancelled&returnTo=%2Fprofile');
  });

  it('session fixation: the session id planted before login is not the one after it, and is dead', async () => {
    const victim = browser();
    // An attacker got the victim's browser to hold a session id the attacker knows (their own session).
    const attacker = browser();
    await attacker.login('eva:substantial');
    const planted = attacker.jar.get('czp_session') ?? '';
    victim.jar.set('czp_session', planted);
    await victim.login('jan:substantial');
    const after = victim.jar.get('czp_session');
    expect(after).toBeTruthy();
    expect(after).not.toBe(planted);
    expect((await victim.session()).person.name).toBe('Jan Novák');
    expect((await attacker.session()).person).toBeNull();
  });

  it('a forged or missing session cookie gives no one', async () => {
    const b = browser();
    b.jar.set('czp_session', 'A'.repeat(43));
    expect(await b.session()).toMatchObject({ person: null, consent: null, expiresAt: null });
    const consent = await b.answerConsent('given');
    expect(consent.statusCode).toBe(401);
    expect(consent.json()).toEqual({ error: 'signed-out', message: 'Log in to continue.' });
    const nobody = browser();
    expect((await nobody.session()).person).toBeNull();
  });

  it('a session unused for longer than the idle timeout has ended, with a message, and stays ended', async () => {
    const b = browser();
    await b.login('jan:high');
    clock = new Date(clock.getTime() + IDLE_MS - 1000);
    // Activity restarts the idle clock...
    const extended = await b.request({
      method: 'POST',
      url: '/api/session/extend',
      headers: { 'x-csrf-token': await b.csrf() },
    });
    expect(extended.statusCode).toBe(200);
    expect(extended.json().expiresAt).toBe(new Date(clock.getTime() + IDLE_MS).toISOString());
    expect(extended.headers['x-session-expires-at']).toBe(extended.json().expiresAt);
    clock = new Date(clock.getTime() + IDLE_MS - 1000);
    expect((await b.session()).person?.name).toBe('Jan Novák');
    // ...inactivity ends it.
    clock = new Date(clock.getTime() + 2000);
    const response = await b.answerConsent('given');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: 'session-expired',
      message: 'Your session ended after 15 minutes without activity. Log in again.',
    });
    expect(b.jar.get('czp_session')).toBeUndefined();
    expect((await b.session()).person).toBeNull();
  });

  it('a session ends after ten hours however busy', async () => {
    const b = browser();
    await b.login('jan:high');
    const loginAt = clock.getTime();
    const tenHours = 10 * 60 * 60 * 1000;
    while (clock.getTime() + 14 * 60 * 1000 < loginAt + tenHours) {
      clock = new Date(clock.getTime() + 14 * 60 * 1000);
      const extended = await b.request({
        method: 'POST',
        url: '/api/session/extend',
        headers: { 'x-csrf-token': await b.csrf() },
      });
      expect(extended.statusCode).toBe(200);
    }
    expect((await b.session()).expiresAt).toBe(new Date(loginAt + tenHours).toISOString());
    // Less than the idle timeout since the last activity, but past ten hours since login.
    clock = new Date(loginAt + tenHours + 1000);
    expect((await b.session()).person).toBeNull();
  });
});

describe('consent', () => {
  it('is stored per person and validated', async () => {
    const b = browser();
    await b.login('eva:substantial');
    const bad = await b.answerConsent('maybe');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ message: 'consent must be "given" or "declined"', field: 'consent' });
    const declined = await b.answerConsent('declined');
    expect(declined.statusCode).toBe(200);
    expect((await b.session()).consent).toBe('declined');
  });

  it('needs the CSRF token (a cross-site POST has none)', async () => {
    const b = browser();
    await b.login('eva:substantial');
    const response = await b.request({ method: 'POST', url: '/api/consent', payload: { consent: 'given' } });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: 'csrf', message: CSRF_MESSAGE });
  });
});

describe('logout', () => {
  it('needs the CSRF token: a cross-site form cannot log anyone out', async () => {
    const b = browser();
    await b.login('jan:substantial');
    const response = await b.request({
      method: 'POST',
      url: '/auth/logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    expect(response.statusCode).toBe(403);
    expect((await b.session()).person?.name).toBe('Jan Novák');
  });

  it('ends the session here and sends the browser to end it at the provider too', async () => {
    const b = browser();
    await b.login('jan:substantial');
    const sessionId = b.jar.get('czp_session') ?? '';
    const response = await b.request({
      method: 'POST',
      url: '/auth/logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: await b.csrf() }).toString(),
    });
    expect(response.statusCode).toBe(303);
    const location = new URL(String(response.headers.location));
    expect(location.href).toBe(
      'https://idp.test/logout?id_token_hint=id-token-of-jan&post_logout_redirect_uri=http%3A%2F%2Fportal.test%2Flogged-out',
    );
    expect(b.jar.get('czp_session')).toBeUndefined();
    expect(await db.query('select 1 from sessions where id_hash = $1', [hashId(sessionId)])).toEqual([]);
    // The old cookie is worth nothing now.
    b.jar.set('czp_session', sessionId);
    expect((await b.session()).person).toBeNull();
  });

  it('without a session just shows the logged-out page', async () => {
    const b = browser();
    const response = await b.request({
      method: 'POST',
      url: '/auth/logout',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: await b.csrf() }).toString(),
    });
    expect(response.headers.location).toBe('/logged-out');
  });
});

describe('content security policy', () => {
  it('lets forms go on to the identity provider (logout redirects there) and nowhere else', async () => {
    const response = await browser().request({ method: 'GET', url: '/api/session' });
    expect(String(response.headers['content-security-policy'])).toContain("form-action 'self' https://idp.test");
  });
});

describe('sessions across replicas and over HTTPS', () => {
  it('a session made by one server is honoured by another on the same database', async () => {
    const replica = await portalApp();
    try {
      const b = browser();
      await b.login('jan:high');
      const response = await replica.inject({ url: '/api/session', headers: { cookie: b.jar.header() } });
      expect(response.json().person).toMatchObject({ name: 'Jan Novák', levelOfAssurance: 'high' });
    } finally {
      await replica.close();
    }
  });

  it('over HTTPS the cookies are Secure and __Host- prefixed', async () => {
    const secure = await portalApp({ publicUrl: 'https://portal.test', secureCookies: true });
    try {
      const jar = new CookieJar();
      const start = await secure.inject({ url: '/auth/login' });
      jar.store(start.headers['set-cookie']);
      expect(String(start.headers['set-cookie'])).toMatch(/^__Host-czp_login=[^;]+;.*Path=\/;.*HttpOnly;.*Secure/);
      const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
      const callback = await secure.inject({
        url: `/auth/callback?${new URLSearchParams({ code: 'eva:substantial', state })}`,
        headers: { cookie: jar.header() },
      });
      const session = ([] as string[])
        .concat(callback.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('__Host-czp_session='));
      expect(session).toMatch(/Path=\/;.*HttpOnly;.*Secure;.*SameSite=Lax/);
    } finally {
      await secure.close();
    }
  });
});

import { createServer } from 'node:net';
import { startDevIdentityProvider } from '@czp/dev-idp';
import { Browser, findForm, findLink, type Page, textOf, visibleText } from '@czp/dev-idp/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { type RunningIdentityProvider, startIdentityProvider } from '../development/identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { loadIdentityProviderConfig } from './config.js';

/**
 * The whole login, end to end over real HTTP: the portal's server (OpenID Connect client) and the bundled development
 * identity provider, each on its own port, driven by a cookie-keeping test browser.
 */

let db: Database;
let app: FastifyInstance;
let identity: RunningIdentityProvider;
let portal: string;
const logs: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, 'localhost', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  const [portalPort, idpPort] = [await freePort(), await freePort()];
  portal = `http://localhost:${portalPort}`;
  db = await createTestDatabase();
  identity = await startIdentityProvider(loadIdentityProviderConfig({ CZP_DEV_IDP_PORT: String(idpPort) }), {
    publicUrl: portal,
    log: { info: (message) => logs.push(message) },
  });
  app = await buildApp({
    db,
    store: new FileBundleStore('/nonexistent'),
    version: '1.0.0',
    sessionSecret: 'f'.repeat(32),
    identityProvider: identity.provider,
    publicUrl: portal,
  });
  await app.listen({ port: portalPort, host: 'localhost' });
}, 30_000); // PGlite and the provider start slowly on a busy 2-core machine
afterAll(async () => {
  await app.close();
  await identity.close();
  await db.close();
});

/** A browser that stops at the portal's callback, so a test can look at (or replay) it. */
const newBrowser = (stopAtCallback = false) => new Browser(stopAtCallback ? [`${portal}/auth/callback`] : []);

const session = async (browser: Browser) => JSON.parse((await browser.open(`${portal}/api/session`)).html);

async function loginWithPassword(browser: Browser, methods: Page, username: string, password: string) {
  const form = await browser.open(findLink(methods, 'method-password'));
  const sms = await browser.submit(form, 'password-form', { username, password });
  const code = textOf(sms, 'dev-sms-code') ?? '';
  expect(code).toMatch(/^\d{6}$/);
  expect(logs.some((line) => line.includes(`SMS code for ${username}: ${code}`))).toBe(true);
  return browser.submit(sms, 'sms-form', { code });
}

/** Does what a browser's script would do with a page that submits its only form at once (oidc-provider's). */
async function submitSelfSubmittingForm(browser: Browser, page: Page): Promise<Page> {
  const form = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/.exec(page.html);
  if (!form || !page.html.includes('document.forms[0].submit()')) return page;
  const fields = new URLSearchParams();
  for (const input of (form[2] ?? '').matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) {
    fields.append(input[1] ?? '', input[2] ?? '');
  }
  return browser.post(new URL(form[1] ?? '', page.url), fields);
}

async function loginWithCard(browser: Browser, methods: Page, card: string, pin: string) {
  const form = await browser.open(findLink(methods, 'method-card'));
  return browser.submit(form, 'card-form', { card, pin });
}

describe('login with the development identity provider', () => {
  it('name, password and SMS code: Jan Novák is signed in at the substantial level, and asked for consent', async () => {
    const browser = newBrowser();
    const methods = await browser.open(`${portal}/auth/login?returnTo=%2Fdata`);
    expect(methods.url.origin).not.toBe(portal);
    expect(methods.url.pathname).toMatch(/^\/interaction\//);
    expect(visibleText(methods)).toContain('Služba „Portál občana“ žádá o ověření vaší totožnosti.');
    const done = await loginWithPassword(browser, methods, 'jan.novak', 'Heslo.123');
    expect(done.url.href).toBe(`${portal}/consent?returnTo=%2Fdata`);
    expect(await session(browser)).toMatchObject({
      person: { name: 'Jan Novák', levelOfAssurance: 'substantial' },
      consent: 'pending',
    });
  });

  it('identity card: Jan Novák is signed in at the high level', async () => {
    const browser = newBrowser();
    const methods = await browser.open(`${portal}/auth/login?returnTo=%2Fprofile`);
    await loginWithCard(browser, methods, '000000001', '123456');
    expect(await session(browser)).toMatchObject({ person: { name: 'Jan Novák', levelOfAssurance: 'high' } });
  });

  it('the same citizen gets the same pseudonymous id with either method; another citizen another one', async () => {
    const first = newBrowser();
    await loginWithCard(first, await first.open(`${portal}/auth/login`), '000000001', '123456');
    const second = newBrowser();
    await loginWithPassword(second, await second.open(`${portal}/auth/login`), 'jan.novak', 'Heslo.123');
    const eva = newBrowser();
    await loginWithCard(eva, await eva.open(`${portal}/auth/login`), '000000002', '654321');
    const [a, b, c] = [await session(first), await session(second), await session(eva)];
    expect(a.person.id).toBe(b.person.id);
    expect(c.person).toMatchObject({ name: 'Eva Svobodová' });
    expect(c.person.id).not.toBe(a.person.id);
  });

  it('a wrong password or PIN signs nobody in', async () => {
    const browser = newBrowser();
    const methods = await browser.open(`${portal}/auth/login`);
    const form = await browser.open(findLink(methods, 'method-password'));
    const wrong = await browser.submit(form, 'password-form', { username: 'jan.novak', password: 'heslo' });
    expect(wrong.url.origin).not.toBe(portal);
    expect(visibleText(wrong)).toContain('Nesprávné jméno nebo heslo.');
    const card = await loginWithCard(browser, await browser.open(`${portal}/auth/login`), '000000001', '000000');
    expect(visibleText(card)).toContain('Nesprávný PIN');
    expect((await session(browser)).person).toBeNull();
  });

  it('step-up: a substantial session asking for high must log in with the identity card, then returns to the service', async () => {
    const browser = newBrowser();
    await loginWithPassword(browser, await browser.open(`${portal}/auth/login`), 'jan.novak', 'Heslo.123');
    const methods = await browser.open(`${portal}/auth/login?level=high&returnTo=%2Fservices%2Fznojmo`);
    // Despite the provider's session, it asks again, and only for the card.
    expect(methods.url.pathname).toMatch(/^\/interaction\//);
    expect(methods.html).toContain('data-testid="high-required"');
    expect(methods.html).not.toContain('data-testid="method-password"');
    const done = await loginWithCard(browser, methods, '000000001', '123456');
    expect(done.url.href).toBe(`${portal}/consent?returnTo=%2Fservices%2Fznojmo`);
    expect(await session(browser)).toMatchObject({ person: { levelOfAssurance: 'high' } });
  });

  it('step-up: the provider offers the signed-in person’s card first (login_hint), and nobody else may step up', async () => {
    const browser = newBrowser();
    await loginWithPassword(browser, await browser.open(`${portal}/auth/login`), 'eva.svobodova', 'Heslo.456');
    const eva = await session(browser);
    const methods = await browser.open(`${portal}/auth/login?level=high&returnTo=%2Fservices%2Fznojmo`);
    const cardForm = await browser.open(findLink(methods, 'method-card'));
    const evasCard = cardForm.html.indexOf('000000002');
    expect(evasCard).toBeGreaterThan(-1);
    expect(evasCard).toBeLessThan(cardForm.html.indexOf('000000001'));
    // Jan's card on Eva's step-up: refused with a reason, and the portal is still Eva's, at her level.
    let done = await browser.submit(cardForm, 'card-form', { card: '000000001', pin: '123456' });
    // Another account than the provider's session: the provider ends its session first, by a self-submitting form.
    done = await submitSelfSubmittingForm(browser, done);
    expect(done.url.href).toBe(`${portal}/login?error=different-person&returnTo=%2Fservices%2Fznojmo`);
    expect(await session(browser)).toEqual(eva);
    expect(eva.person).toMatchObject({ name: 'Eva Svobodová', levelOfAssurance: 'substantial' });
  });

  it('a cancelled login returns to the portal’s login page with a reason', async () => {
    const browser = newBrowser();
    const methods = await browser.open(`${portal}/auth/login?returnTo=%2Fdata`);
    const back = await browser.submit(methods, 'cancel-form');
    expect(back.url.href).toBe(`${portal}/login?error=cancelled&returnTo=%2Fdata`);
  });
});

describe('attacks on the callback', () => {
  /** Logs in with Jan's card up to (not into) the portal's callback; returns the callback URL. */
  async function callbackOf(browser: Browser): Promise<string> {
    const stopped = await loginWithCard(browser, await browser.open(`${portal}/auth/login`), '000000001', '123456');
    expect(stopped.url.pathname).toBe('/auth/callback');
    expect(stopped.url.searchParams.get('code')).toBeTruthy();
    browser.stopAt.length = 0;
    return stopped.url.href;
  }

  it('the rightful browser gets in once; the same callback replayed is refused', async () => {
    const browser = newBrowser(true);
    const callback = await callbackOf(browser);
    expect((await browser.open(callback)).url.href).toBe(`${portal}/consent?returnTo=%2F`);
    const person = (await session(browser)).person;
    expect(person).toMatchObject({ name: 'Jan Novák' });
    // The replay lands on the login page with a reason; the session the first one made stays the citizen's.
    expect((await browser.open(callback)).url.href).toBe(`${portal}/login?error=expired`);
  });

  it('a stolen callback is no use in another browser: with its own login the state is not its, without one nothing', async () => {
    const victim = newBrowser(true);
    const callback = await callbackOf(victim);
    const attacker = newBrowser();
    await attacker.open(`${portal}/auth/login`);
    expect((await attacker.open(callback)).url.href).toBe(`${portal}/login?error=failed`);
    expect((await session(attacker)).person).toBeNull();
    const stranger = newBrowser();
    expect((await stranger.open(callback)).url.href).toBe(`${portal}/login?error=expired`);
    expect((await session(stranger)).person).toBeNull();
  });

  it('a nonce that does not match the ID token is refused', async () => {
    const browser = newBrowser(true);
    const callback = await callbackOf(browser);
    await db.query(`update login_transactions set nonce = 'not-the-nonce-that-was-sent'`);
    expect((await browser.open(callback)).url.href).toBe(`${portal}/login?error=failed`);
    expect((await session(browser)).person).toBeNull();
  });
});

describe('logout', () => {
  it('ends the session at the portal and at the provider, then returns to the portal’s logged-out page', async () => {
    const browser = newBrowser();
    await loginWithCard(browser, await browser.open(`${portal}/auth/login`), '000000001', '123456');
    const csrf = JSON.parse((await browser.open(`${portal}/api/csrf-token`)).html).token as string;
    const confirm = await browser.post(`${portal}/auth/logout`, new URLSearchParams({ _csrf: csrf }));
    // The provider's logout page (auto-submitted in a real browser).
    const form = findForm(confirm, 'op.logoutForm');
    expect(form.action.origin).not.toBe(portal);
    const out = await browser.submit(confirm, 'op.logoutForm', { logout: 'yes' });
    expect(out.url.href).toBe(`${portal}/logged-out`);
    expect((await session(browser)).person).toBeNull();
    // The provider forgot the citizen too: the next login asks again.
    const again = await browser.open(`${portal}/auth/login`);
    expect(again.url.pathname).toMatch(/^\/interaction\//);
    expect(again.html).toContain('data-testid="method-card"');
  });
});

describe('starting the development provider', () => {
  it('says which port is taken and how to choose another', async () => {
    const taken = Number(new URL(identity.provider.origin).port);
    await expect(
      startIdentityProvider(loadIdentityProviderConfig({ CZP_DEV_IDP_PORT: String(taken) }), {
        publicUrl: portal,
        log: { info: () => {} },
      }),
    ).rejects.toThrow(`Port ${taken} for the development identity provider is in use.`);
  });
});

describe('any OpenID Connect provider, configured from the environment', () => {
  it('logs in through a provider given only by OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET (here another instance of the development provider standing in for NIA)', async () => {
    const port = await freePort();
    const otherPortal = `http://localhost:${port}`;
    const nia = await startDevIdentityProvider({
      issuer: 'http://localhost',
      port: 0,
      clients: [
        {
          clientId: 'portal-at-nia',
          clientSecret: 'registered-secret',
          redirectUris: [`${otherPortal}/auth/callback`],
          postLogoutRedirectUris: [`${otherPortal}/logged-out`],
        },
      ],
      log: () => {},
    });
    const config = loadIdentityProviderConfig({
      NODE_ENV: 'production',
      OIDC_ISSUER: nia.issuer,
      OIDC_CLIENT_ID: 'portal-at-nia',
      OIDC_CLIENT_SECRET: 'registered-secret',
    });
    const external = await startIdentityProvider(config, { publicUrl: otherPortal, log: { info: () => {} } });
    const server = await buildApp({
      db,
      store: new FileBundleStore('/nonexistent'),
      version: '1.0.0',
      identityProvider: external.provider,
      publicUrl: otherPortal,
    });
    await server.listen({ port, host: 'localhost' });
    try {
      expect(external.provider.development).toBe(false);
      const browser = newBrowser();
      const methods = await browser.open(`${otherPortal}/auth/login?returnTo=%2Fdata`);
      expect(methods.url.origin).toBe(nia.issuer);
      await loginWithCard(browser, methods, '000000003', '111111');
      const view = JSON.parse((await browser.open(`${otherPortal}/api/session`)).html);
      expect(view).toMatchObject({
        person: { name: 'Petr Dvořák', levelOfAssurance: 'high' },
        developmentIdentityProvider: false,
      });
    } finally {
      await server.close();
      await external.close();
      await nia.close();
    }
  });
});

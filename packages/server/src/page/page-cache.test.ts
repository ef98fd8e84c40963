import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { COOKIES } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { activateVersion, withdrawService } from '../catalogue/publishing/activation.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

const TEMPLATE = `<!doctype html>
<html lang="<!--app-lang-->">
  <head>
    <title><!--app-title--></title>
    <!--app-head-->
  </head>
  <body>
    <div id="czp-root"><!--app-html--></div>
    <!--app-boot-->
  </body>
</html>`;

// What the page's HTML depends on, written out: the services and their versions, the person, the locale, the theme,
// the cookie notice, the URL, and the CSRF token (a logout form's hidden field).
const ENTRY_SERVER = `
let renders = 0;
export function render(url, ctx) {
  renders += 1;
  return {
    html: '<main data-url="' + url + '" data-locale="' + ctx.locale + '" data-theme-choice="' + ctx.theme +
      '" data-cookie-notice-dismissed="' + ctx.cookieNoticeDismissed + '" data-renders="' + renders + '">' +
      ctx.catalogue.services.map((s) => s.id + '@' + s.version).join(',') +
      '|' + (ctx.session.person ? ctx.session.person.name : 'signed out') +
      '<input type="hidden" name="_csrf" value="' + ctx.csrfToken + '"></main>',
    head: '',
    title: undefined,
  };
}`;

let db: Database;
let dir: string;
let app: FastifyInstance;
let store: FileBundleStore;
const publisher = { issuerId: 'mesto-telc' };

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-page-cache-'));
  const shellDir = join(dir, 'shell');
  await mkdir(join(shellDir, 'client/static'), { recursive: true });
  await mkdir(join(shellDir, 'server'), { recursive: true });
  await writeFile(join(shellDir, 'client/index.html'), TEMPLATE);
  await writeFile(join(shellDir, 'server/entry-server.js'), ENTRY_SERVER);
  store = new FileBundleStore(join(dir, 'remotes'));
  await publishBundle(db, store, {
    metadata: serviceMetadata('telc'),
    version: '1.0.0',
    files: bundleFiles('telc', '1.0.0'),
  });
  app = await buildApp({
    db,
    store,
    version: '1.2.3',
    shellDir,
    sessionSecret: 's'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
  });
  // A fresh database and its migrations take long on a busy machine.
}, 120_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

/** A page as a browser gets it: gzip-encoded, decoded here. */
async function page(url: string, headers: Record<string, string> = {}) {
  const response = await app.inject({ url, headers: { ...BROWSER, ...headers } });
  expect(response.headers['content-encoding']).toBe('gzip');
  const html = gunzipSync(response.rawPayload).toString('utf8');
  const nonce = /'nonce-([0-9a-f]+)'/.exec(String(response.headers['content-security-policy']))?.[1];
  const boot = JSON.parse(/<script type="application\/json" id="czp-boot">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '');
  const main = /<main [^>]*>([^<]*)/.exec(html)?.[1];
  const renders = Number(/data-renders="(\d+)"/.exec(html)?.[1]);
  return { response, html, nonce, boot, main, renders };
}

async function catalogue(headers: Record<string, string> = {}) {
  const response = await app.inject({ url: '/api/catalogue', headers: { ...BROWSER, ...headers } });
  return response;
}

describe('the cached signed-out page', () => {
  it('renders a page once and gives every response its own nonce and CSRF token', async () => {
    const first = await page('/services/telc');
    const second = await page('/services/telc');
    expect(first.main).toBe('telc@1.0.0|signed out');
    expect(second.renders).toBe(first.renders);
    expect(first.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(second.nonce).not.toBe(first.nonce);
    // The import map of the service's scripts carries this response's nonce, and the boot data too.
    expect(first.html).toContain(`<script type="importmap" nonce="${first.nonce}">`);
    expect(second.html).toContain(`<script type="importmap" nonce="${second.nonce}">`);
    expect(first.boot.cspNonce).toBe(first.nonce);
    expect(second.boot.cspNonce).toBe(second.nonce);
    expect(first.html).not.toContain(second.nonce as string);
    // The CSRF token of each response, in the boot data and in the HTML, works with that response's cookie.
    expect(second.boot.csrfToken).not.toBe(first.boot.csrfToken);
    expect(second.html).toContain(`value="${second.boot.csrfToken}"`);
    expect(second.html).not.toMatch(/czp(Script|Style)Nonce|czpCsrfToken/);
    const cookie = String(second.response.headers['set-cookie']).split(';')[0] as string;
    const post = await app.inject({
      method: 'POST',
      url: '/api/remote-failures',
      headers: { cookie, 'x-csrf-token': second.boot.csrfToken },
      payload: { serviceId: 'telc', reason: 'crashed', message: 'oops', page: '/services/telc' },
    });
    expect(post.statusCode).toBe(202);
    // Apart from them, the two responses are the same page.
    const normalised = (p: typeof first) =>
      p.html.replaceAll(p.nonce as string, 'NONCE').replaceAll(p.boot.csrfToken, 'TOKEN');
    expect(normalised(second)).toBe(normalised(first));
    expect(first.response.headers['cache-control']).toBe('private, no-cache');
    expect(first.response.headers.vary).toBe('Cookie, Accept-Language, Accept-Encoding');
  });

  it('is sent as it is to a client that takes no gzip', async () => {
    const response = await app.inject({ url: '/services/telc', headers: { 'accept-encoding': 'identity' } });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body).toContain('telc@1.0.0|signed out');
  });

  it('keeps locale, theme and cookie-notice variants apart', async () => {
    const cs = await page('/services', { 'accept-language': 'cs' });
    const en = await page('/services', { 'accept-language': 'en' });
    const enByCookie = await page('/services', { cookie: `${COOKIES.locale}=en` });
    const contrast = await page('/services', { 'accept-language': 'en', cookie: `${COOKIES.theme}=high-contrast` });
    const dismissed = await page('/services', { 'accept-language': 'en', cookie: `${COOKIES.cookieNotice}=1` });
    expect(cs.html).toContain('<html lang="cs">');
    expect(cs.html).toContain('data-locale="cs"');
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('data-locale="en"');
    expect(enByCookie.renders).toBe(en.renders);
    expect(en.html).toContain('data-theme-choice="null"');
    expect(contrast.html).toContain('<html data-czp-theme="high-contrast" lang="en">');
    expect(contrast.html).toContain('data-theme-choice="high-contrast"');
    expect(en.html).not.toContain('data-czp-theme');
    expect(dismissed.html).toContain('data-cookie-notice-dismissed="true"');
    expect(en.html).toContain('data-cookie-notice-dismissed="false"');
    // Asked again, each gets its own variant back from the cache.
    expect((await page('/services', { 'accept-language': 'cs' })).html).toContain('<html lang="cs">');
    expect((await page('/services', { 'accept-language': 'en' })).html).not.toContain('data-czp-theme');
    // The query string is part of the page.
    expect((await page('/services?q=telc')).html).toContain('data-url="/services?q=telc"');
  });

  it('never serves a signed-in page from the signed-out cache, nor a signed-out one from a signed-in render', async () => {
    const anonymous = await page('/');
    expect(anonymous.main).toContain('signed out');
    const jar = new CookieJar();
    const start = await app.inject({ url: '/auth/login' });
    jar.store(start.headers['set-cookie']);
    const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
    const callback = await app.inject({
      url: `/auth/callback?${new URLSearchParams({ code: 'jan:substantial', state })}`,
      headers: { cookie: jar.header() },
    });
    jar.store(callback.headers['set-cookie']);
    const signedIn = await page('/', { cookie: jar.header() });
    expect(signedIn.main).toContain('Jan Novák');
    expect(signedIn.response.headers['cache-control']).toBe('no-store');
    expect(signedIn.renders).toBeGreaterThan(anonymous.renders);
    const again = await page('/', { cookie: jar.header() });
    expect(again.renders).toBeGreaterThan(signedIn.renders);
    const afterwards = await page('/');
    expect(afterwards.main).toContain('signed out');
    expect(afterwards.html).not.toContain('Jan Novák');
    expect(afterwards.renders).toBe(anonymous.renders);
  });

  it('changes with the catalogue: publishing, activating and withdrawing', async () => {
    const before = await page('/services/telc');
    const catalogueBefore = await catalogue();
    expect(before.main).toContain('telc@1.0.0');
    // A draft does not change the catalogue: the cached page and catalogue stay.
    await publishBundle(db, store, {
      metadata: serviceMetadata('telc'),
      version: '1.1.0',
      files: bundleFiles('telc', '1.1.0'),
      activate: false,
    });
    const draft = await page('/services/telc');
    expect(draft.main).toContain('telc@1.0.0');
    expect(draft.renders).toBe(before.renders);
    expect((await catalogue()).headers.etag).toBe(catalogueBefore.headers.etag);

    await activateVersion(db, publisher, 'telc', '1.1.0');
    const activated = await page('/services/telc');
    expect(activated.main).toContain('telc@1.1.0');
    expect(activated.html).toContain('/remotes/telc/1.1.0/');
    expect(activated.html).not.toContain('/remotes/telc/1.0.0/');
    const catalogueAfter = await catalogue();
    expect(catalogueAfter.headers.etag).not.toBe(catalogueBefore.headers.etag);
    expect(JSON.parse(decoded(catalogueAfter)).services[0].version).toBe('1.1.0');

    await withdrawService(db, publisher, 'telc', new Date());
    const withdrawn = await page('/services/telc');
    expect(withdrawn.response.statusCode).toBe(404);
    expect(withdrawn.main).toBe('|signed out');
    expect(JSON.parse(decoded(await catalogue())).services).toEqual([]);

    // A change another replica (or an operator) made in the database directly is seen at the next request too.
    await db.query(`update services set active_version = '1.0.0', withdrawn_at = null where id = 'telc'`);
    expect((await page('/services/telc')).main).toContain('telc@1.0.0');
    expect(JSON.parse(decoded(await catalogue())).services[0].version).toBe('1.0.0');
  });
});

/** The catalogue's JSON as a browser asking for br gets it. */
function decoded(response: Awaited<ReturnType<typeof catalogue>>): string {
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-encoding']).toBe('br');
  return brotliDecompressSync(response.rawPayload).toString('utf8');
}

describe('GET /api/catalogue from the cache', () => {
  it('answers br, gzip or plain JSON by Accept-Encoding, the same catalogue with the same ETag, and 304', async () => {
    const br = await catalogue({ 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await catalogue({ 'accept-encoding': 'gzip' });
    const plain = await catalogue({ 'accept-encoding': 'identity' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    expect(br.headers.etag).toBe(plain.headers.etag);
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('no-cache');
    const notModified = await catalogue({ 'if-none-match': String(plain.headers.etag) });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
  });
});

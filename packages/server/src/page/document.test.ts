import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle, sriIntegrity } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { rawGet } from '../test/raw-request.js';
import { createTestDatabase } from '../test/test-database.js';
import { scriptSafeJson } from './html.js';
import { serviceIdOfPath } from './service-head.js';

const TEMPLATE = `<!doctype html>
<html lang="<!--app-lang-->">
  <head>
    <title><!--app-title--></title>
    <!--app-head-->
    <script type="module" crossorigin src="/static/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/static/index-abc123.css">
  </head>
  <body>
    <div id="czp-root"><!--app-html--></div>
    <!--app-boot-->
  </body>
</html>`;

const ENTRY_SERVER = `
export function render(url, ctx) {
  if (url.includes('boom')) throw new Error('render exploded');
  return {
    html: '<main data-url="' + url + '" data-locale="' + ctx.locale + '" data-version="' + ctx.version + '">' + ctx.catalogue.services.length + ' services $& $1</main><i data-cookie-notice-dismissed="' + ctx.cookieNoticeDismissed + '" data-theme-choice="' + ctx.theme + '"></i>',
    head: '<meta name="rendered" content="yes">',
    title: url.includes('title') ? 'Telč </title><script>x</script> & co' : undefined,
    version: ctx.version,
    status: url.includes('nowhere') ? 404 : undefined,
  };
}`;

let db: Database;
let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-doc-'));
  const shellDir = join(dir, 'shell');
  await mkdir(join(shellDir, 'client/static'), { recursive: true });
  await mkdir(join(shellDir, 'server'), { recursive: true });
  await writeFile(join(shellDir, 'client/index.html'), TEMPLATE);
  await writeFile(join(shellDir, 'client/static/index-abc123.js'), 'console.log("shell");\n');
  await writeFile(
    join(shellDir, 'client/static/index-abc123.css'),
    'main { display: grid; }\n.unused { color: red; }\n',
  );
  await writeFile(join(shellDir, 'server/entry-server.js'), ENTRY_SERVER);
  const iconsDir = join(dir, 'icons/lib');
  await mkdir(join(iconsDir, 'components'), { recursive: true });
  await writeFile(join(iconsDir, 'components/arrow-down.svg'), '<svg xmlns="http://www.w3.org/2000/svg"></svg>');

  const store = new FileBundleStore(join(dir, 'remotes'));
  const metadata = serviceMetadata('telc', {
    description: { cs: 'Zlé </script><script>alert(1)</script>', en: 'Evil </SCRIPT> <!-- text' },
  });
  await publishBundle(db, store, { metadata, version: '1.0.0', files: bundleFiles('telc', '1.0.0') });
  app = await buildApp({ db, store, version: '1.2.3', shellDir, iconsDir, sessionSecret: 's'.repeat(32) });
});
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

function bootOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="czp-boot">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match?.[1] ?? 'null');
}

describe('the shell document', () => {
  it('gets the page title from the shell, escaped, and passes the version to the renderer', async () => {
    const plain = await app.inject('/');
    expect(plain.body).toContain('<title>Portál občana</title>');
    expect(plain.body).toContain('data-version="1.2.3"');
    const titled = await app.inject('/services/telc/title');
    expect(titled.body).toContain('<title>Telč &#60;/title&#62;&#60;script&#62;x&#60;/script&#62; &#38; co</title>');
  });

  it('is server-rendered with the boot data, in Czech by default', async () => {
    const response = await app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.body).toContain('<html lang="cs">');
    expect(response.body).toContain('<meta name="rendered" content="yes">');
    // `$&` in rendered HTML is inserted literally, not interpreted as a replacement pattern.
    expect(response.body).toContain('<main data-url="/" data-locale="cs" data-version="1.2.3">1 services $& $1</main>');
    expect(response.body).not.toContain('<!--app-');
    const boot = bootOf(response.body);
    expect(boot).toMatchObject({ locale: 'cs', version: '1.2.3' });
    expect((boot.catalogue as { services: { id: string }[] }).services.map((s) => s.id)).toEqual(['telc']);
    expect(boot.csrfToken).toEqual(expect.any(String));
    // Only the shell's own entry is preloaded (paint-first.ts); no remote is.
    expect(response.body.match(/modulepreload/g)).toEqual(['modulepreload']);
    expect(response.body).toContain('<link rel="modulepreload" crossorigin href="/static/index-abc123.js">');
  });

  it('gives a CSRF token that works for a mutating call', async () => {
    const response = await app.inject('/');
    const cookie = String(response.headers['set-cookie']).split(';')[0] as string;
    const token = bootOf(response.body).csrfToken as string;
    const post = await app.inject({
      method: 'POST',
      url: '/api/remote-failures',
      headers: { cookie, 'x-csrf-token': token },
      payload: { serviceId: 'telc', reason: 'crashed', message: 'oops', page: '/services/telc' },
    });
    expect(post.statusCode).toBe(202);
  });

  it('escapes the boot JSON so a description cannot close the script element', async () => {
    const response = await app.inject('/');
    expect(response.body).not.toContain('</script><script>alert(1)');
    expect(response.body).not.toContain('Evil </SCRIPT>');
    expect(response.body.match(/<script/g)?.length).toBe(2);
    const boot = bootOf(response.body) as { catalogue: { services: { description: { cs: string; en: string } }[] } };
    expect(boot.catalogue.services[0]?.description).toEqual({
      cs: 'Zlé </script><script>alert(1)</script>',
      en: 'Evil </SCRIPT> <!-- text',
    });
    expect(scriptSafeJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });

  it('preloads the remote of a service page, each file pinned to its recorded hash', async () => {
    const response = await app.inject('/services/telc/zadosti?x=1');
    expect(response.statusCode).toBe(200);
    const head = response.body.slice(0, response.body.indexOf('</head>'));
    const sri = (file: string) => sriIntegrity(bundleFiles('telc', '1.0.0').get(file) as Buffer);
    expect(head).toContain(
      `<link rel="modulepreload" href="/remotes/telc/1.0.0/remoteEntry.js" integrity="${sri('remoteEntry.js')}">`,
    );
    expect(head).toContain(
      `<link rel="modulepreload" href="/remotes/telc/1.0.0/assets/app-1.js" integrity="${sri('assets/app-1.js')}">`,
    );
    expect(head).toContain('<link rel="modulepreload" href="/remotes/telc/1.0.0/assets/dep-1.js" integrity="sha384-');
    expect(head).toContain('<link rel="preload" as="style" href="/remotes/telc/1.0.0/assets/app-1.css">');
    expect(head).not.toContain('<link rel="modulepreload" href="/remotes/telc/1.0.0/assets/lazy-1.js"');
    // The shell's own script is requested before the remote's files.
    expect(head.indexOf('/static/index-abc123.js')).toBeGreaterThan(0);
    expect(head.indexOf('/static/index-abc123.js')).toBeLessThan(
      head.indexOf('<link rel="modulepreload" href="/remotes/telc/1.0.0/remoteEntry.js"'),
    );
    // The import map (before any module script) pins every script of the version, the lazy ones too, with the
    // response's CSP nonce.
    const nonce = /'nonce-([0-9a-f]{32})'/.exec(String(response.headers['content-security-policy']))?.[1];
    const map = new RegExp(`<script type="importmap" nonce="${nonce}">(.*?)</script>`).exec(head);
    expect(map).not.toBeNull();
    expect(head.indexOf('type="importmap"')).toBeLessThan(head.indexOf('/static/index-abc123.js'));
    expect(JSON.parse(map?.[1] ?? '{}').integrity['/remotes/telc/1.0.0/assets/lazy-1.js']).toBe(
      sri('assets/lazy-1.js'),
    );
    expect(bootOf(response.body).cspNonce).toBe(nonce);
  });

  it('inlines the page’s critical CSS with the response’s style nonce, and loads the stylesheet after the content', async () => {
    const styleNonce = (response: { headers: Record<string, unknown> }) =>
      /style-src[^;]*'nonce-([0-9a-f]+)'/.exec(String(response.headers['content-security-policy']))?.[1];
    // Twice: the second is the signed-out page from the cache, with its own nonce put in.
    const responses = [await app.inject('/'), await app.inject('/')];
    const nonces = responses.map((response) => {
      const nonce = styleNonce(response);
      expect(nonce).toMatch(/^[0-9a-f]{32}$/);
      const style = /<style nonce="([^"]+)">([\s\S]*?)<\/style>/.exec(response.body);
      expect(style?.[1]).toBe(nonce);
      expect(style?.[2]).toBe('main{display:grid}');
      const head = response.body.slice(0, response.body.indexOf('</head>'));
      expect(head).toContain('<style nonce=');
      expect(head).not.toContain('index-abc123.css');
      expect(response.body).toMatch(/<link rel="stylesheet" crossorigin href="\/static\/index-abc123.css">\s*<\/body>/);
      return nonce;
    });
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers with the status the shell gives a page it does not know', async () => {
    const response = await app.inject('/nowhere');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('data-url="/nowhere"');
    expect((await app.inject('/somewhere')).statusCode).toBe(200);
  });

  it('answers an unknown service page with the document and status 404', async () => {
    const response = await app.inject('/services/atlantis');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain('id="czp-boot"');
    expect(response.body).not.toContain('rel="modulepreload" href="/remotes/');
  });

  it('tells the renderer whether the cookie notice was dismissed (cookie czp_cookie_notice=1)', async () => {
    const fresh = await app.inject('/');
    expect(fresh.body).toContain('data-cookie-notice-dismissed="false"');
    const dismissed = await app.inject({ url: '/', headers: { cookie: 'czp_locale=cs; czp_cookie_notice=1' } });
    expect(dismissed.body).toContain('data-cookie-notice-dismissed="true"');
    const other = await app.inject({ url: '/', headers: { cookie: 'czp_cookie_notice=0' } });
    expect(other.body).toContain('data-cookie-notice-dismissed="false"');
  });

  it('puts the citizen’s theme (cookie czp_theme) on <html> and tells the renderer; other values are no choice', async () => {
    const html = async (cookie?: string) => {
      const response = await app.inject({ url: '/', headers: cookie ? { cookie } : {} });
      return { tag: /<html[^>]*>/.exec(response.body)?.[0] ?? '', body: response.body };
    };
    const none = await html();
    expect(none.tag).toBe('<html lang="cs">');
    expect(none.body).toContain('data-theme-choice="null"');
    const high = await html('czp_theme=high-contrast');
    expect(high.tag).toBe('<html data-czp-theme="high-contrast" lang="cs">');
    expect(high.body).toContain('data-theme-choice="high-contrast"');
    expect((await html('czp_theme=light')).tag).toContain('data-czp-theme="light"');
    const forged = await html('czp_theme=%22%3E%3Cscript%3E');
    expect(forged.tag).toBe('<html lang="cs">');
  });

  it('takes the locale from the cookie, then from Accept-Language', async () => {
    const cookie = await app.inject({ url: '/', headers: { cookie: 'czp_locale=en', 'accept-language': 'cs' } });
    expect(cookie.body).toContain('<html lang="en">');
    expect(bootOf(cookie.body).locale).toBe('en');
    const czechCookie = await app.inject({ url: '/', headers: { cookie: 'czp_locale=cs', 'accept-language': 'en' } });
    expect(czechCookie.body).toContain('<html lang="cs">');
    const header = await app.inject({ url: '/', headers: { 'accept-language': 'de-DE, en-GB;q=0.8, cs;q=0.5' } });
    expect(header.body).toContain('<html lang="en">');
    const bogus = await app.inject({ url: '/', headers: { cookie: 'czp_locale=de' } });
    expect(bogus.body).toContain('<html lang="cs">');
  });

  it('serves the document with empty html when server rendering throws', async () => {
    const response = await app.inject('/boom');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<div id="czp-root"></div>');
    expect(bootOf(response.body).locale).toBe('cs');
  });

  it('serves the shell assets immutable and icons for a day; unknown ones are 404 JSON', async () => {
    const script = await app.inject('/static/index-abc123.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers['content-type']).toMatch(/javascript/);
    const icon = await app.inject('/assets/icons/components/arrow-down.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(icon.headers['cache-control']).toBe('public, max-age=86400');
    const missing = await app.inject('/static/nothing.js');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toBe('not-found');
    for (const url of [
      '/static/%2e%2e/index.html',
      '/static/..%2findex.html',
      '/assets/icons/%2e%2e/%2e%2e/shell/client/index.html',
    ]) {
      const attempt = await rawGet(app, url);
      expect([400, 403, 404], url).toContain(attempt.status);
      expect(attempt.body, url).not.toContain('<!doctype html>');
    }
  });

  it('preloads no file of a service the page will not load (a login is needed first), but still pins them', async () => {
    const store = new FileBundleStore(join(dir, 'remotes'));
    await publishBundle(db, store, {
      metadata: serviceMetadata('znojmo', { requiredLevel: 'substantial' }),
      version: '1.0.0',
      files: bundleFiles('znojmo', '1.0.0'),
    });
    const head = (body: string) => body.slice(0, body.indexOf('</head>'));
    const gated = head((await app.inject('/services/znojmo')).body);
    expect(gated).not.toContain('rel="modulepreload" href="/remotes/');
    expect(gated).not.toContain('rel="preload" as="style"');
    expect(gated).toContain('"/remotes/znojmo/1.0.0/remoteEntry.js"');
    // A public service still gets its preloads.
    expect(head((await app.inject('/services/telc')).body)).toContain(
      '<link rel="modulepreload" href="/remotes/telc/1.0.0/remoteEntry.js"',
    );
  });

  it('says the shell is not built when its index.html is missing', async () => {
    const bare = await buildApp({
      db,
      store: new FileBundleStore(join(dir, 'remotes')),
      version: '1',
      shellDir: join(dir, 'nothing'),
    });
    const response = await bare.inject('/');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('pnpm build');
    await bare.close();
  });
});

describe('serviceIdOfPath', () => {
  it('finds the service of a page', () => {
    expect(serviceIdOfPath('/services/telc')).toBe('telc');
    expect(serviceIdOfPath('/services/telc/forms/1')).toBe('telc');
    expect(serviceIdOfPath('/services')).toBeNull();
    expect(serviceIdOfPath('/profile')).toBeNull();
  });
});

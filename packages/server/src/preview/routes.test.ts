import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { createTestDatabase } from '../test/test-database.js';

const TEMPLATE = `<!doctype html><html lang="<!--app-lang-->"><head><title><!--app-title--></title><!--app-head--></head>
<body><div id="czp-root"><!--app-html--></div><!--app-boot--></body></html>`;
const ENTRY_SERVER = `export function render(url, ctx) {
  return {
    html: '<main data-preview="' + (ctx.preview ? ctx.preview.origin : '') + '"></main>',
    head: '',
    // Like the shell: a path it has no page for is a 404.
    status: url.startsWith('/preview') ? 404 : 200,
  };
}`;

const ORIGIN = 'http://localhost:5174';
const SECRET = 'p'.repeat(32);

let db: Database;
let dir: string;
let store: FileBundleStore;
let shellDir: string;
let clock = new Date('2026-12-03T09:00:00Z');
const apps: FastifyInstance[] = [];

/** An app as start.ts would make it with this environment (the preview settings are read at registration). */
async function appWith(env: Record<string, string | undefined>, secret = SECRET): Promise<FastifyInstance> {
  vi.stubEnv('NODE_ENV', env.NODE_ENV ?? 'development');
  vi.stubEnv('CZP_ALLOW_PREVIEW', env.CZP_ALLOW_PREVIEW ?? '');
  vi.stubEnv('CZP_PREVIEW_ORIGINS', env.CZP_PREVIEW_ORIGINS ?? '');
  try {
    const app = await buildApp({ db, store, version: '1.0.0', shellDir, sessionSecret: secret, now: () => clock });
    apps.push(app);
    return app;
  } finally {
    vi.unstubAllEnvs();
  }
}

let dev: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-preview-'));
  shellDir = join(dir, 'shell');
  await mkdir(join(shellDir, 'client'), { recursive: true });
  await mkdir(join(shellDir, 'server'), { recursive: true });
  await writeFile(join(shellDir, 'client/index.html'), TEMPLATE);
  await writeFile(join(shellDir, 'server/entry-server.js'), ENTRY_SERVER);
  store = new FileBundleStore(join(dir, 'remotes'));
  await publishBundle(db, store, { metadata: serviceMetadata('telc'), version: '1.0.0', files: bundleFiles('telc') });
  dev = await appWith({});
}, 60_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

function bootOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="czp-boot">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match?.[1] ?? 'null');
}

function directive(response: { headers: Record<string, unknown> }, name: string): string {
  const policy = String(response.headers['content-security-policy']);
  return policy.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
}

/** A browser: its cookies, and the CSRF token a page of the portal gives it. */
function browser(app: FastifyInstance) {
  const jar = new CookieJar();
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await app.inject({ url, headers: { cookie: jar.header(), ...headers } });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  const post = async (url: string, fields: Record<string, string>, withToken = true) => {
    const token = (await get('/api/csrf-token')).json().token as string;
    const response = await app.inject({
      method: 'POST',
      url,
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, ...(withToken ? { _csrf: token } : {}) }).toString(),
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  /** The confirmation page's own form, as the browser submits it. */
  const confirm = async (service: string, origin: string) => {
    const page = await get(`/preview?${new URLSearchParams({ service, origin })}`);
    expect(page.statusCode).toBe(200);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
    const response = await app.inject({
      method: 'POST',
      url: '/preview',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: token, service, origin }).toString(),
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  return { jar, get, post, confirm };
}

describe('the confirmation page', () => {
  it('says what will happen, in Czech or English by the locale cookie, and sets nothing but the CSRF secret', async () => {
    const someone = browser(dev);
    const cs = await someone.get(`/preview?service=telc&origin=${encodeURIComponent(ORIGIN)}`);
    expect(cs.statusCode).toBe(200);
    expect(cs.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(cs.headers['cache-control']).toBe('no-store');
    expect(cs.body).toContain('<html lang="cs">');
    expect(cs.body).toContain(`Tento prohlížeč bude načítat službu „Portál občana telc“ (telc) z adresy ${ORIGIN}`);
    expect(cs.body).toContain('ostatní lidé nejsou dotčeni');
    expect(cs.body).toContain('<form method="post" action="/preview">');
    expect(String(cs.headers['set-cookie'] ?? '')).not.toContain('czp_preview');
    expect(someone.jar.get('czp_preview')).toBeUndefined();
    // A GET alone previews nothing: the next page is the published one.
    const page = await someone.get('/services/telc');
    expect(bootOf(page.body).preview).toBeUndefined();
    expect(directive(page, 'script-src')).not.toContain('localhost');

    const en = await dev.inject({
      url: `/preview?service=telc&origin=${encodeURIComponent(ORIGIN)}`,
      headers: { cookie: 'czp_locale=en' },
    });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain(
      `This browser will load service “Citizen Portal of telc” (telc) from ${ORIGIN} instead of the published version`,
    );
    expect(en.body).toContain('Only in this browser; other people are not affected.');
  });

  it('names the field it cannot accept: an origin off the allow-list, not an origin, an unknown service', async () => {
    for (const origin of [
      'https://evil.example',
      'http://localhost.evil.example:5174',
      'http://localhost',
      'https://localhost:5174',
      `${ORIGIN}/remoteEntry.js`,
      `${ORIGIN}?x=1`,
      'http://user@localhost:5174',
      'javascript:alert(1)',
      'http://localhost:5174;script-src *',
      '',
    ]) {
      const page = await dev.inject({ url: `/preview?${new URLSearchParams({ service: 'telc', origin })}` });
      expect(page.statusCode, origin).toBe(400);
      expect(page.body, origin).toContain('(origin)');
      expect(page.body, origin).not.toContain('<form');
      const post = await browser(dev).post('/preview', { service: 'telc', origin });
      expect(post.statusCode, origin).toBe(400);
      expect(post.json(), origin).toMatchObject({ error: 'validation', field: 'origin' });
      expect(String(post.headers['set-cookie'] ?? ''), origin).not.toContain('czp_preview');
    }
    const unknown = await browser(dev).post('/preview', { service: 'atlantis', origin: ORIGIN });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ field: 'service' });
    expect((await dev.inject('/preview?origin=http://localhost:5174')).statusCode).toBe(400);
    // 127.0.0.1 on any port is a development server too.
    expect((await dev.inject('/preview?service=telc&origin=http://127.0.0.1:3000')).statusCode).toBe(200);
  });
});

describe('starting a preview', () => {
  it('needs the CSRF token: a cross-site form gets 403 and no preview', async () => {
    const someone = browser(dev);
    const response = await someone.post('/preview', { service: 'telc', origin: ORIGIN }, false);
    expect(response.statusCode).toBe(403);
    expect(someone.jar.get('czp_preview')).toBeUndefined();
    // A token of another browser is no better.
    const other = browser(dev);
    const token = (await other.get('/api/csrf-token')).json().token as string;
    const forged = await dev.inject({
      method: 'POST',
      url: '/preview',
      headers: { cookie: someone.jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ service: 'telc', origin: ORIGIN, _csrf: token }).toString(),
    });
    expect(forged.statusCode).toBe(403);
  });

  it('from the confirmation: an httpOnly SameSite=Lax cookie, the service page, and only its documents widen the CSP', async () => {
    const developer = browser(dev);
    const response = await developer.confirm('telc', ORIGIN);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/services/telc');
    const cookie = [response.headers['set-cookie']].flat().find((line) => String(line).startsWith('czp_preview='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=28800/);

    for (const url of ['/services/telc', '/', '/data-box']) {
      const page = await developer.get(url);
      expect(bootOf(page.body).preview, url).toEqual({ serviceId: 'telc', origin: ORIGIN });
      expect(page.body, url).toContain(`data-preview="${ORIGIN}"`);
      for (const name of ['script-src', 'connect-src', 'style-src', 'img-src']) {
        expect(directive(page, name), `${url} ${name}`).toContain(ORIGIN);
      }
      // The nonce and the rest of the policy stay.
      expect(directive(page, 'script-src')).toMatch(/^script-src 'self' 'nonce-[0-9a-f]{32}' http:\/\/localhost:5174$/);
      expect(directive(page, 'default-src')).toBe("default-src 'self'");
      expect(directive(page, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    }
    // Not the API's responses, not the confirmation page's, and not another browser's pages.
    for (const url of ['/api/catalogue', '/api/session', '/preview?service=telc&origin=http://localhost:5174']) {
      expect(directive(await developer.get(url), 'script-src'), url).not.toContain('localhost');
    }
    const other = await browser(dev).get('/services/telc');
    expect(bootOf(other.body).preview).toBeUndefined();
    expect(String(other.headers['content-security-policy'])).not.toContain('localhost');
  });

  it('ends with POST /preview/end (CSRF too), back where the developer was', async () => {
    const developer = browser(dev);
    await developer.confirm('telc', ORIGIN);
    expect((await developer.post('/preview/end', { returnTo: '/services/telc' }, false)).statusCode).toBe(403);
    expect(bootOf((await developer.get('/')).body).preview).toBeDefined();
    const end = await developer.post('/preview/end', { returnTo: '/services/telc' });
    expect(end.statusCode).toBe(303);
    expect(end.headers.location).toBe('/services/telc');
    expect(developer.jar.get('czp_preview')).toBeUndefined();
    const page = await developer.get('/services/telc');
    expect(bootOf(page.body).preview).toBeUndefined();
    expect(String(page.headers['content-security-policy'])).not.toContain('localhost');
    // Never a way off the portal.
    await developer.confirm('telc', ORIGIN);
    expect((await developer.post('/preview/end', { returnTo: '//evil.example' })).headers.location).toBe('/');
  });
});

describe('the preview cookie', () => {
  async function validCookie(): Promise<string> {
    const developer = browser(dev);
    await developer.confirm('telc', ORIGIN);
    return developer.jar.get('czp_preview') as string;
  }
  const previewOf = async (app: FastifyInstance, value: string) => {
    const page = await app.inject({ url: '/services/telc', headers: { cookie: `czp_preview=${value}` } });
    return { boot: bootOf(page.body).preview, policy: String(page.headers['content-security-policy']) };
  };

  it('cannot be forged: unsigned, altered, signed with another secret or past its end, it counts for nothing', async () => {
    const valid = await validCookie();
    expect((await previewOf(dev, valid)).boot).toEqual({ serviceId: 'telc', origin: ORIGIN });

    const payload = (origin: string, until = Date.now() / 1000 + 3600) =>
      Buffer.from(JSON.stringify({ serviceId: 'telc', origin, until })).toString('base64url');
    const signature = decodeURIComponent(valid).split('.').at(-1) as string;
    const forgeries = [
      payload(ORIGIN),
      `${payload('https://evil.example')}.${signature}`,
      `${payload('http://localhost:6666')}.${signature}`,
      encodeURIComponent(`${payload(ORIGIN)}.${signature}`),
      `${valid}x`,
    ];
    const otherSecret = await appWith({}, 'q'.repeat(32));
    const other = browser(otherSecret);
    await other.confirm('telc', ORIGIN);
    forgeries.push(other.jar.get('czp_preview') as string);
    for (const forged of forgeries) {
      const { boot, policy } = await previewOf(dev, forged);
      expect(boot, forged).toBeUndefined();
      expect(policy, forged).not.toContain('localhost');
      expect(policy, forged).not.toContain('evil');
    }

    const before = clock;
    clock = new Date(before.getTime() + 8 * 60 * 60 * 1000 + 1000);
    try {
      expect((await previewOf(dev, valid)).boot).toBeUndefined();
    } finally {
      clock = before;
    }
  });

  it('counts only while its origin is allowed: a portal allowing other origins ignores it', async () => {
    const valid = await validCookie();
    const narrowed = await appWith({ CZP_PREVIEW_ORIGINS: 'https://dev.telc.eu' });
    expect((await previewOf(narrowed, valid)).boot).toBeUndefined();
    expect((await narrowed.inject(`/preview?service=telc&origin=${encodeURIComponent(ORIGIN)}`)).statusCode).toBe(400);
    const allowed = await narrowed.inject('/preview?service=telc&origin=https://dev.telc.eu');
    expect(allowed.statusCode).toBe(200);
  });
});

describe('in production', () => {
  it('previews are off unless the operator allows them: nothing at their paths, and any cookie is ignored', async () => {
    const developer = browser(dev);
    await developer.confirm('telc', ORIGIN);
    const valid = developer.jar.get('czp_preview') as string;
    // The same cookie secret as the development app: it is the switch that refuses, not the signature.
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', CZP_ALLOW_PREVIEW: '0' }]) {
      const production = await appWith(env);
      const page = await production.inject(`/preview?service=telc&origin=${encodeURIComponent(ORIGIN)}`);
      expect(page.statusCode).toBe(404);
      expect(page.body).not.toContain('<form method="post" action="/preview">');
      const someone = browser(production);
      const post = await someone.post('/preview', { service: 'telc', origin: ORIGIN });
      expect(post.statusCode).toBe(404);
      expect(someone.jar.get('czp_preview')).toBeUndefined();
      expect((await someone.post('/preview/end', {})).statusCode).toBe(404);
      const withCookie = await production.inject({
        url: '/services/telc',
        headers: { cookie: `czp_preview=${valid}` },
      });
      expect(bootOf(withCookie.body).preview).toBeUndefined();
      expect(String(withCookie.headers['content-security-policy'])).not.toContain('localhost');
    }
  });

  it('the operator allows them with CZP_ALLOW_PREVIEW=1', async () => {
    const allowed = await appWith({ NODE_ENV: 'production', CZP_ALLOW_PREVIEW: '1' });
    const developer = browser(allowed);
    expect((await developer.confirm('telc', ORIGIN)).statusCode).toBe(303);
    expect(bootOf((await developer.get('/services/telc')).body).preview).toEqual({ serviceId: 'telc', origin: ORIGIN });
  });
});

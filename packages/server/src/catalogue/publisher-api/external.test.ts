import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CatalogueEntry } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { bundleFiles, type ManifestOptions, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { fetchRemoteFile } from '../publishing/fetch-remote.js';
import { sriIntegrity } from '../publishing/publish.js';
import { createIssuer } from './issuers.js';

/** The issuer's own web server: serves `files` under /czp/telc/<version>/ with CORS, and records what was asked. */
interface IssuerServer {
  origin: string;
  files: Map<string, Buffer | number>;
  requests: string[];
  close(): Promise<void>;
}

async function startIssuerServer(): Promise<IssuerServer> {
  const files = new Map<string, Buffer | number>();
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    requests.push(path);
    const file = files.get(path);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (typeof file === 'number') {
      // A status instead of a file: 500, or a redirect.
      if (file >= 300 && file < 400) response.setHeader('Location', 'https://elsewhere.example/remoteEntry.js');
      response.writeHead(file).end();
      return;
    }
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Length': file.length }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    files,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the portal's fetch keeps connections alive
      }),
  };
}

const ICO = '00286711';
const LOGO = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');

let db: Database;
let dir: string;
let store: FileBundleStore;
let app: FastifyInstance;
let issuer: IssuerServer;
let telc: string;
let znojmo: string;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(`delete from audit_log; delete from publisher_tokens; delete from citizen_services;
    delete from remote_failure_reports; delete from service_versions; delete from services; delete from issuers;`);
  dir = await mkdtemp(join(tmpdir(), 'czp-external-'));
  store = new FileBundleStore(join(dir, 'remotes'));
  issuer = await startIssuerServer();
  app = await buildApp({
    db,
    store,
    version: '0.0.0-test',
    sessionSecret: 'x'.repeat(32),
    remoteOrigins: [issuer.origin],
  });
  telc = (await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Telč' }, ico: ICO })).token.token;
  znojmo = (await createIssuer(db, { id: 'mesto-znojmo', name: { cs: 'Město Znojmo', en: 'Znojmo' }, ico: ICO })).token
    .token;
});
afterEach(async () => {
  await app.close();
  await issuer.close();
  await rm(dir, { recursive: true, force: true });
});

const baseOf = (version: string) => `${issuer.origin}/czp/telc/${version}/`;

/** Puts a built remote (built with the public path "auto") and a logo on the issuer's server. */
function host(version = '1.0.0', options: ManifestOptions & { marker?: string } = {}): Map<string, Buffer> {
  const files = bundleFiles('telc', version, { publicPath: 'auto', ...options });
  files.set('logo.svg', LOGO);
  for (const [path, content] of files) issuer.files.set(`/czp/telc/${version}/${path}`, content);
  return files;
}

function register(
  token: string,
  options: { version?: string; baseUrl?: string; metadata?: unknown; activate?: boolean; id?: string } = {},
) {
  const version = options.version ?? '1.0.0';
  return app.inject({
    method: 'POST',
    url: `/api/publisher/services/${options.id ?? 'telc'}/external`,
    headers: { authorization: `Bearer ${token}`, 'user-agent': 'czp-cli/test' },
    payload: {
      version,
      metadata: options.metadata ?? serviceMetadata('telc', { logo: 'logo.svg' }),
      baseUrl: options.baseUrl ?? baseOf(version),
      ...(options.activate === undefined ? {} : { activate: options.activate }),
    },
  });
}

async function catalogueEntry(): Promise<CatalogueEntry | undefined> {
  return (await app.inject('/api/catalogue')).json().services[0];
}

/** Everything a refused registration must leave as it was. */
async function snapshot() {
  return {
    services: await db.query('select id, issuer_id, active_version, metadata, withdrawn_at from services order by id'),
    versions: await db.query('select service_id, version, files, base_url from service_versions order by 1, 2'),
    catalogue: (await app.inject('/api/catalogue')).json(),
    stored: await readdir(join(dir, 'remotes')).catch(() => []),
    audit: await db.query("select message from audit_log where outcome = 'ok' order by id"),
  };
}

describe('POST /api/publisher/services/:serviceId/external', () => {
  it("registers a remote on the issuer's origin: absolute URLs and the hashes of its files at registration", async () => {
    const files = host();
    const base = baseOf('1.0.0');
    const response = await register(telc);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({
      serviceId: 'telc',
      version: '1.0.0',
      status: 'published',
      active: true,
      activeVersion: '1.0.0',
      // mf-manifest.json, remoteEntry.js, 4 assets, logo.svg
      files: 7,
      baseUrl: base,
      message: 'published version 1.0.0 of telc; it is now active',
    });

    const entry = await catalogueEntry();
    expect(entry).toMatchObject({
      id: 'telc',
      version: '1.0.0',
      manifestUrl: `${base}mf-manifest.json`,
      entryUrl: `${base}remoteEntry.js`,
      federationName: 'czp_telc',
      preload: { js: [`${base}assets/app-1.js`, `${base}assets/dep-1.js`], css: [`${base}assets/app-1.css`] },
      logoUrl: `${base}logo.svg`,
    });
    const hash = (path: string) => sriIntegrity(files.get(path) as Buffer);
    expect(entry?.integrity).toEqual({
      [`${base}remoteEntry.js`]: hash('remoteEntry.js'),
      [`${base}assets/app-1.js`]: hash('assets/app-1.js'),
      [`${base}assets/dep-1.js`]: hash('assets/dep-1.js'),
      [`${base}assets/lazy-1.js`]: hash('assets/lazy-1.js'),
      [`${base}assets/app-1.css`]: hash('assets/app-1.css'),
    });

    // Nothing in the bundle store, and the portal's /remotes/ has nothing of it to serve.
    expect(await readdir(join(dir, 'remotes')).catch(() => [])).toEqual([]);
    expect((await app.inject('/remotes/telc/1.0.0/remoteEntry.js')).statusCode).toBe(404);

    const versions = (
      await app.inject({
        url: '/api/publisher/services/telc/versions',
        headers: { authorization: `Bearer ${telc}` },
      })
    ).json();
    expect(versions.versions).toEqual([expect.objectContaining({ version: '1.0.0', active: true, baseUrl: base })]);
    const audit = await db.query<{ action: string; outcome: string; message: string; version: string }>(
      'select action, outcome, message, version from audit_log order by id',
    );
    expect(audit).toEqual([
      {
        action: 'publish.external',
        outcome: 'ok',
        version: '1.0.0',
        message: `published version 1.0.0 of telc; it is now active (hosted at ${base})`,
      },
    ]);
  });

  it("lists the allowed origins in the CSP's script-src, style-src, connect-src and img-src", async () => {
    const csp = (await app.inject('/api/health')).headers['content-security-policy'] as string;
    const directive = (name: string) => csp.split(';').find((part) => part.trim().startsWith(`${name} `)) ?? '';
    for (const name of ['script-src', 'style-src', 'connect-src', 'img-src']) {
      expect(directive(name)).toContain(` ${issuer.origin}`);
    }
    for (const name of ['default-src', 'font-src', 'form-action', 'base-uri']) {
      expect(directive(name)).not.toContain(issuer.origin);
    }
  });

  it('keeps a file changed on the issuer server after registration pinned to its registration hash', async () => {
    const files = host();
    expect((await register(telc)).statusCode).toBe(201);
    const changed = Buffer.from('export const marker = "tampered";\n');
    issuer.files.set('/czp/telc/1.0.0/remoteEntry.js', changed);

    const entry = await catalogueEntry();
    const url = `${baseOf('1.0.0')}remoteEntry.js`;
    // The browser compares what it fetches with this hash: the changed file is refused.
    expect(entry?.integrity[url]).toBe(sriIntegrity(files.get('remoteEntry.js') as Buffer));
    expect(entry?.integrity[url]).not.toBe(sriIntegrity(changed));
  });

  it('answers the same registration again as unchanged, and keeps the version rules of uploads', async () => {
    host('1.0.0');
    expect((await register(telc)).statusCode).toBe(201);
    const again = await register(telc);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ status: 'unchanged', version: '1.0.0' });

    host('0.9.0');
    const lower = await register(telc, { version: '0.9.0' });
    expect(lower.statusCode).toBe(409);
    expect(lower.json()).toMatchObject({ error: 'version-not-higher', field: 'version' });

    host('1.1.0', { marker: 'draft' });
    const draft = await register(telc, { version: '1.1.0', activate: false });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ active: false, activeVersion: '1.0.0' });
    expect((await catalogueEntry())?.version).toBe('1.0.0');
  });

  describe('refuses, and nothing changes', () => {
    it('a base URL whose origin is not allowed, before fetching anything', async () => {
      host();
      const before = await snapshot();
      const response = await register(telc, { baseUrl: 'https://portal.telc.eu/czp/telc/1.0.0/' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'origin-not-allowed',
        field: 'baseUrl',
        message:
          'https://portal.telc.eu is not an allowed origin for remotes; the operator allows origins with ' +
          `CZP_REMOTE_ORIGINS (allowed now: ${issuer.origin})`,
      });
      expect(issuer.requests).toEqual([]);
      expect(await snapshot()).toEqual(before);
      const [audit] = await db.query<{ outcome: string; action: string }>('select outcome, action from audit_log');
      expect(audit).toEqual({ outcome: 'refused', action: 'publish.external' });
    });

    it('any origin when the operator allows none', async () => {
      await app.close();
      app = await buildApp({ db, store, version: '0.0.0-test', sessionSecret: 'x'.repeat(32) });
      host();
      const response = await register(telc);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('is not an allowed origin for remotes; the operator allows origins');
      expect(issuer.requests).toEqual([]);
    });

    it('a base URL that does not end with "/"', async () => {
      const response = await register(telc, { baseUrl: `${issuer.origin}/czp/telc/1.0.0` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'validation', field: 'baseUrl' });
      expect(response.json().message).toContain('must end with "/"');
    });

    it("another issuer's token, before fetching anything", async () => {
      host();
      expect((await register(telc)).statusCode).toBe(201);
      issuer.requests.length = 0;
      const before = await snapshot();
      host('1.1.0');
      const foreign = await register(znojmo, { version: '1.1.0' });
      expect(foreign.statusCode).toBe(403);
      expect(foreign.json()).toMatchObject({ error: 'issuer-mismatch' });
      expect(issuer.requests).toEqual([]);
      expect(await snapshot()).toEqual(before);
    });

    it('a missing mf-manifest.json (404), naming its URL', async () => {
      const before = await snapshot();
      const response = await register(telc);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: 'missing-file',
        field: 'baseUrl',
        message:
          `${baseOf('1.0.0')}mf-manifest.json is not there (HTTP 404); upload the whole built remote (its dist/) ` +
          'to the base URL',
      });
      expect(await snapshot()).toEqual(before);
    });

    it('a manifest that does not expose ./app, before fetching its files', async () => {
      host('1.0.0', { exposesApp: false });
      const before = await snapshot();
      const response = await register(telc);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-manifest', field: 'baseUrl' });
      expect(response.json().message).toContain(`${baseOf('1.0.0')}mf-manifest.json does not expose "./app"`);
      expect(issuer.requests).toEqual(['/czp/telc/1.0.0/mf-manifest.json']);
      expect(await snapshot()).toEqual(before);
    });

    it('a remote built to load its chunks from the portal (public path /remotes/…)', async () => {
      host('1.0.0', { publicPath: 'return "/remotes/telc/1.0.0/"' });
      const response = await register(telc);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'invalid-manifest', field: 'baseUrl' });
      expect(response.json().message).toContain('build it with the public path "auto"');
    });

    it('a file the manifest names that is missing, naming its URL', async () => {
      host();
      issuer.files.delete('/czp/telc/1.0.0/assets/lazy-1.js');
      const before = await snapshot();
      const response = await register(telc);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'missing-file', field: 'baseUrl' });
      expect(response.json().message).toContain(`${baseOf('1.0.0')}assets/lazy-1.js is not there (HTTP 404)`);
      expect(await snapshot()).toEqual(before);
    });

    it('a server error or a redirect of the issuer server (502), naming the URL', async () => {
      host();
      issuer.files.set('/czp/telc/1.0.0/remoteEntry.js', 500);
      const failing = await register(telc);
      expect(failing.statusCode).toBe(502);
      expect(failing.json()).toEqual({
        error: 'remote-unreachable',
        field: 'baseUrl',
        message: `${baseOf('1.0.0')}remoteEntry.js answered HTTP 500 instead of the file`,
      });

      issuer.files.set('/czp/telc/1.0.0/remoteEntry.js', 302);
      const redirect = await register(telc);
      expect(redirect.statusCode).toBe(502);
      expect(redirect.json().message).toContain(
        `${baseOf('1.0.0')}remoteEntry.js redirects (HTTP 302) to https://elsewhere.example/remoteEntry.js`,
      );
      expect(await catalogueEntry()).toBeUndefined();
    });

    it('an issuer server that does not answer (502)', async () => {
      host();
      const origin = issuer.origin;
      await issuer.close();
      const response = await register(telc, { baseUrl: `${origin}/czp/telc/1.0.0/` });
      expect(response.statusCode).toBe(502);
      expect(response.json().message).toMatch(
        new RegExp(`^${origin}/czp/telc/1\\.0\\.0/mf-manifest\\.json could not be fetched`),
      );
      issuer = await startIssuerServer(); // for afterEach
    });
  });
});

describe('fetchRemoteFile', () => {
  it('refuses a file over the size limit, naming its URL', async () => {
    issuer.files.set('/big.js', Buffer.alloc(2048, 'a'));
    const url = `${issuer.origin}/big.js`;
    await expect(fetchRemoteFile(url, { timeoutMs: 10_000, fileBytes: 1024, totalBytes: 4096 })).rejects.toThrow(
      `${url} is larger than`,
    );
    await expect(fetchRemoteFile(url, { timeoutMs: 10_000, fileBytes: 4096, totalBytes: 4096 })).resolves.toHaveLength(
      2048,
    );
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { ServiceMetadata } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { bundleFiles, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { createIssuer } from './issuers.js';
import { multipart, type TarEntry, tarGz } from './testing.js';

let db: Database;
let dir: string;
let store: FileBundleStore;
let app: FastifyInstance;
let telc: string;
let znojmo: string;

const ICO = '00286711';

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(`delete from audit_log; delete from publisher_tokens; delete from citizen_services;
    delete from remote_failure_reports; delete from service_versions; delete from services; delete from issuers;`);
  dir = await mkdtemp(join(tmpdir(), 'czp-publisher-'));
  store = new FileBundleStore(join(dir, 'remotes'));
  app = await buildApp({ db, store, version: '0.0.0-test', sessionSecret: 'x'.repeat(32) });
  telc = (await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Telč' }, ico: ICO })).token.token;
  znojmo = (await createIssuer(db, { id: 'mesto-znojmo', name: { cs: 'Město Znojmo', en: 'Znojmo' }, ico: ICO })).token
    .token;
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

interface PublishOptions {
  id?: string;
  version?: string;
  metadata?: unknown;
  files?: Map<string, Buffer>;
  bundle?: Buffer;
  activate?: boolean;
}

async function publish(token: string | null, options: PublishOptions = {}) {
  const id = options.id ?? 'telc';
  const version = options.version ?? '1.0.0';
  const bundle = options.bundle ?? (await tarGz(options.files ?? bundleFiles(id, version)));
  const form = multipart([
    { name: 'version', value: version },
    { name: 'metadata', value: JSON.stringify(options.metadata ?? serviceMetadata(id)) },
    ...(options.activate === undefined ? [] : [{ name: 'activate', value: String(options.activate) }]),
    { name: 'bundle', value: bundle, filename: 'bundle.tar.gz' },
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/publisher/services/${id}/versions`,
    payload: form.payload,
    headers: { ...form.headers, 'user-agent': 'czp-cli/test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
}

function call(token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) {
  return app.inject({
    method,
    url: `/api/publisher${url}`,
    headers: { authorization: `Bearer ${token}`, 'user-agent': 'czp-cli/test' },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

async function storedFiles(): Promise<Record<string, string>> {
  const root = join(dir, 'remotes');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(root, full)] = (await readFile(full)).toString('base64');
  }
  return files;
}

/** Everything a refused attempt must leave as it was. */
async function snapshot() {
  return {
    services: await db.query('select id, issuer_id, active_version, metadata, withdrawn_at from services order by id'),
    versions: await db.query('select service_id, version, metadata, files from service_versions order by 1, 2'),
    catalogue: (await app.inject('/api/catalogue')).json(),
    files: await storedFiles(),
  };
}

const auditRows = () =>
  db.query<{ issuer_id: string | null; action: string; outcome: string; message: string; ip: string | null }>(
    'select issuer_id, action, outcome, message, ip from audit_log order by id',
  );

/** Publishes telc 1.0.0 with Telč's token, and checks it worked. */
async function publishTelc(version = '1.0.0') {
  const response = await publish(telc, { version });
  expect(response.statusCode, response.body).toBe(201);
}

describe('POST /api/publisher/services/:serviceId/versions', () => {
  it('publishes a version, lists it in the catalogue and serves its files', async () => {
    const response = await publish(telc);
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      serviceId: 'telc',
      version: '1.0.0',
      status: 'published',
      active: true,
      activeVersion: '1.0.0',
      files: 6,
      message: 'published version 1.0.0 of telc; it is now active',
    });
    const catalogue = (await app.inject('/api/catalogue')).json();
    expect(catalogue.services.map((s: { id: string; version: string }) => `${s.id}@${s.version}`)).toEqual([
      'telc@1.0.0',
    ]);
    const entry = await app.inject('/remotes/telc/1.0.0/remoteEntry.js');
    expect(entry.statusCode).toBe(200);
    expect(entry.body).toContain('"1.0.0"');
    expect(await auditRows()).toEqual([
      {
        issuer_id: 'mesto-telc',
        action: 'publish',
        outcome: 'ok',
        message: 'published version 1.0.0 of telc; it is now active',
        ip: '127.0.0.1',
      },
    ]);
  });

  it('reads a tarball made with tar -C dist . (./ prefixes and folder entries)', async () => {
    const entries: TarEntry[] = [
      { name: './', type: 'directory' },
      { name: './assets/', type: 'directory' },
      ...[...bundleFiles()].map(([name, content]) => ({ name: `./${name}`, content })),
    ];
    const response = await publish(telc, { bundle: await tarGz(entries) });
    expect(response.statusCode, response.body).toBe(201);
    expect(Object.keys(await storedFiles()).sort()).toEqual(
      [...bundleFiles().keys()].map((path) => `telc/1.0.0/${path}`).sort(),
    );
  });

  it('stores a draft with activate=false and keeps the active version', async () => {
    await publishTelc('1.0.0');
    const draft = await publish(telc, { version: '1.1.0', activate: false });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ version: '1.1.0', active: false, activeVersion: '1.0.0' });
    expect((await app.inject('/api/catalogue')).json().services[0].version).toBe('1.0.0');
    expect((await app.inject('/remotes/telc/1.1.0/remoteEntry.js')).statusCode).toBe(200);

    const list = await call(telc, 'GET', '/services/telc/versions');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body).toMatchObject({ serviceId: 'telc', activeVersion: '1.0.0', withdrawnAt: null });
    expect(body.versions.map((v: { version: string; active: boolean }) => [v.version, v.active])).toEqual([
      ['1.1.0', false],
      ['1.0.0', true],
    ]);
    const size = [...bundleFiles('telc', '1.0.0').values()].reduce((sum, content) => sum + content.length, 0);
    expect(body.versions[1]).toEqual({
      version: '1.0.0',
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      active: true,
      files: 6,
      size,
    });
  });

  it('answers 200 unchanged for the same version with the same files', async () => {
    await publishTelc();
    const again = await publish(telc);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'unchanged', active: true, activeVersion: '1.0.0' });
  });

  it('keeps <script> in the description as text in the stored and served catalogue', async () => {
    const script = '<script>alert("pwned")</script> & <img src=x onerror=alert(1)>';
    const metadata = serviceMetadata('telc', { description: { cs: script, en: script } });
    const response = await publish(telc, { metadata });
    expect(response.statusCode).toBe(201);
    const [row] = await db.query<{ metadata: ServiceMetadata }>(`select metadata from services where id = 'telc'`);
    expect(row?.metadata.description.cs).toBe(script);
    const catalogue = await app.inject('/api/catalogue');
    expect(catalogue.headers['content-type']).toMatch(/^application\/json/);
    const served = catalogue.json().services[0];
    expect(typeof served.description.cs).toBe('string');
    expect(served.description).toEqual({ cs: script, en: script });
  });
});

describe('refusals: clear messages, nothing published changes', () => {
  /** Runs a refused attempt and checks that the catalogue, the records and the stored files are untouched. */
  async function refused(attempt: () => Promise<{ statusCode: number; json(): unknown }>) {
    const before = await snapshot();
    const response = await attempt();
    expect(await snapshot()).toEqual(before);
    return { status: response.statusCode, body: response.json() as { error: string; message: string; field?: string } };
  }

  it('refuses a request without a token', async () => {
    await publishTelc();
    const { status, body } = await refused(() => publish(null, { version: '2.0.0' }));
    expect(status).toBe(401);
    expect(body).toEqual({
      error: 'token-missing',
      message: 'Send your publishing token: Authorization: Bearer <token>',
    });
    const response = await publish(null, { version: '2.0.0' });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="czp-publisher"');
    expect((await auditRows()).filter((row) => row.outcome === 'refused')).toEqual([]);
  });

  it('refuses an unknown token', async () => {
    await publishTelc();
    const { status, body } = await refused(() => publish('czp_notatoken', { version: '2.0.0' }));
    expect(status).toBe(401);
    expect(body).toEqual({ error: 'token-invalid', message: 'This publishing token is not valid' });
  });

  it('refuses a revoked token, and audits the attempt', async () => {
    await publishTelc();
    const created = (await call(telc, 'POST', '/tokens', { name: 'laptop' })).json();
    expect((await call(telc, 'DELETE', `/tokens/${created.id}`)).statusCode).toBe(200);
    const { status, body } = await refused(() => publish(created.token, { version: '2.0.0' }));
    expect(status).toBe(401);
    expect(body.error).toBe('token-revoked');
    expect(body.message).toMatch(
      /^This publishing token was revoked on \d{4}-\d\d-\d\d \d\d:\d\d UTC; create a new one with `czp tokens create`$/,
    );
    await call(created.token, 'GET', '/tokens');
    expect((await auditRows()).slice(-2)).toMatchObject([
      { issuer_id: 'mesto-telc', action: 'publish', outcome: 'refused', message: body.message },
      { issuer_id: 'mesto-telc', action: 'authenticate', outcome: 'refused' },
    ]);
    expect((await auditRows()).at(-2)).toMatchObject({
      issuer_id: 'mesto-telc',
      action: 'publish',
      outcome: 'refused',
      ip: '127.0.0.1',
    });
  });

  it("refuses Znojmo's token publishing Telč's service", async () => {
    await publishTelc();
    const asTelc = await refused(() => publish(znojmo, { version: '2.0.0' }));
    expect(asTelc.status).toBe(403);
    expect(asTelc.body).toEqual({
      error: 'issuer-mismatch',
      message: 'This token belongs to mesto-znojmo; the service telc is published by mesto-telc',
      field: 'metadata.issuer.id',
    });
    // Claiming the service in the metadata does not help.
    const claimed = serviceMetadata('telc', {
      issuer: { id: 'mesto-znojmo', name: { cs: 'Znojmo', en: 'Znojmo' }, ico: ICO },
    });
    const asZnojmo = await refused(() => publish(znojmo, { version: '2.0.0', metadata: claimed }));
    expect(asZnojmo.status).toBe(403);
    expect(asZnojmo.body.message).toBe(
      'This token belongs to mesto-znojmo; the service telc is published by mesto-telc',
    );
    // Nor does a new service in Telč's name.
    const foreign = await refused(() =>
      publish(znojmo, { id: 'novy', metadata: serviceMetadata('novy', { issuer: serviceMetadata().issuer }) }),
    );
    expect(foreign.status).toBe(403);
    expect(foreign.body.message).toContain(
      'This token belongs to mesto-znojmo; the metadata names the issuer mesto-telc',
    );
    // Nor rolling back, withdrawing or reading Telč's versions.
    expect((await refused(() => call(znojmo, 'POST', '/services/telc/active', { version: '1.0.0' }))).status).toBe(403);
    expect((await refused(() => call(znojmo, 'DELETE', '/services/telc/active'))).status).toBe(403);
    expect((await call(znojmo, 'GET', '/services/telc/versions')).statusCode).toBe(403);

    const refusals = (await auditRows()).filter((row) => row.outcome === 'refused');
    expect(refusals.map((row) => [row.issuer_id, row.action])).toEqual([
      ['mesto-znojmo', 'publish'],
      ['mesto-znojmo', 'publish'],
      ['mesto-znojmo', 'publish'],
      ['mesto-znojmo', 'activate'],
      ['mesto-znojmo', 'withdraw'],
      ['mesto-znojmo', 'versions.list'],
    ]);
  });

  it('refuses a bundle without a manifest', async () => {
    await publishTelc();
    const files = bundleFiles('telc', '2.0.0');
    files.delete('mf-manifest.json');
    const { status, body } = await refused(() => publish(telc, { version: '2.0.0', files }));
    expect(status).toBe(400);
    expect(body).toEqual({
      error: 'missing-file',
      message: 'bundle/mf-manifest.json is missing: build the remote (vite build) before publishing it',
      field: 'bundle',
    });
  });

  it('refuses a manifest that exposes another module than ./app', async () => {
    await publishTelc();
    const files = bundleFiles('telc', '2.0.0', { exposesApp: false });
    const { status, body } = await refused(() => publish(telc, { version: '2.0.0', files }));
    expect(status).toBe(400);
    expect(body.error).toBe('invalid-manifest');
    expect(body.message).toContain('bundle/mf-manifest.json does not expose "./app"');
  });

  it('refuses a tarball with paths that climb out of the bundle', async () => {
    await publishTelc();
    for (const evil of ['../evil.js', 'assets/../../evil.js', '/etc/cron.d/evil']) {
      const entries: TarEntry[] = [
        ...[...bundleFiles('telc', '2.0.0')].map(([name, content]) => ({ name, content })),
        { name: evil, content: Buffer.from('evil') },
      ];
      const { status, body } = await refused(() => publish(telc, { version: '2.0.0', bundle: gzipTar(entries) }));
      expect(status).toBe(400);
      expect(body.error).toBe('invalid-path');
      expect(body.message).toContain(`"${evil}" escapes the bundle`);
    }
  });

  it('refuses a tarball with a symbolic link or a hard link', async () => {
    await publishTelc();
    const files = [...bundleFiles('telc', '2.0.0')].map(([name, content]) => ({ name, content }));
    const link = await refused(async () =>
      publish(telc, {
        version: '2.0.0',
        bundle: await tarGz([...files, { name: 'assets/passwd.js', type: 'symlink', linkname: '/etc/passwd' }]),
      }),
    );
    expect(link.status).toBe(400);
    expect(link.body).toEqual({
      error: 'invalid-bundle',
      message: 'the bundle contains a symbolic link at assets/passwd.js; only regular files can be published',
      field: 'bundle',
    });
    const hard = await refused(async () =>
      publish(telc, {
        version: '2.0.0',
        bundle: await tarGz([...files, { name: 'assets/x.js', type: 'link', linkname: 'remoteEntry.js' }]),
      }),
    );
    expect(hard.body.message).toBe(
      'the bundle contains a hard link at assets/x.js; only regular files can be published',
    );
  });

  it('refuses an upload larger than 20 MB', async () => {
    await publishTelc();
    const { status, body } = await refused(() =>
      publish(telc, { version: '2.0.0', bundle: Buffer.alloc(20 * 1024 * 1024 + 1, 1) }),
    );
    expect(status).toBe(413);
    expect(body).toEqual({ error: 'too-large', message: 'The bundle is larger than 20 MB', field: 'bundle' });
  });

  it('refuses a bundle larger than 50 MB uncompressed (a decompression bomb)', async () => {
    await publishTelc();
    const bomb = gzipSync(Buffer.alloc(51 * 1024 * 1024));
    const { status, body } = await refused(() => publish(telc, { version: '2.0.0', bundle: bomb }));
    expect(status).toBe(413);
    expect(body.message).toBe('The bundle is larger than 50 MB uncompressed');
  });

  it('refuses a bundle that is not a gzip-compressed tar', async () => {
    await publishTelc();
    const plain = await refused(() => publish(telc, { version: '2.0.0', bundle: Buffer.from('PK\u0003\u0004zip') }));
    expect(plain.status).toBe(400);
    expect(plain.body.message).toBe(
      'The bundle is not gzip-compressed; pack the contents of dist/: tar -czf bundle.tar.gz -C dist .',
    );
    const notTar = await refused(() =>
      publish(telc, { version: '2.0.0', bundle: gzipSync(Buffer.from('x'.repeat(2048))) }),
    );
    expect(notTar.status).toBe(400);
    expect(notTar.body.message).toMatch(/^The bundle is not a valid tar archive \(/);
  });

  it('refuses a version lower than the active one', async () => {
    await publishTelc('1.0.0');
    await publishTelc('1.2.0');
    const { status, body } = await refused(() => publish(telc, { version: '1.1.0' }));
    expect(status).toBe(409);
    expect(body).toEqual({
      error: 'version-not-higher',
      message: 'Version 1.1.0 is not higher than the latest published version 1.2.0; bump the version',
      field: 'version',
    });
  });

  it('refuses other files under a published version', async () => {
    await publishTelc();
    const { status, body } = await refused(() =>
      publish(telc, { files: bundleFiles('telc', '1.0.0', { marker: 'changed' }) }),
    );
    expect(status).toBe(409);
    expect(body.error).toBe('version-conflict');
    expect(body.message).toBe(
      'version 1.0.0 of telc is already published with different files; versions are immutable: bump the version',
    );
  });

  it('refuses invalid metadata, naming the field', async () => {
    await publishTelc();
    const metadata = serviceMetadata('telc', { support: { email: 'nope', phone: '+420 567 112 411' } });
    const { status, body } = await refused(() => publish(telc, { version: '2.0.0', metadata }));
    expect(status).toBe(400);
    expect(body).toEqual({
      error: 'invalid-metadata',
      message: 'metadata is not valid: support.email: Technical support e-mail must be an e-mail address',
      field: 'metadata.support.email',
    });
    const notJson = await refused(() => {
      const form = multipart([
        { name: 'version', value: '2.0.0' },
        { name: 'metadata', value: '{ not json' },
        { name: 'bundle', value: Buffer.from('x'), filename: 'b.tgz' },
      ]);
      return app.inject({
        method: 'POST',
        url: '/api/publisher/services/telc/versions',
        payload: form.payload,
        headers: { ...form.headers, authorization: `Bearer ${telc}` },
      });
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.field).toBe('metadata');
  });

  it('refuses a service id that differs from the metadata', async () => {
    await publishTelc();
    const { status, body } = await refused(() =>
      publish(telc, {
        id: 'telc',
        version: '2.0.0',
        metadata: serviceMetadata('jina', { issuer: serviceMetadata().issuer }),
      }),
    );
    expect(status).toBe(400);
    expect(body.error).toBe('service-id-mismatch');
    expect(body.field).toBe('metadata.id');
  });

  it('refuses a metadata field over 64 KB and a body that is not multipart', async () => {
    await publishTelc();
    const huge = { ...serviceMetadata('telc'), region: 'x'.repeat(70 * 1024) };
    const big = await refused(() => publish(telc, { version: '2.0.0', metadata: huge }));
    expect(big.status).toBe(413);
    expect(big.body).toEqual({
      error: 'too-large',
      message: 'The field metadata is larger than 64 KB',
      field: 'metadata',
    });
    const json = await refused(() => call(telc, 'POST', '/services/telc/versions', { version: '2.0.0' }));
    expect(json.status).toBe(415);
    expect(json.body.message).toBe(
      'Send multipart/form-data with the fields version, metadata, activate and the file bundle',
    );
  });

  it('refuses to serve a stored file whose bytes no longer match the recorded sha384', async () => {
    const lines: string[] = [];
    await app.close();
    app = await buildApp({
      db,
      store,
      version: '0.0.0-test',
      logger: {
        level: 'error',
        stream: new Writable({
          write(chunk, _encoding, done) {
            lines.push(String(chunk));
            done();
          },
        }),
      },
    });
    await publishTelc();
    await writeFile(join(dir, 'remotes/telc/1.0.0/assets/app-1.js'), 'export function mount() { steal(); }\n');
    const tampered = await app.inject('/remotes/telc/1.0.0/assets/app-1.js');
    expect(tampered.statusCode).toBe(502);
    expect(tampered.body).not.toContain('steal');
    expect(tampered.json()).toEqual({
      error: 'integrity',
      message: 'The file "assets/app-1.js" of telc 1.0.0 does not match what was published, so it is not served',
    });
    expect(lines.join('')).toContain('does not match the sha384 recorded when it was published');
    expect((await app.inject('/remotes/telc/1.0.0/remoteEntry.js')).statusCode).toBe(200);
  });

  it('limits the rate of requests per client', async () => {
    let last = 0;
    for (let i = 0; i < 61; i += 1) last = (await call(telc, 'GET', '/tokens')).statusCode;
    expect(last).toBe(429);
    const response = await call(telc, 'GET', '/tokens');
    expect(response.json()).toMatchObject({ error: 'rate-limited' });
  });
});

/** A tarball whose names tar-stream writes as given (escaping paths included). */
function gzipTar(entries: TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const content = entry.content ?? Buffer.alloc(0);
    const header = Buffer.alloc(512);
    header.write(entry.name, 0, 100, 'utf8');
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\u000000', 257);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe('activation and withdrawal', () => {
  it('activates an earlier version (rollback) and keeps serving every version', async () => {
    await publishTelc('1.0.0');
    await publishTelc('1.2.0');
    const response = await call(telc, 'POST', '/services/telc/active', { version: '1.0.0' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      serviceId: 'telc',
      activeVersion: '1.0.0',
      previousVersion: '1.2.0',
      message: 'version 1.0.0 of telc is now active instead of 1.2.0',
    });
    const catalogue = (await app.inject('/api/catalogue')).json();
    expect(catalogue.services[0]).toMatchObject({ version: '1.0.0', entryUrl: '/remotes/telc/1.0.0/remoteEntry.js' });
    expect((await app.inject('/remotes/telc/1.2.0/remoteEntry.js')).statusCode).toBe(200);
    expect((await app.inject('/remotes/telc/1.0.0/remoteEntry.js')).statusCode).toBe(200);
  });

  it('answers 404 for a version or a service that is not published, 400 for a bad body', async () => {
    await publishTelc();
    const version = await call(telc, 'POST', '/services/telc/active', { version: '9.9.9' });
    expect(version.statusCode).toBe(404);
    expect(version.json()).toEqual({
      error: 'unknown-version',
      message: 'version 9.9.9 of telc is not published',
      field: 'version',
    });
    const service = await call(telc, 'GET', '/services/nowhere/versions');
    expect(service.statusCode).toBe(404);
    expect(service.json().message).toContain('There is no service nowhere');
    const body = await call(telc, 'POST', '/services/telc/active', { version: 'latest' });
    expect(body.statusCode).toBe(400);
    expect(body.json()).toMatchObject({ error: 'validation', field: 'version' });
    const id = await call(telc, 'GET', '/services/Not_An_Id/versions');
    expect(id.statusCode).toBe(400);
    expect(id.json().field).toBe('serviceId');
  });

  it('withdraws a service from the catalogue and brings it back on activation', async () => {
    await publishTelc();
    const withdrawn = await call(telc, 'DELETE', '/services/telc/active');
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ serviceId: 'telc', activeVersion: null, previousVersion: '1.0.0' });
    expect((await app.inject('/api/catalogue')).json().services).toEqual([]);
    expect((await app.inject('/remotes/telc/1.0.0/remoteEntry.js')).statusCode).toBe(200);
    const list = (await call(telc, 'GET', '/services/telc/versions')).json();
    expect(list.activeVersion).toBeNull();
    expect(list.withdrawnAt).toMatch(/^\d{4}-/);
    expect(list.versions.map((v: { version: string }) => v.version)).toEqual(['1.0.0']);
    // Withdrawing again changes nothing; re-publishing the same version does not bring it back.
    expect((await call(telc, 'DELETE', '/services/telc/active')).json().message).toBe(
      'telc is not in the catalogue; nothing changed',
    );
    expect((await publish(telc)).json()).toMatchObject({ status: 'unchanged', active: false, activeVersion: null });

    const restored = await call(telc, 'POST', '/services/telc/active', { version: '1.0.0' });
    expect(restored.statusCode).toBe(200);
    expect((await app.inject('/api/catalogue')).json().services.map((s: { id: string }) => s.id)).toEqual(['telc']);
    expect((await call(telc, 'GET', '/services/telc/versions')).json().withdrawnAt).toBeNull();
  });
});

describe('tokens and the audit log', () => {
  it('creates, lists and revokes tokens of the own issuer only', async () => {
    const created = await call(telc, 'POST', '/tokens', { name: 'CI' });
    expect(created.statusCode).toBe(201);
    const token = created.json();
    expect(token).toMatchObject({ name: 'CI', id: expect.any(String) });
    expect(token.token).toMatch(/^czp_[A-Za-z0-9_-]{43}$/);

    const listed = await call(token.token, 'GET', '/tokens');
    expect(listed.statusCode).toBe(200);
    const body = listed.json();
    expect(body.issuerId).toBe('mesto-telc');
    expect(body.tokens.map((t: { name: string; current: boolean }) => [t.name, t.current])).toEqual([
      ['CI', true],
      ['initial', false],
    ]);
    expect(Object.keys(body.tokens[0]).sort()).toEqual(
      ['createdAt', 'current', 'id', 'lastUsedAt', 'name', 'revokedAt'].sort(),
    );
    expect(body.tokens[0].lastUsedAt).not.toBeNull();
    expect(listed.body).not.toContain(token.token);

    // Another issuer cannot revoke it.
    const foreign = await call(znojmo, 'DELETE', `/tokens/${token.id}`);
    expect(foreign.statusCode).toBe(404);
    expect((await call(token.token, 'GET', '/tokens')).statusCode).toBe(200);
    // A token may revoke itself.
    const revoked = await call(token.token, 'DELETE', `/tokens/${token.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: token.id, name: 'CI', revokedAt: expect.stringMatching(/^\d{4}-/) });
    expect((await call(token.token, 'GET', '/tokens')).statusCode).toBe(401);
    expect((await call(telc, 'GET', '/tokens')).statusCode).toBe(200);

    const bad = await call(telc, 'POST', '/tokens', { name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation', field: 'name' });
    expect((await call(telc, 'DELETE', '/tokens/not-a-uuid')).statusCode).toBe(400);
  });

  it("shows an issuer its own audit entries, newest first, with the caller's address", async () => {
    await publishTelc();
    await call(telc, 'POST', '/tokens', { name: 'CI' });
    await call(znojmo, 'DELETE', '/services/telc/active');
    const response = await call(telc, 'GET', '/audit?limit=10');
    expect(response.statusCode).toBe(200);
    const { entries } = response.json();
    expect(entries.map((e: { action: string; outcome: string }) => [e.action, e.outcome])).toEqual([
      ['token.create', 'ok'],
      ['publish', 'ok'],
    ]);
    expect(entries[1]).toMatchObject({
      serviceId: 'telc',
      version: '1.0.0',
      ip: '127.0.0.1',
      userAgent: 'czp-cli/test',
      tokenId: expect.any(String),
      at: expect.stringMatching(/^\d{4}-/),
    });
    const limited = (await call(telc, 'GET', '/audit?limit=1')).json();
    expect(limited.entries).toHaveLength(1);
    const zn = (await call(znojmo, 'GET', '/audit')).json();
    expect(zn.entries).toMatchObject([{ action: 'withdraw', outcome: 'refused', serviceId: 'telc' }]);
    expect((await call(telc, 'GET', '/audit?limit=0')).statusCode).toBe(400);
  });
});

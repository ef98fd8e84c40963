import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtureRemote, fixtureMetadata, readBundle } from '@czp/publishing-gate/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { bundleFiles, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { loadCatalogue } from '../serving/catalogue.js';
import { PublishError } from './errors.js';
import { publishBundle, sriIntegrity } from './publish.js';

let db: Database;
let dir: string;
let store: FileBundleStore;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(
    'delete from remote_failure_reports; delete from service_versions; delete from services; delete from issuers;',
  );
  dir = await mkdtemp(join(tmpdir(), 'czp-publish-'));
  store = new FileBundleStore(join(dir, 'remotes'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const publish = (version: string, options: Parameters<typeof bundleFiles>[2] = {}, id = 'telc') =>
  publishBundle(db, store, {
    metadata: serviceMetadata(id),
    version,
    files: bundleFiles(id, version, options),
    labels: {
      metadata: `remotes/${id}/czp.service.json`,
      version: `remotes/${id}/package.json`,
      bundle: `remotes/${id}/dist`,
    },
  });

async function refusal(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

const snapshot = async () => ({
  services: await db.query('select id, active_version, metadata from services order by id'),
  versions: await db.query('select service_id, version, files, preload from service_versions order by 1, 2'),
});

describe('publishBundle', () => {
  it('publishes a first version, records SRI hashes and makes it active', async () => {
    const result = await publish('1.0.0');
    expect(result).toMatchObject({ status: 'published', serviceId: 'telc', version: '1.0.0', active: true });
    const [row] = await db.query<{ files: { path: string; size: number; integrity: string }[]; preload: unknown }>(
      `select files, preload from service_versions where service_id = 'telc' and version = '1.0.0'`,
    );
    const files = bundleFiles('telc', '1.0.0');
    expect(row?.files.map((f) => f.path)).toEqual([...files.keys()].sort());
    const entry = row?.files.find((f) => f.path === 'remoteEntry.js');
    expect(entry?.integrity).toBe(sriIntegrity(files.get('remoteEntry.js') as Buffer));
    expect(entry?.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(row?.preload).toEqual({
      js: ['/remotes/telc/1.0.0/assets/app-1.js', '/remotes/telc/1.0.0/assets/dep-1.js'],
      css: ['/remotes/telc/1.0.0/assets/app-1.css'],
    });
    const stored = await readFile(join(dir, 'remotes/telc/1.0.0/assets/app-1.js'), 'utf8');
    expect(stored).toContain('"1.0.0"');
    const [issuer] = await db.query<{ id: string; ico: string }>('select id, ico from issuers');
    expect(issuer).toEqual({ id: 'mesto-telc', ico: '00286711' });
  });

  it('activates a higher version and refuses a version that is not higher, changing nothing', async () => {
    await publish('1.0.0');
    expect(await publish('1.2.0')).toMatchObject({ status: 'published', active: true, activeVersion: '1.2.0' });
    const before = await snapshot();
    const lower = await refusal(publish('1.1.0'));
    expect(lower.code).toBe('version-not-higher');
    expect(lower.message).toBe(
      'Version 1.1.0 is not higher than the latest published version 1.2.0; bump the version in remotes/telc/package.json',
    );
    expect(await snapshot()).toEqual(before);
    expect(await readdir(join(dir, 'remotes/telc'))).toEqual(['1.0.0', '1.2.0']);
    const catalogue = await loadCatalogue(db);
    expect(catalogue.services.map((s) => `${s.id}@${s.version}`)).toEqual(['telc@1.2.0']);
    expect(catalogue.services[0]?.entryUrl).toBe('/remotes/telc/1.2.0/remoteEntry.js');
  });

  it('stores a draft without activating it when activate is false', async () => {
    await publish('1.0.0');
    const draft = await publishBundle(db, store, {
      metadata: serviceMetadata(),
      version: '1.1.0',
      files: bundleFiles('telc', '1.1.0'),
      activate: false,
    });
    expect(draft).toMatchObject({ status: 'published', active: false, activeVersion: '1.0.0', files: 6 });
    expect(draft.message).toBe('published version 1.1.0 of telc as a draft; version 1.0.0 stays active');
    expect((await loadCatalogue(db)).services.map((s) => s.version)).toEqual(['1.0.0']);
    // A draft counts as published: the next version must be higher than it.
    expect((await refusal(publish('1.0.5'))).code).toBe('version-not-higher');
  });

  it('keeps a first version published as a draft out of the catalogue', async () => {
    const draft = await publishBundle(db, store, {
      metadata: serviceMetadata(),
      version: '1.0.0',
      files: bundleFiles(),
      activate: false,
    });
    expect(draft).toMatchObject({ active: false, activeVersion: null });
    expect((await loadCatalogue(db)).services).toEqual([]);
    expect(await publish('1.0.0')).toMatchObject({ status: 'unchanged', active: false, activeVersion: null });
  });

  it('refuses metadata whose logo is not in the bundle', async () => {
    const metadata = serviceMetadata('telc', { logo: 'logo.svg' });
    const error = await refusal(publishBundle(db, store, { metadata, version: '1.0.0', files: bundleFiles() }));
    expect(error.code).toBe('missing-file');
    expect(error.field).toBe('logo');
    expect(error.message).toContain('logo names "logo.svg", which is not in the bundle');
    const files = bundleFiles();
    files.set('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    await publishBundle(db, store, { metadata, version: '1.0.0', files });
    expect((await loadCatalogue(db)).services[0]?.logoUrl).toBe('/remotes/telc/1.0.0/logo.svg');
  });

  it('through the API, keeps the registered IČO and refuses another issuer', async () => {
    await publish('1.0.0');
    const publisher = { issuerId: 'mesto-telc' };
    const otherIco = serviceMetadata('telc', {
      issuer: { id: 'mesto-telc', name: { cs: 'Telč', en: 'Telč' }, ico: '12345678' },
    });
    const ico = await refusal(
      publishBundle(db, store, {
        metadata: otherIco,
        version: '2.0.0',
        files: bundleFiles('telc', '2.0.0'),
        publisher,
      }),
    );
    expect(ico.field).toBe('issuer.ico');
    expect(ico.message).toContain('mesto-telc is registered with the IČO 00286711');
    const foreign = await refusal(
      publishBundle(db, store, {
        metadata: serviceMetadata('telc'),
        version: '2.0.0',
        files: bundleFiles('telc', '2.0.0'),
        publisher: { issuerId: 'mesto-znojmo' },
      }),
    );
    expect(foreign.code).toBe('issuer-mismatch');
    expect(foreign.message).toBe('This token belongs to mesto-znojmo; the service telc is published by mesto-telc');
    expect(await readdir(join(dir, 'remotes/telc'))).toEqual(['1.0.0']);
  });

  it('treats the same version with the same files as a no-op', async () => {
    await publish('1.0.0');
    const before = await snapshot();
    const again = await publish('1.0.0');
    expect(again).toMatchObject({ status: 'unchanged', active: true });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the same version with different files and changes nothing', async () => {
    await publish('1.0.0');
    const before = await snapshot();
    const error = await refusal(publish('1.0.0', { marker: 'changed' }));
    expect(error.code).toBe('version-conflict');
    expect(error.message).toBe(
      'version 1.0.0 of telc is already published with different files; versions are immutable: ' +
        'bump the version in remotes/telc/package.json',
    );
    expect(await snapshot()).toEqual(before);
    expect(await readFile(join(dir, 'remotes/telc/1.0.0/assets/app-1.js'), 'utf8')).toContain('"1.0.0"');
  });

  it('refuses a manifest that does not expose ./app', async () => {
    const error = await refusal(publish('1.0.0', { exposesApp: false }));
    expect(error.message).toContain('remotes/telc/dist/mf-manifest.json does not expose "./app"');
    expect(await snapshot()).toEqual({ services: [], versions: [] });
  });

  it('refuses a remote that bundles its own React (React error #321)', async () => {
    const error = await refusal(
      publish('1.0.0', { singletons: ['react-dom', 'zustand', '@czp/design-system', '@czp/remote-sdk'] }),
    );
    expect(error.code).toBe('not-shared-singleton');
    expect(error.message).toContain('does not take "react" from the portal as a shared singleton');
    expect(error.message).toContain('React error #321');
    const notSingleton = await refusal(publish('1.0.0', { notSingleton: ['zustand'] }));
    expect(notSingleton.message).toContain('"zustand"');
    expect(notSingleton.message).toContain('singleton is not true');
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a remote built with its shared singletons but without import: false, by its files', async () => {
    // The trial's build: the manifest declares every shared singleton, yet Module Federation bundled fallbacks.
    const out = join(dir, 'built');
    await buildFixtureRemote('bundled', out);
    const error = await refusal(
      publishBundle(db, store, {
        metadata: await fixtureMetadata(),
        version: '1.0.0',
        files: await readBundle(out),
        labels: { bundle: 'remotes/gate-fixture/dist' },
      }),
    );
    expect(error.code).toBe('not-shared-singleton');
    expect(error.message).toMatch(/^remotes\/gate-fixture\/dist bundles its own copies of react \(assets\//);
    expect(error.message).toMatch(/react-dom \(assets\/[^)]+\.js/);
    expect(error.message).toContain(
      'take the shared libraries from the portal — use czpRemoteConfig() from @czp/remote-build',
    );
    expect(await snapshot()).toEqual({ services: [], versions: [] });
    expect(await readdir(dir)).toEqual(['built']);
  }, 30_000);

  it('refuses a first load over the size budget', async () => {
    const files = bundleFiles();
    // Random bytes do not compress: 120 KB of them in a script ./app needs on mount.
    files.set('assets/dep-1.js', Buffer.from(randomBytes(120 * 1024).toString('base64')));
    const error = await refusal(publishBundle(db, store, { metadata: serviceMetadata(), version: '1.0.0', files }));
    expect(error.code).toBe('remote-too-large');
    expect(error.message).toMatch(
      /^the bundle: the first load \(3 scripts: .*\) is 1\d\d\.\d KB gzip-compressed, over the budget of 100\.0 KB/,
    );
  });

  it('refuses file paths that escape the bundle', async () => {
    for (const path of ['../evil.js', 'assets/../../evil.js', '/etc/passwd', 'assets\\evil.js']) {
      const files = bundleFiles();
      files.set(path, Buffer.from('evil'));
      const error = await refusal(publishBundle(db, store, { metadata: serviceMetadata(), version: '1.0.0', files }));
      expect(error.code).toBe('invalid-path');
      expect(error.message).toContain(`"${path}" escapes the bundle`);
    }
    expect(await snapshot()).toEqual({ services: [], versions: [] });
  });

  it('names the file and field of invalid metadata', async () => {
    const metadata = serviceMetadata('telc', { support: { email: 'not-an-email', phone: '+420 567 112 411' } });
    const error = await refusal(
      publishBundle(db, store, {
        metadata,
        version: '1.0.0',
        files: bundleFiles(),
        labels: { metadata: 'remotes/telc/czp.service.json' },
      }),
    );
    expect(error.code).toBe('invalid-metadata');
    expect(error.field).toBe('support.email');
    expect(error.message).toBe(
      'remotes/telc/czp.service.json is not valid: support.email: Technical support e-mail must be an e-mail address',
    );
  });

  it('refuses a version that is not semantic, and a bundle built for another version', async () => {
    const bad = await refusal(
      publishBundle(db, store, { metadata: serviceMetadata(), version: 'latest', files: bundleFiles() }),
    );
    expect(bad.message).toContain('"latest" is not a semantic version');
    const wrongBase = await refusal(
      publishBundle(db, store, { metadata: serviceMetadata(), version: '2.0.0', files: bundleFiles('telc', '1.0.0') }),
    );
    expect(wrongBase.message).toContain('metaData.getPublicPath must point at /remotes/telc/2.0.0/');
  });

  it('refuses a bundle missing a file its manifest names', async () => {
    const files = bundleFiles();
    files.delete('assets/dep-1.js');
    const error = await refusal(publishBundle(db, store, { metadata: serviceMetadata(), version: '1.0.0', files }));
    expect(error.message).toContain('names the asset "assets/dep-1.js", which is not in the bundle');
  });

  it('does not publish build by-products', async () => {
    const files = bundleFiles();
    files.set('.vite/manifest.json', Buffer.from('{}'));
    files.set('mf-stats.json', Buffer.from('{}'));
    files.set('index.html', Buffer.from('<html></html>'));
    await publishBundle(db, store, { metadata: serviceMetadata(), version: '1.0.0', files });
    expect((await readdir(join(dir, 'remotes/telc/1.0.0'))).sort()).toEqual([
      'assets',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);
  });

  it('refuses a service id claimed by another issuer', async () => {
    await publish('1.0.0');
    const other = serviceMetadata('telc', {
      issuer: { id: 'mesto-jine', name: { cs: 'Jiné', en: 'Other' }, ico: '12345678' },
    });
    const error = await refusal(
      publishBundle(db, store, { metadata: other, version: '2.0.0', files: bundleFiles('telc', '2.0.0') }),
    );
    expect(error.code).toBe('issuer-mismatch');
    const [row] = await db.query<{ active_version: string }>(`select active_version from services where id = 'telc'`);
    expect(row?.active_version).toBe('1.0.0');
  });
});

import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import type { Database } from '../db/database.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { createTestDatabase } from '../test/test-database.js';
import { FileBundleStore, type StoredFile } from './bundle-store.js';
import { DatabaseBundleStore } from './database-bundle-store.js';
import { publishBundle } from './publishing/publish.js';

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(
    'delete from bundle_files; delete from service_versions; delete from services; delete from issuers; ' +
      'delete from remote_failure_reports;',
  );
  dir = await mkdtemp(join(tmpdir(), 'czp-db-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function text(file: StoredFile | null): Promise<string | null> {
  if (!file) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream() as Readable) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([path, content]) => [path, Buffer.from(content)]));

describe('DatabaseBundleStore', () => {
  it('serves a version written by one process from another process with its own cache', async () => {
    const first = new DatabaseBundleStore(db, join(dir, 'a'));
    const second = new DatabaseBundleStore(db, join(dir, 'b'));
    await first.put('telc', '1.0.0', files({ 'remoteEntry.js': 'entry', 'assets/app.js': 'app' }));

    const served = await second.get('telc', '1.0.0', 'assets/app.js');
    expect(served?.size).toBe(3);
    expect(await text(served)).toBe('app');
    expect(await second.get('telc', '1.0.0', 'nothing.js')).toBeNull();
    expect(await second.get('telc', '2.0.0', 'assets/app.js')).toBeNull();
    // The second process cached what it served, under the content's sha256.
    expect(await readdir(join(dir, 'b'))).toEqual([served?.signature]);
  });

  it('serves from the cache, and fetches again when the cached bytes do not have their hash', async () => {
    const store = new DatabaseBundleStore(db, join(dir, 'cache'));
    await store.put('telc', '1.0.0', files({ 'remoteEntry.js': 'the published entry' }));
    const first = await store.get('telc', '1.0.0', 'remoteEntry.js');
    const hash = first?.signature as string;

    // Changed behind the store's back: the cache file is not served.
    await writeFile(join(dir, 'cache', hash), 'tampered');
    expect(await text(await store.get('telc', '1.0.0', 'remoteEntry.js'))).toBe('the published entry');

    // From the cache alone (the row's content is gone, its hash is not): the cached bytes are served.
    await db.query(`update bundle_files set content = '\\x00'::bytea`);
    expect(await text(await store.get('telc', '1.0.0', 'remoteEntry.js'))).toBe('the published entry');
  });

  it('reads files the database has no row of from the fallback store', async () => {
    const files = new FileBundleStore(join(dir, 'remotes'));
    await files.put('telc', '0.9.0', new Map([['remoteEntry.js', Buffer.from('from disk')]]));
    const store = new DatabaseBundleStore(db, join(dir, 'cache'), files);
    expect(await text(await store.get('telc', '0.9.0', 'remoteEntry.js'))).toBe('from disk');
    expect(await new DatabaseBundleStore(db, join(dir, 'cache')).get('telc', '0.9.0', 'remoteEntry.js')).toBeNull();
  });

  it('replaces an unrecorded leftover of a version, and removes a version', async () => {
    const store = new DatabaseBundleStore(db, join(dir, 'cache'));
    await store.put('telc', '1.0.0', files({ 'old.js': 'old', 'remoteEntry.js': 'v1' }));
    await store.put('telc', '1.0.0', files({ 'remoteEntry.js': 'v1 again' }));
    expect(await store.get('telc', '1.0.0', 'old.js')).toBeNull();
    expect(await text(await store.get('telc', '1.0.0', 'remoteEntry.js'))).toBe('v1 again');

    await store.put('telc', '1.1.0', files({ 'remoteEntry.js': 'v1.1' }));
    await store.remove('telc', '1.0.0');
    expect(await store.get('telc', '1.0.0', 'remoteEntry.js')).toBeNull();
    expect(await text(await store.get('telc', '1.1.0', 'remoteEntry.js'))).toBe('v1.1');
  });
});

// PGlite runs one transaction at a time, and publishBundle() writes files inside its own: the database store is for
// PostgreSQL (start.ts uses it when DATABASE_URL is set).
describe.runIf(process.env.CZP_TEST_DATABASE_URL)('two portal processes on one PostgreSQL', () => {
  let apps: FastifyInstance[] = [];
  afterEach(async () => {
    for (const app of apps) await app.close();
    apps = [];
  });

  it('serve the files of a version published through either of them', async () => {
    const stores = [new DatabaseBundleStore(db, join(dir, 'one')), new DatabaseBundleStore(db, join(dir, 'two'))];
    apps = await Promise.all(stores.map((store) => buildApp({ db, store, version: 'test' })));
    const bundle = bundleFiles('telc', '1.0.0');
    await publishBundle(db, stores[0] as DatabaseBundleStore, {
      metadata: serviceMetadata('telc'),
      version: '1.0.0',
      files: bundle,
    });
    for (const app of apps) {
      const response = await app.inject({ method: 'GET', url: '/remotes/telc/1.0.0/remoteEntry.js' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toBe(bundle.get('remoteEntry.js')?.toString('utf8'));
    }
  });
});

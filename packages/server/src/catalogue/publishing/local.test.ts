import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { bundleFiles, serviceMetadata, writeRemoteFolder } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { publishLocalRemotes } from './local.js';
import { publishBundle } from './publish.js';

let db: Database;
let repo: string;
let store: FileBundleStore;

beforeAll(async () => {
  db = await createTestDatabase();
  repo = await mkdtemp(join(tmpdir(), 'czp-repo-'));
  store = new FileBundleStore(join(repo, '.data/remotes'));
});
afterAll(async () => {
  await db.close();
  await rm(repo, { recursive: true, force: true });
});

describe('publishLocalRemotes', () => {
  it('publishes built remotes, skips unbuilt ones, refuses bad ones without stopping', async () => {
    await writeRemoteFolder(repo, 'telc', {
      metadata: serviceMetadata('telc'),
      version: '1.0.0',
      files: bundleFiles('telc', '1.0.0'),
    });
    const znojmo = bundleFiles('znojmo', '0.3.0');
    znojmo.set('.vite/manifest.json', Buffer.from('{}'));
    znojmo.set('mf-stats.json', Buffer.from('{}'));
    znojmo.set('index.html', Buffer.from('<!doctype html>'));
    await writeRemoteFolder(repo, 'znojmo', { metadata: serviceMetadata('znojmo'), version: '0.3.0', files: znojmo });
    await writeRemoteFolder(repo, 'broken', {
      metadata: { ...serviceMetadata('broken'), category: 'castle' },
      version: '1.0.0',
      files: bundleFiles('broken', '1.0.0'),
    });
    await mkdir(join(repo, 'remotes/unbuilt'), { recursive: true });
    await writeFile(join(repo, 'remotes/unbuilt/czp.service.json'), JSON.stringify(serviceMetadata('unbuilt')));
    await writeFile(join(repo, 'remotes/remote-build-config.ts'), 'export {};');

    const outcomes = await publishLocalRemotes(join(repo, 'remotes'), db, store);
    expect(outcomes.map((o) => [o.dir, o.status])).toEqual([
      ['remotes/broken', 'refused'],
      ['remotes/telc', 'published'],
      ['remotes/unbuilt', 'skipped'],
      ['remotes/znojmo', 'published'],
    ]);
    expect(outcomes[0]?.message).toMatch(/^remotes\/broken\/czp\.service\.json is not valid: category: /);
    expect((await readdir(join(repo, '.data/remotes/znojmo/0.3.0'))).sort()).toEqual([
      'assets',
      'mf-manifest.json',
      'remoteEntry.js',
    ]);

    const again = await publishLocalRemotes(join(repo, 'remotes'), db, store);
    expect(again.filter((o) => o.status === 'unchanged').map((o) => o.dir)).toEqual(['remotes/telc', 'remotes/znojmo']);
  });

  it('refuses a bundle with a symbolic link, naming the file', async () => {
    const folder = await writeRemoteFolder(repo, 'linked', {
      metadata: serviceMetadata('linked'),
      version: '1.0.0',
      files: bundleFiles('linked', '1.0.0'),
    });
    await symlink('/etc/passwd', join(folder, 'dist/assets/passwd.js'));
    const outcomes = await publishLocalRemotes(join(repo, 'remotes'), db, store);
    const linked = outcomes.find((o) => o.dir === 'remotes/linked');
    expect(linked).toMatchObject({ status: 'refused', serviceId: 'linked', version: '1.0.0' });
    expect(linked?.message).toBe(
      'remotes/linked/dist/assets/passwd.js is a symbolic link; a bundle contains regular files only',
    );
    expect(await db.query(`select 1 from services where id = 'linked'`)).toEqual([]);
  });

  it('refuses changed files under a published version with the bump message', async () => {
    await writeRemoteFolder(repo, 'telc', {
      metadata: serviceMetadata('telc'),
      version: '1.0.0',
      files: bundleFiles('telc', '1.0.0', { marker: 'edited' }),
    });
    const outcomes = await publishLocalRemotes(join(repo, 'remotes'), db, store);
    expect(outcomes.find((o) => o.dir === 'remotes/telc')?.message).toBe(
      'version 1.0.0 of telc is already published with different files; versions are immutable: bump the version in remotes/telc/package.json',
    );
  });

  it('leaves a newer version published with czp in place, and says so', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'czp-older-'));
    await writeRemoteFolder(dir, 'lysa', {
      metadata: serviceMetadata('lysa'),
      version: '1.0.0',
      files: bundleFiles('lysa', '1.0.0'),
    });
    await publishBundle(db, store, {
      metadata: serviceMetadata('lysa'),
      version: '2.0.0',
      files: bundleFiles('lysa', '2.0.0'),
    });
    const [outcome] = await publishLocalRemotes(join(dir, 'remotes'), db, store);
    expect(outcome).toMatchObject({ dir: 'remotes/lysa', status: 'skipped' });
    expect(outcome?.message).toMatch(/the portal keeps its newer version$/);
    const [row] = await db.query<{ active_version: string }>("select active_version from services where id = 'lysa'");
    expect(row?.active_version).toBe('2.0.0');
    await rm(dir, { recursive: true, force: true });
  });
});

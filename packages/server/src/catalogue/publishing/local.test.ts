import { mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
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

    expect(outcomes[1]?.message).toBe(
      'remotes/telc: published version 1.0.0 of telc; it is now active (published from the repository at start; ' +
        'publishing this same build again with czp publish finds it already there)',
    );
    expect(outcomes[2]?.message).toBe(
      'remotes/unbuilt is not built (no dist/): run pnpm --dir remotes/unbuilt build, or pnpm start',
    );

    const again = await publishLocalRemotes(join(repo, 'remotes'), db, store);
    expect(again.filter((o) => o.status === 'unchanged').map((o) => o.dir)).toEqual(['remotes/telc', 'remotes/znojmo']);
    // Nothing alarming: the same build is simply there already.
    expect(again.find((o) => o.dir === 'remotes/telc')?.message).toBe(
      'remotes/telc: version 1.0.0 is already in the portal with the same files; nothing to publish',
    );
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

describe('publishLocalRemotes never publishes a stale or failed build', () => {
  let dir = '';
  afterEach(async () => {
    vi.unstubAllEnvs();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** A built remote; each source file changed the given seconds after the build (negative: before it). */
  async function builtRemote(name: string, sources: Record<string, number>) {
    const folder = await writeRemoteFolder(dir, name, {
      metadata: serviceMetadata(name),
      version: '1.0.0',
      files: bundleFiles(name, '1.0.0'),
    });
    const built = new Date('2026-12-01T10:00:00Z');
    for (const file of await readdir(join(folder, 'dist'), { recursive: true })) {
      await utimes(join(folder, 'dist', file), built, built);
    }
    for (const [file, offset] of Object.entries(sources)) {
      await mkdir(join(folder, file, '..'), { recursive: true });
      await writeFile(join(folder, file), 'export {};');
      const at = new Date(built.getTime() + offset * 1000);
      await utimes(join(folder, file), at, at);
    }
    await writeFile(join(folder, 'package.json'), JSON.stringify({ name: `@czp/remote-${name}`, version: '1.0.0' }));
    return folder;
  }

  it('skips a remote whose dist/ is older than a source file, naming the file and the build command', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-stale-'));
    await builtRemote('stale', { 'src/app.tsx': 60, 'index.html': -60 });
    // Tests and snapshots are not built from: changing them leaves dist/ current.
    await builtRemote('fresh', { 'src/app.tsx': -60, 'src/app.test.tsx': 60, 'src/__snapshots__/a.snap': 60 });
    const outcomes = await publishLocalRemotes(join(dir, 'remotes'), db, store);
    expect(outcomes.map((o) => [o.dir, o.status])).toEqual([
      ['remotes/fresh', 'published'],
      ['remotes/stale', 'skipped'],
    ]);
    expect(outcomes[1]?.message).toBe(
      'remotes/stale is not published: its dist/ is older than remotes/stale/src/app.tsx (changed after the last ' +
        'build); build it again: pnpm --filter @czp/remote-stale build, or pnpm start',
    );
    expect(await db.query(`select 1 from services where id = 'stale'`)).toEqual([]);
  });

  it('skips a remote whose build failed (from pnpm start: CZP_FAILED_REMOTES), publishing the others', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-failed-'));
    await builtRemote('failedone', {});
    await builtRemote('goodone', {});
    vi.stubEnv('CZP_FAILED_REMOTES', 'failedone, other');
    const outcomes = await publishLocalRemotes(join(dir, 'remotes'), db, store);
    expect(outcomes.map((o) => [o.dir, o.status])).toEqual([
      ['remotes/failedone', 'skipped'],
      ['remotes/goodone', 'published'],
    ]);
    expect(outcomes[0]?.message).toBe(
      'remotes/failedone is not published: its build failed (the reason is printed above); the portal keeps what it had',
    );
    expect(await db.query(`select 1 from services where id = 'failedone'`)).toEqual([]);
    // Given explicitly, the option wins over the environment.
    const explicit = await publishLocalRemotes(join(dir, 'remotes'), db, store, { failedBuilds: [] });
    expect(explicit.find((o) => o.dir === 'remotes/failedone')?.status).toBe('published');
  });
});

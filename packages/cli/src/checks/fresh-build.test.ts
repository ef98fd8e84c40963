import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../errors.js';
import { createRemote, type RemoteFixture, removeRemote } from '../testing.js';
import { distFreshness, formatClock, refuseStaleDist } from './fresh-build.js';

let fixture: RemoteFixture | undefined;
afterEach(() => removeRemote(fixture));

/** Sets a file's times to today at hh:mm (local time). */
async function touch(file: string, hh: number, mm: number) {
  const at = new Date();
  at.setHours(hh, mm, 0, 0);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, 'x', { flag: 'a' });
  await utimes(file, at, at);
}

async function builtAt(remote: RemoteFixture, hh: number, mm: number) {
  for (const name of [
    'mf-manifest.json',
    'remoteEntry.js',
    'assets/app-abc.js',
    'assets/app-abc.css',
    'index.html',
    'mf-stats.json',
    '.vite/manifest.json',
  ]) {
    await touch(path.join(remote.dist, name), hh, mm);
  }
  for (const name of ['czp.service.json', 'package.json']) await touch(path.join(remote.dir, name), hh, mm - 10);
}

describe('a stale dist/', () => {
  it('is refused, naming the newest source, when it changed and when dist/ was built', async () => {
    fixture = await createRemote();
    await builtAt(fixture, 11, 40);
    await touch(path.join(fixture.dir, 'src/app.tsx'), 12, 3);
    await touch(path.join(fixture.dir, 'src/messages.ts'), 11, 50);
    const folder = { dir: fixture.dir, label: 'remotes/telc' };
    const error = await refuseStaleDist(folder, 'run `czp publish --build` or build first').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe(
      'remotes/telc: dist/ is older than src/app.tsx (changed 12:03, built 11:40): run `czp publish --build` or build first',
    );
    expect((error as CliError).code).toBe('stale-dist');
  });

  it('counts czp.service.json, index.html, the Vite config, package.json and public/, not node_modules', async () => {
    for (const source of ['czp.service.json', 'index.html', 'vite.config.ts', 'package.json', 'public/logo.svg']) {
      fixture = await createRemote();
      await builtAt(fixture, 9, 0);
      await touch(path.join(fixture.dir, source), 9, 30);
      const freshness = await distFreshness(fixture);
      expect(freshness.fresh, source).toBe(false);
      expect(freshness.changed?.path).toBe(source);
      await removeRemote(fixture);
    }
    fixture = await createRemote();
    await builtAt(fixture, 9, 0);
    await touch(path.join(fixture.dir, 'node_modules/x/index.js'), 9, 30);
    await touch(path.join(fixture.dir, 'README.md'), 9, 30);
    expect((await distFreshness(fixture)).fresh).toBe(true);
  });

  it('passes a dist/ built after its last change', async () => {
    fixture = await createRemote();
    await touch(path.join(fixture.dir, 'src/app.tsx'), 8, 0);
    await builtAt(fixture, 8, 5);
    await expect(refuseStaleDist({ dir: fixture.dir, label: 'telc' }, 'build')).resolves.toBeUndefined();
  });
});

describe('formatClock', () => {
  it('gives the time today and the day before that', () => {
    const now = new Date(2026, 11, 3, 12, 0).getTime();
    expect(formatClock(new Date(2026, 11, 3, 9, 5).getTime(), now)).toBe('09:05');
    expect(formatClock(new Date(2026, 11, 1, 17, 30).getTime(), now)).toBe('1 Dec 17:30');
  });
});

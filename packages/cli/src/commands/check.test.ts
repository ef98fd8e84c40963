import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFixtureRemote, fixtureMetadata } from '@czp/publishing-gate/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Check } from '../checks/types.js';
import { runCzp } from '../testing.js';

// The publishing gate's lines and the build's: the accessibility check (a browser on the emulator) has its own tests.
vi.mock('../checks/index.js', async (importOriginal) => {
  const original = await importOriginal<{ CHECKS: readonly Check[] }>();
  const gate = new Set(['build', 'metadata', 'manifest', 'shared', 'size']);
  return { CHECKS: original.CHECKS.filter((check) => gate.has(check.id)) };
});

/**
 * Two remote folders holding the publishing gate's fixture remote, built with the real toolchain: `good` with
 * czpRemoteConfig(), `bundled` with the shared singletons declared but without import: false (the trial's build).
 */
let root: string;

async function remoteFolder(name: string, variant: 'czp' | 'bundled') {
  const dir = path.join(root, 'remotes', name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'czp.service.json'), JSON.stringify(await fixtureMetadata(), null, 2));
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', scripts: { build: 'vite build' } }),
  );
  await buildFixtureRemote(variant, path.join(dir, 'dist'));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-check-'));
  await Promise.all([remoteFolder('good', 'czp'), remoteFolder('bundled', 'bundled')]);
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('czp check', () => {
  it('passes a remote built with czpRemoteConfig(), one ✓ line per check, without a token', async () => {
    const result = await runCzp(['check', 'remotes/good'], { cwd: root, env: { CZP_TOKEN: undefined } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Checking gate-fixture 1.0.0 in remotes/good …');
    expect(lines.slice(1, -1).map((line) => line.slice(0, 2))).toEqual(['✓ ', '✓ ', '✓ ', '✓ ', '✓ ']);
    expect(result.stdout).toMatch(/✓ build {13}dist\/ is newer than the sources \(built \d\d:\d\d\)/);
    expect(result.stdout).toContain('✓ metadata          gate-fixture 1.0.0 by mesto-kutna-hora (IČO 00236195)');
    expect(result.stdout).toContain('✓ shared libraries  7 shared libraries come from the portal');
    expect(result.stdout).toMatch(/✓ size {14}first load [\d.]+ KB gzip-compressed of 100\.0 KB/);
    expect(lines.at(-1)).toBe('All 5 checks passed: publish with czp publish remotes/good');
  });

  it('refuses the remote that bundles its own React, saying what to change, and exits 1', async () => {
    const result = await runCzp(['check', 'remotes/bundled'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      /✗ shared libraries {2}remotes\/bundled\/dist bundles its own copies of react \(assets\/[^)]+\), react-dom \(assets\//,
    );
    expect(result.stdout).toContain(
      'take the shared libraries from the portal — use czpRemoteConfig() from @czp/remote-build',
    );
    expect(result.stdout).toContain('✓ manifest');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 of 5 checks failed: fix what the ✗ lines say and run czp check again',
    );
  });

  it('prints the results as JSON with --json', async () => {
    const result = await runCzp(['check', 'remotes/bundled', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      serviceId: string;
      checks: { id: string; status: string; code?: string; field?: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.serviceId).toBe('gate-fixture');
    expect(report.checks.map((check) => `${check.id}:${check.status}`)).toEqual([
      'build:pass',
      'metadata:pass',
      'manifest:pass',
      'shared:fail',
      'size:pass',
    ]);
    expect(report.checks[3]).toMatchObject({ code: 'not-shared-singleton', field: 'shared' });
  });

  it('builds first when a source changed after the build; a failing build is the ✗ build line', async () => {
    const dir = path.join(root, 'remotes', 'stale');
    await mkdir(path.join(dir, 'src'), { recursive: true });
    await writeFile(path.join(dir, 'czp.service.json'), JSON.stringify(await fixtureMetadata()));
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'stale', version: '1.0.0', scripts: { build: 'node -e "process.exit(3)"' } }),
    );
    await buildFixtureRemote('czp', path.join(dir, 'dist'));
    const source = path.join(dir, 'src/app.tsx');
    await writeFile(source, 'export {};\n');
    const later = new Date(Date.now() + 60_000);
    await utimes(source, later, later);
    const result = await runCzp(['check', 'remotes/stale'], { cwd: root });
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('dist/ is older than src/app.tsx: building first (npm run build)');
    expect(lines[1]).toBe(
      '✗ build  the build of remotes/stale failed (npm run build exited with 3): fix what it printed above',
    );
    const json = await runCzp(['check', 'remotes/stale', '--json'], { cwd: root });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      checks: [{ id: 'build', status: 'fail', code: 'build-failed', file: 'remotes/stale/package.json' }],
    });
  });

  it('builds a fresh remote without dist/ first, then checks what the build made; with --build always', async () => {
    const dir = path.join(root, 'remotes', 'fresh');
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'czp.service.json'), JSON.stringify(await fixtureMetadata()));
    const copy = `node -e "require('fs').cpSync('../good/dist', 'dist', { recursive: true })"`;
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'fresh', version: '1.0.0', scripts: { build: copy } }),
    );
    const result = await runCzp(['check', 'remotes/fresh'], { cwd: root });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('dist/ is not built yet: building first (npm run build)');
    expect(lines[1]).toBe('Checking gate-fixture 1.0.0 in remotes/fresh …');
    expect(lines.at(-1)).toBe('All 5 checks passed: publish with czp publish remotes/fresh');

    // Built and fresh: no build, unless --build.
    expect((await runCzp(['check', 'remotes/fresh'], { cwd: root })).stdout).not.toContain('building first');
    const forced = await runCzp(['check', 'remotes/fresh', '--build'], { cwd: root });
    expect(forced.code).toBe(0);
    expect(forced.stdout.split('\n')[0]).toBe('Building first (npm run build)');
  });

  it('refuses a folder that is no remote, as JSON too', async () => {
    const result = await runCzp(['check', 'nowhere', '--json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      error: 'refused',
      message: 'nowhere does not exist',
      field: null,
      status: null,
    });
  });
});

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../errors.js';
import { buildRemote, packageManagerOf } from './build-remote.js';

let root: string | undefined;
afterEach(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

/** A remote whose build script runs `node build.mjs` (which writes dist/ or fails). */
async function remote(script: string, buildScript: string | null = 'node build.mjs') {
  root = await mkdtemp(path.join(tmpdir(), 'czp-build-'));
  const dir = path.join(root, 'remotes', 'kutna-hora');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'kutna-hora', version: '1.0.0', scripts: buildScript ? { build: buildScript } : {} }),
  );
  await writeFile(path.join(dir, 'build.mjs'), script);
  return { dir, label: 'remotes/kutna-hora' };
}

function io() {
  let stdout = '';
  let stderr = '';
  return {
    io: {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      env: {},
      cwd: root ?? tmpdir(),
    },
    output: () => ({ stdout, stderr }),
  };
}

describe('packageManagerOf', () => {
  it('is pnpm with a pnpm lockfile or workspace in the folder or above it, else npm', async () => {
    const folder = await remote('');
    expect(await packageManagerOf(folder.dir)).toBe('npm');
    await writeFile(path.join(root as string, 'pnpm-workspace.yaml'), 'packages: [remotes/*]\n');
    expect(await packageManagerOf(folder.dir)).toBe('pnpm');
    await rm(path.join(root as string, 'pnpm-workspace.yaml'));
    await writeFile(path.join(folder.dir, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    expect(await packageManagerOf(folder.dir)).toBe('pnpm');
  });
});

describe('buildRemote', () => {
  it('runs the build script with npm, its output on stderr', async () => {
    const folder = await remote(
      "import { mkdirSync, writeFileSync } from 'node:fs';\nmkdirSync('dist');\nwriteFileSync('dist/remoteEntry.js', '');\nconsole.log('built it');\n",
    );
    const { io: cli, output } = io();
    expect(await buildRemote(folder, cli)).toBe('npm');
    expect(await readFile(path.join(folder.dir, 'dist/remoteEntry.js'), 'utf8')).toBe('');
    expect(output().stderr).toContain('built it');
    expect(output().stdout).toBe('');
  });

  it('runs it with pnpm in a pnpm workspace', async () => {
    const folder = await remote("console.log('pnpm built it');\n");
    await writeFile(path.join(root as string, 'pnpm-workspace.yaml'), 'packages: [remotes/*]\n');
    const { io: cli, output } = io();
    expect(await buildRemote(folder, cli)).toBe('pnpm');
    expect(output().stderr).toContain('pnpm built it');
  });

  it('refuses a failed build, saying what ran and its exit code', async () => {
    const folder = await remote("console.error('src/app.tsx(3,1): error TS2304');\nprocess.exit(2);\n");
    const { io: cli, output } = io();
    const error = await buildRemote(folder, cli).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).message).toBe(
      'the build of remotes/kutna-hora failed (npm run build exited with 2): fix what it printed above; nothing was uploaded',
    );
    expect((error as CliError).code).toBe('build-failed');
    expect(output().stderr).toContain('error TS2304');
  });

  it('refuses a package.json without a build script', async () => {
    const folder = await remote('', null);
    const error = await buildRemote(folder, io().io).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as CliError).message).toBe(
      'remotes/kutna-hora/package.json has no "build" script: add "build": "vite build" (czp new writes it)',
    );
  });
});

import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as npm or pnpm installs it for `pnpm create czp-service`: node_modules/create-czp-service/bin and
 * node_modules/@czp/cli with its built dist/czp.js (built here, so the test needs no build of the repository).
 */
const PACKAGE = path.resolve(import.meta.dirname, '..');
const CLI = path.resolve(PACKAGE, '../cli');
const run = promisify(execFile);

let root: string;
let bin: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'create-czp-service-'));
  const modules = path.join(root, 'node_modules');
  const installedCli = path.join(modules, '@czp', 'cli');
  await build({
    root: CLI,
    configFile: path.join(CLI, 'vite.config.ts'),
    logLevel: 'silent',
    build: { ssr: path.join(CLI, 'src/czp.ts'), outDir: path.join(installedCli, 'dist') },
  });
  await writeFile(path.join(installedCli, 'package.json'), await readFile(path.join(CLI, 'package.json')));
  // czp's runtime dependencies, from the repository's install.
  for (const dependency of ['zod', 'tar-stream']) {
    await symlink(path.join(CLI, 'node_modules', dependency), path.join(modules, dependency), 'dir');
  }
  bin = path.join(modules, 'create-czp-service', 'bin', 'create-czp-service.js');
  await mkdir(path.dirname(bin), { recursive: true });
  await copyFile(path.join(PACKAGE, 'bin', 'create-czp-service.js'), bin);
  await copyFile(path.join(PACKAGE, 'package.json'), path.join(modules, 'create-czp-service', 'package.json'));
  await chmod(bin, 0o755);
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

const create = (cwd: string, ...args: string[]) =>
  // The registry's packages are not published yet: write the files only (czp new installs by default).
  run(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', CZP_NEW_NO_INSTALL: '1' } }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('create-czp-service', () => {
  it('runs czp new with the arguments it was given', async () => {
    const cwd = path.join(root, 'projects');
    await mkdir(cwd);
    const result = await create(
      cwd,
      'kutna-hora-zavady',
      '--issuer',
      'mesto-kutna-hora',
      '--issuer-cs',
      'Město Kutná Hora',
      '--issuer-en',
      'Town of Kutná Hora',
      '--ico',
      '00236195',
      '--support-email',
      'podatelna@mu.kutnahora.cz',
      '--support-phone',
      '+420 327 710 111',
      '--yes',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Wrote kutna-hora-zavady into kutna-hora-zavady/');
    const metadata = JSON.parse(await readFile(path.join(cwd, 'kutna-hora-zavady', 'czp.service.json'), 'utf8'));
    expect(metadata.issuer.ico).toBe('00236195');
  });

  it('answers with czp new’s usage errors and exit codes', async () => {
    const result = await create(root, 'zavady', '--yes');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('czp: missing --issuer, --issuer-cs');
  });
});

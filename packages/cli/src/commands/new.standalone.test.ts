import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCzp } from '../testing.js';

/**
 * A new remote as a project of its own, outside the repository, with the platform packages from this checkout
 * (`--platform <path>`): czp new installs it (pnpm from the store on this machine), then its own scripts run. Takes some
 * 10–20 s (most of it pnpm install and the build).
 */
const REPO = path.resolve(import.meta.dirname, '../../../..');
const run = promisify(execFile);

/** pnpm in the new project, without the settings of the pnpm that runs these tests (its workspace, its scripts). */
function pnpm(cwd: string, ...args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|pnpm_|VITEST|NODE_ENV$|FORCE_COLOR$)/i.test(name)),
  );
  env.NO_COLOR = '1';
  return run('pnpm', args, { cwd, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
}

let root: string;
let folder: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-new-standalone-'));
  folder = path.join(root, 'kutna-hora-zavady');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('czp new, a standalone project', { timeout: 180_000 }, () => {
  it('installs, tests, typechecks and builds with its own scripts', async () => {
    expect(path.relative(REPO, root).startsWith('..')).toBe(true);
    const created = await runCzp(
      [
        'new',
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
        '--platform',
        REPO,
        '--yes',
      ],
      { cwd: root },
    );
    expect(created.code, created.stderr).toBe(0);
    // czp new installed it (pnpm install in the new folder): its scripts run right away.
    expect(created.stdout).toContain('Installed its dependencies (pnpm install).');
    expect((await stat(path.join(folder, 'node_modules', '@czp', 'remote-sdk'))).isDirectory()).toBe(true);
    const tests = await pnpm(folder, 'test');
    expect(tests.stdout).toMatch(/Tests\s+4 passed \(4\)/);
    await pnpm(folder, 'typecheck');
    await pnpm(folder, 'build');

    const manifest = JSON.parse(await readFile(path.join(folder, 'dist', 'mf-manifest.json'), 'utf8'));
    expect(manifest.name).toBe('czp_kutna_hora_zavady');
    expect((await stat(path.join(folder, 'dist', 'remoteEntry.js'))).size).toBeGreaterThan(0);
  });
});

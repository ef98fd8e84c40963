import { spawn } from 'node:child_process';
import type { CliIo } from '../command.js';

type Installer = 'pnpm' | 'npm';

/** Set to 1 and `czp new` only writes the files (tests, CI that installs by itself, no network). */
export const NO_INSTALL_ENV = 'CZP_NEW_NO_INSTALL';

export type InstallOutcome =
  | { status: 'installed'; manager: Installer }
  | { status: 'skipped' }
  | { status: 'failed'; manager: Installer | null; message: string };

/**
 * The environment of the install: czp's own and the test's, without what the package manager that runs czp (a
 * `pnpm czp`, an `npm init czp-service`) sets for its own run: the new project is not that one's workspace.
 */
function installEnv(io: CliIo): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...io.env };
  for (const name of Object.keys(env)) if (/^(npm_|pnpm_)/i.test(name)) delete env[name];
  return env;
}

/** Runs `<manager> install` in the folder; resolves to the exit code, or the spawn error's code (ENOENT: none). */
function runInstall(manager: Installer, dir: string, io: CliIo): Promise<number | string> {
  return new Promise((resolve) => {
    const child = spawn(manager, ['install'], { cwd: dir, env: installEnv(io), stdio: ['ignore', 'pipe', 'pipe'] });
    // What the install prints goes to stderr: stdout stays for czp's own lines and --json.
    child.stdout.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    child.on('close', (code, signal) => resolve(code ?? signal ?? 'killed'));
  });
}

/** Installs the new remote's dependencies: with pnpm when it is installed, else npm; skipped with CZP_NEW_NO_INSTALL=1. */
export async function installDependencies(dir: string, io: CliIo): Promise<InstallOutcome> {
  if ((io.env[NO_INSTALL_ENV] ?? process.env[NO_INSTALL_ENV]) === '1') return { status: 'skipped' };
  for (const manager of ['pnpm', 'npm'] as const) {
    const code = await runInstall(manager, dir, io);
    if (code === 'ENOENT') continue; // not installed: the next one
    if (code === 0) return { status: 'installed', manager };
    return { status: 'failed', manager, message: `${manager} install exited with ${code}` };
  }
  return { status: 'failed', manager: null, message: 'neither pnpm nor npm is installed' };
}

import { spawn } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CliIo } from '../command.js';
import { CliError } from '../errors.js';
import type { RemoteFolder } from '../remote-folder.js';

type PackageManager = 'pnpm' | 'npm';

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** pnpm when a pnpm lockfile or workspace is found in the folder or above it (a workspace's remote), else npm. */
export async function packageManagerOf(dir: string): Promise<PackageManager> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (
      (await exists(path.join(current, 'pnpm-lock.yaml'))) ||
      (await exists(path.join(current, 'pnpm-workspace.yaml')))
    ) {
      return 'pnpm';
    }
    if (path.dirname(current) === current) return 'npm';
  }
}

/**
 * Runs the remote's own `build` script with its package manager, in its folder. What the build prints goes to stderr
 * (stdout stays for czp's result and --json). A failed build is a refusal: nothing is uploaded.
 */
export async function buildRemote(folder: Pick<RemoteFolder, 'dir' | 'label'>, io: CliIo): Promise<PackageManager> {
  const manifest = JSON.parse(await readFile(path.join(folder.dir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, unknown>;
  };
  if (typeof manifest.scripts?.build !== 'string') {
    throw new CliError(
      `${folder.label}/package.json has no "build" script: add "build": "vite build" (czp new writes it)`,
      1,
      { code: 'build-failed', field: 'scripts.build' },
    );
  }
  const manager = await packageManagerOf(folder.dir);
  const command = `${manager} run build`;
  const code = await new Promise<number | string>((resolve) => {
    const child = spawn(manager, ['run', 'build'], {
      cwd: folder.dir,
      // The tests' io.env holds only what they set: the PATH and the rest come from czp's own environment.
      env: { ...process.env, ...io.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    child.on('close', (exitCode, signal) => resolve(exitCode ?? signal ?? 'killed'));
  });
  if (typeof code === 'string') {
    throw new CliError(
      code === 'ENOENT'
        ? `cannot build ${folder.label}: ${manager} is not installed (it runs \`${command}\`)`
        : `cannot build ${folder.label}: ${command} did not run (${code})`,
      1,
      { code: 'build-failed' },
    );
  }
  if (code !== 0) {
    throw new CliError(
      `the build of ${folder.label} failed (${command} exited with ${code}): fix what it printed above; nothing was uploaded`,
      1,
      { code: 'build-failed' },
    );
  }
  return manager;
}

import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** A deployment's copy of the built Telč remote, optionally as a new version whose heading says its version. */
export function telcArtefacts(dir: string, version?: string): string {
  const target = join(dir, 'telc');
  for (const name of ['czp.service.json', 'package.json', 'dist'])
    cpSync(join(root, 'remotes/telc', name), join(target, name), { recursive: true });
  if (version) {
    const pkgFile = join(target, 'package.json');
    writeFileSync(pkgFile, JSON.stringify({ ...JSON.parse(readFileSync(pkgFile, 'utf8')), version }));
    const assets = join(target, 'dist/assets');
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(assets, file), 'utf8');
      writeFileSync(join(assets, file), text.replaceAll('Životní situace', `Životní situace ${version}`));
    }
  }
  return dir;
}

/** A portal of its own (own port, data folder and remotes), for tests that publish. */
export async function startPortal(options: {
  port: number;
  dataDir: string;
  remotesDir?: string;
  /** More environment variables of the server, e.g. CZP_REMOTE_ORIGINS. */
  env?: Record<string, string>;
}): Promise<ChildProcess> {
  const base = `http://localhost:${options.port}`;
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
    env: {
      ...process.env,
      PORT: String(options.port),
      CZP_DEV_IDP_PORT: String(options.port + 10),
      // Any free port: this portal's register server is its own, beside the main e2e portal's.
      CZP_DEV_REGISTERS_PORT: '0',
      DATA_DIR: options.dataDir,
      ...(options.remotesDir ? { CZP_REMOTES_DIR: options.remotesDir } : {}),
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the portal did not start');
}

/** Stops a portal; one that has not exited after 5 s (a connection held open) is killed. */
export async function stopPortal(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

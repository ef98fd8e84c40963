// The built portal as a process of its own, for the browser benchmarks (run.mjs, lighthouse.mjs, interactions.mjs):
// an empty data folder each time (so every run starts from the same catalogue), its own identity provider port, and
// ready only once the catalogue lists the service the figures are about (the repo's remotes are published after the
// server answers its health check).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Resolves once `check()` is true; throws after `ms`. */
async function until(what, check, ms, gone = () => false) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (gone()) throw new Error(`${what}: the process exited`);
    try {
      if (await check()) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not happen within ${ms / 1000} s`);
}

/**
 * Starts packages/server/dist/start.js on `port`, the development identity provider on port + 1 and the mail
 * catcher on port + 2 (its SMTP on port + 3; never the shared defaults, which another portal on this machine may
 * hold), and waits until /api/catalogue lists `serviceId`. Returns its address and a stop() that ends it and removes
 * its data. On a busy machine publishing the repo's remotes takes a while: `ms` (3 minutes) bounds the wait.
 */
export async function startBuiltPortal({ port, serviceId = 'telc', ms = 180_000 }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'czp-bench-'));
  const child = spawn(process.execPath, [join(root, 'packages/server/dist/start.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      CZP_DEV_IDP_PORT: String(port + 1),
      CZP_DEV_REGISTERS_PORT: '0',
      CZP_DEV_MAIL_PORT: String(port + 2),
      CZP_DEV_MAIL_SMTP_PORT: String(port + 3),
      DATA_DIR: dataDir,
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await until(
      `the portal at ${url} listing ${serviceId}`,
      async () => {
        const response = await fetch(`${url}/api/catalogue`);
        return response.ok && (await response.text()).includes(`"${serviceId}"`);
      },
      ms,
      () => exited,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

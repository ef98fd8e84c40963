import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../catalogue/publisher-api/tokens.js';
import { LOCK_FILE } from '../db/data-folder-lock.js';
import { createPgliteDatabase } from '../db/pglite.js';
import { runAdmin } from './cli.js';
import { HOLDING_SERVER_READY, startHoldingServer } from './holding-server.js';
import { adminIo } from './io.js';
import { SERVER_ADDRESS_FILE } from './running-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const OPERATOR_TOKEN = `czp_op_${'t'.repeat(43)}`;

let dataDir = '';
let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  child = undefined;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/**
 * Another process with the data folder open, as a running portal has it: `server` also serves the portal's API (with
 * the operator publishers API), without it the process only holds the database.
 */
async function otherProcess(folder: string, server: boolean): Promise<{ pid: number; url?: string }> {
  const script = server
    ? `import { runnerImport } from 'vite';
       const { module } = await runnerImport(${JSON.stringify(join(here, 'holding-server.ts'))});
       const running = await module[${JSON.stringify(startHoldingServer.name)}](${JSON.stringify(folder)});
       console.log(${JSON.stringify(HOLDING_SERVER_READY)} + ' ' + running.url);
       process.once('SIGTERM', () => running.close().then(() => process.exit(0)));`
    : `import { runnerImport } from 'vite';
       const { module } = await runnerImport(${JSON.stringify(join(here, '..', 'db', 'pglite.ts'))});
       await module.createPgliteDatabase(${JSON.stringify(join(folder, 'db'))});
       console.log(${JSON.stringify(HOLDING_SERVER_READY)});
       setInterval(() => {}, 1000);`;
  const started = spawn(process.execPath, ['--input-type=module', '-e', script], {
    cwd: join(here, '..', '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
  child = started;
  return new Promise((resolve, reject) => {
    let errors = '';
    started.stdout?.on('data', (chunk) => {
      const line = String(chunk)
        .split('\n')
        .find((text) => text.startsWith(HOLDING_SERVER_READY));
      if (line) resolve({ pid: started.pid as number, url: line.split(' ')[1] });
    });
    started.stderr?.on('data', (chunk) => {
      errors += chunk;
    });
    started.on('exit', (code) => reject(new Error(`the other process ended (${code}): ${errors}`)));
  });
}

/** czp-admin, in this process, as admin.ts runs it. */
async function czpAdmin(argv: string[], env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdmin(argv, {
    ...adminIo({ env, dataDir }),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const KUTNA_HORA = ['--id', 'mesto-kutna-hora', '--name-cs', 'Město Kutná Hora', '--name-en', 'Town of Kutná Hora'];

describe('czp-admin on an embedded database another process holds', () => {
  it('never opens it: registers through the running server, whose database keeps it after a restart', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'czp-admin-server-'));
    await writeFile(join(dataDir, 'operator-token'), `${OPERATOR_TOKEN}\n`, { mode: 0o600 });
    const server = await otherProcess(dataDir, true);
    const lock = join(dataDir, 'db', LOCK_FILE);
    expect((await readFile(lock, 'utf8')).trim()).toBe(String(server.pid));

    // Found by the address the server wrote; the operator token from the data folder.
    const registered = await czpAdmin(['issuer', 'create', ...KUTNA_HORA, '--ico', '00236195']);
    expect(registered.err).toContain(
      `A CzP server (pid ${server.pid}) holds the embedded database: the command goes through its API at ${server.url}.`,
    );
    expect(registered.code, registered.err).toBe(0);
    expect(registered.out).toContain('Registered the issuer mesto-kutna-hora (Město Kutná Hora, IČO 00236195).');
    const token = /^ {2}(czp_\S+)$/m.exec(registered.out)?.[1];
    expect(token).toMatch(/^czp_[A-Za-z0-9_-]{43}$/);
    // Still the server's lock: czp-admin did not take, or open, the folder.
    expect((await readFile(lock, 'utf8')).trim()).toBe(String(server.pid));

    // The token publishes on that server.
    const mine = await fetch(`${server.url}/api/publisher/tokens`, { headers: { authorization: `Bearer ${token}` } });
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as { issuerId: string }).issuerId).toBe('mesto-kutna-hora');

    // Without the address file: found on localhost:$PORT, the operator token from the environment.
    await unlink(join(dataDir, SERVER_ADDRESS_FILE));
    await rm(join(dataDir, 'operator-token'));
    const port = new URL(server.url as string).port;
    const ci = await czpAdmin(['token', 'create', '--issuer', 'mesto-kutna-hora', '--name', 'CI'], {
      PORT: port,
      CZP_PUBLIC_URL: `http://127.0.0.1:${port}`,
      CZP_OPERATOR_TOKEN: OPERATOR_TOKEN,
    });
    expect(ci.code, ci.err).toBe(0);
    const ciToken = /^ {2}(czp_\S+)$/m.exec(ci.out)?.[1];
    const list = await czpAdmin(['token', 'list', '--issuer', 'mesto-kutna-hora'], {
      CZP_PUBLIC_URL: `http://127.0.0.1:${port}`,
      CZP_OPERATOR_TOKEN: OPERATOR_TOKEN,
    });
    expect(list.out.split('\n').map((line) => line.split('  ')[1])).toEqual(['CI', 'initial']);

    // The server restarts: both tokens are there, read through the new process.
    const stop = async () => {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child?.kill('SIGTERM');
      await exited;
    };
    await stop();
    const restarted = await otherProcess(dataDir, true);
    expect(restarted.pid).not.toBe(server.pid);
    // Its operator token file was removed above: the development server made a new one, which czp-admin reads.
    const after = await czpAdmin(['token', 'list', '--issuer', 'mesto-kutna-hora']);
    expect(after.err).toContain(`A CzP server (pid ${restarted.pid}) holds the embedded database`);
    expect(after.out.split('\n').map((line) => line.split('  ')[1])).toEqual(['CI', 'initial']);

    // Stopped, it lets go of the folder; opened here, the database has both tokens' hashes.
    await stop();
    const db = await createPgliteDatabase(join(dataDir, 'db'));
    try {
      const [issuer] = await db.query<{ ico: string }>(`select ico from issuers where id = 'mesto-kutna-hora'`);
      expect(issuer?.ico).toBe('00236195');
      const hashes = await db.query<{ token_hash: string }>(
        `select token_hash from publisher_tokens where issuer_id = 'mesto-kutna-hora' order by created_at`,
      );
      expect(hashes.map((row) => row.token_hash)).toEqual([hashToken(token as string), hashToken(ciToken as string)]);
    } finally {
      await db.close();
    }
  }, 120_000);

  it("refuses clearly when the holder's API does not answer, and prints no token", async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'czp-admin-held-'));
    const holder = await otherProcess(dataDir, false);
    const port = await closedPort();
    const result = await czpAdmin(['issuer', 'create', ...KUTNA_HORA, '--ico', '00236195'], {
      PORT: String(port),
      CZP_OPERATOR_TOKEN: OPERATOR_TOKEN,
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      `czp-admin: The database folder ${join(dataDir, 'db')} is in use by the server (pid ${holder.pid}) and its API ` +
        `did not answer: http://localhost:${port} did not answer (ECONNREFUSED). To go on, stop the server and run ` +
        'czp-admin again, or give the address the server listens on with --server <url>. Nothing was changed.',
    );
    expect(result.out).toBe('');

    const noToken = await czpAdmin(['token', 'create', '--issuer', 'mesto-telc', '--name', 'CI'], {
      PORT: String(port),
    });
    expect(noToken.code).toBe(1);
    expect(noToken.err).toContain('czp-admin has no operator token to send the command to it: set CZP_OPERATOR_TOKEN');
  }, 120_000);
});

/** Test helpers: a remote folder in a temp dir, captured output, an msw server for the portal. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import tar from 'tar-stream';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { run } from './cli.js';

export const ORIGIN = 'http://portal.test';
export const TOKEN = 'czp_test_token';

export interface RemoteFixture {
  /** The temp dir that holds the remote folder (use it as cwd). */
  root: string;
  /** root/remotes/telc */
  dir: string;
  dist: string;
}

export const SERVICE_JSON = { id: 'telc', name: { cs: 'Portál občana města Telč', en: 'Citizen Portal of Telč' } };

/** root/remotes/telc with czp.service.json, package.json and a built dist/ (by-products included). */
export async function createRemote(
  options: { version?: string; service?: unknown; files?: Record<string, string> } = {},
): Promise<RemoteFixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'czp-cli-'));
  const dir = path.join(root, 'remotes', 'telc');
  const dist = path.join(dir, 'dist');
  const files: Record<string, string> = options.files ?? {
    'mf-manifest.json': '{"id":"telc"}',
    'remoteEntry.js': 'export const get = () => {};',
    'assets/app-abc.js': 'console.log("telc");',
    'assets/app-abc.css': 'body{}',
    'index.html': '<!doctype html>',
    'mf-stats.json': '{}',
    '.vite/manifest.json': '{}',
  };
  await mkdir(dist, { recursive: true });
  await writeFile(path.join(dir, 'czp.service.json'), `${JSON.stringify(options.service ?? SERVICE_JSON, null, 2)}\n`);
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: '@czp/remote-telc', version: options.version ?? '1.1.0' }),
  );
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dist, name)), { recursive: true });
    await writeFile(path.join(dist, name), content);
  }
  return { root, dir, dist };
}

export function removeRemote(fixture: RemoteFixture | undefined): Promise<void> {
  return fixture ? rm(fixture.root, { recursive: true, force: true }) : Promise.resolve();
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs czp in-process against ORIGIN with TOKEN (override with env). */
export async function runCzp(
  argv: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    env: { CZP_SERVER: ORIGIN, CZP_TOKEN: TOKEN, ...options.env },
    cwd: options.cwd ?? tmpdir(),
  });
  return { code, stdout, stderr };
}

/** An msw server for the test file: unhandled requests fail the test. */
export function usePortal(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** The entries of a .tar.gz: path → content. */
export async function readTarGz(data: Uint8Array): Promise<Map<string, string>> {
  const extract = tar.extract();
  const entries = new Map<string, string>();
  const done = (async () => {
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      entries.set(
        `${entry.header.type === 'file' ? '' : `${entry.header.type}:`}${entry.header.name}`,
        Buffer.concat(chunks).toString('utf8'),
      );
    }
  })();
  extract.end(gunzipSync(data));
  await done;
  return entries;
}

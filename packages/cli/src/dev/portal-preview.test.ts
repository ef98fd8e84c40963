import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { stopDevServers } from './lifetime.js';
import { buildScriptOptions, previewInPortal, servePreviewFiles } from './portal-preview.js';

const PORTAL = 'http://localhost:8080';
let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'czp-preview-'));
  dir = path.join(root, 'remotes', 'telc');
  await mkdir(path.join(dir, 'dist', 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'czp.service.json'), JSON.stringify({ id: 'telc' }));
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'telc', version: '1.0.0' }));
  await writeFile(path.join(root, 'secret.txt'), 'not for the browser');
});
afterEach(async () => {
  stopDevServers();
  await rm(root, { recursive: true, force: true });
});

function captured(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (chunk: string) => (out += chunk) },
    stderr: { write: (chunk: string) => (err += chunk) },
    env: {},
    cwd: root,
    out: () => out,
    err: () => err,
  };
}

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(port: number, target: string, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, method }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Stands in for `vite build --watch`: writes dist/ as a build would, then keeps running like a watcher. */
function fakeWatch(options: { fail?: boolean } = {}) {
  const script = options.fail
    ? 'console.error("error during build"); process.exit(1)'
    : `const fs = require('node:fs'); const p = require('node:path');
       fs.writeFileSync(p.join('dist', 'assets', 'app.css'), 'body{}');
       fs.writeFileSync(p.join('dist', 'remoteEntry.js'), 'export const built = true;');
       setInterval(() => {}, 1000);`;
  let child: ReturnType<typeof spawn> | undefined;
  return {
    startWatch: (cwd: string) => {
      child = spawn(process.execPath, ['-e', script], { cwd, stdio: 'ignore' });
      return child;
    },
    child: () => child,
  };
}

describe('the preview file server', () => {
  it('serves dist/ to the portal’s origin only (CORS), never cached, and nothing outside dist/', async () => {
    await writeFile(path.join(dir, 'dist', 'remoteEntry.js'), 'export {};');
    const server = await servePreviewFiles({ distDir: path.join(dir, 'dist'), port: 0, portalOrigin: PORTAL });
    try {
      const entry = await rawGet(server.port, '/remoteEntry.js');
      expect(entry.status).toBe(200);
      expect(entry.body).toBe('export {};');
      expect(entry.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(entry.headers['access-control-allow-origin']).toBe(PORTAL);
      expect(entry.headers['cache-control']).toBe('no-store');
      for (const target of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/', '/missing.js', '/a%00']) {
        const response = await rawGet(server.port, target);
        expect(response.status, target).toBe(404);
        expect(response.body, target).not.toContain('not for the browser');
      }
      expect((await rawGet(server.port, '/remoteEntry.js', 'POST')).status).toBe(405);
      expect((await rawGet(server.port, '/remoteEntry.js', 'OPTIONS')).status).toBe(204);
      // A taken port is said with what to do.
      await expect(servePreviewFiles({ distDir: dir, port: server.port, portalOrigin: PORTAL })).rejects.toThrow(
        `port ${server.port} is in use: stop what uses it or pass --port <port>`,
      );
    } finally {
      await server.close();
    }
  });
});

describe('previewing in a portal', () => {
  it('builds, serves, prints and opens the portal’s confirmation page, and stops cleanly', async () => {
    const io = captured();
    const watch = fakeWatch();
    const opened: string[] = [];
    let ready: { origin: string; confirmationUrl: string } | undefined;
    const running = previewInPortal({
      dir: 'remotes/telc',
      portal: `${PORTAL}/some/page`,
      port: 0,
      io,
      startWatch: watch.startWatch,
      openBrowser: (url) => opened.push(url),
      onReady: (info) => {
        ready = info;
      },
    });
    await expect.poll(() => ready, { timeout: 10_000 }).toBeDefined();
    const origin = ready?.origin as string;
    const port = Number(new URL(origin).port);
    expect(origin).toMatch(/^http:\/\/localhost:\d+$/);
    const confirmation = `${PORTAL}/preview?service=telc&origin=${encodeURIComponent(origin)}`;
    expect(ready?.confirmationUrl).toBe(confirmation);
    expect(opened).toEqual([confirmation]);
    expect(io.out()).toContain(confirmation);
    expect(io.out()).toContain('Press Ctrl-C to stop.');
    const entry = await rawGet(port, '/remoteEntry.js');
    expect(entry.body).toBe('export const built = true;');
    expect(entry.headers['access-control-allow-origin']).toBe(PORTAL);

    stopDevServers();
    await running;
    await expect.poll(() => watch.child()?.signalCode ?? watch.child()?.exitCode, { timeout: 5000 }).not.toBeNull();
    await expect(rawGet(port, '/remoteEntry.js')).rejects.toThrow();
  });

  it('says the build failed when the watch build stops before its first build', async () => {
    const error = await previewInPortal({
      dir: 'remotes/telc',
      portal: PORTAL,
      port: 0,
      io: captured(),
      startWatch: fakeWatch({ fail: true }).startWatch,
      openBrowser: () => {},
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).code).toBe('build-failed');
    expect((error as Error).message).toContain('the watch build of remotes/telc stopped (exited with 1)');
  });

  it('refuses a portal that is not an http(s) address, and a folder without czp.service.json', async () => {
    for (const portal of ['localhost:8080', 'ftp://portal', 'not a url']) {
      await expect(previewInPortal({ dir: 'remotes/telc', portal, io: captured() }), portal).rejects.toBeInstanceOf(
        UsageError,
      );
    }
    await expect(previewInPortal({ dir: '.', portal: PORTAL, io: captured() })).rejects.toThrow(/czp\.service\.json/);
  });
});

describe('the watch build', () => {
  it('gives Vite the options of the remote’s own build script', async () => {
    const script = async (build: unknown) => {
      await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'telc', scripts: { build } }));
      return buildScriptOptions(dir);
    };
    expect(await script('vite build --configLoader runner')).toEqual(['--configLoader', 'runner']);
    expect(await script('vite build')).toEqual([]);
    expect(await script('vite build --watch --mode production')).toEqual(['--mode', 'production']);
    expect(await script('tsc && vite build')).toEqual([]);
    expect(await script('vite build; rm -rf /')).toEqual([]);
    expect(await script(undefined)).toEqual([]);
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { CliIo } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { folderLabel, readServiceFile } from '../remote-folder.js';
import { untilStopped } from './lifetime.js';

/**
 * `czp dev --portal <url>`: the remote built in watch mode (its own Vite config, so dist/ is a real Module Federation
 * remote with remoteEntry.js) and served on a local port for that portal's pages only (CORS), then the portal's
 * confirmation page opened: the portal loads this one service from here, in that browser only, until the developer
 * goes back to the published version there.
 */
export interface PortalPreviewOptions {
  /** The remote's folder (absolute, or relative to io.cwd). */
  dir: string;
  /** The running portal, e.g. http://localhost:8080 or https://portal.example. */
  portal: string;
  /** The development server's port (default 5174). */
  port?: number;
  io: CliIo;
}

const DEFAULT_PREVIEW_PORT = 5174;
/** How long the first build may take before czp gives up. */
const FIRST_BUILD_TIMEOUT_MS = 120_000;

/** Seams for tests: how the watch build starts and how the browser opens (stopDevServers() stops it). */
interface PreviewSeams {
  startWatch?: (dir: string, io: CliIo) => ChildProcess;
  openBrowser?: (url: string, io: CliIo) => void;
  /** Called once the files are served and the confirmation URL printed. */
  onReady?: (info: { origin: string; confirmationUrl: string }) => void;
}

/** Runs until Ctrl-C (or the build stops): then the build and the server stop, and it resolves. */
export async function previewInPortal(options: PortalPreviewOptions & PreviewSeams): Promise<void> {
  const { io } = options;
  const dir = path.resolve(io.cwd, options.dir);
  const label = folderLabel(dir, io.cwd);
  const portalOrigin = portalOriginOf(options.portal);
  const port = options.port ?? DEFAULT_PREVIEW_PORT;
  // 0: any free port (tests).
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a port number (1–65535), not ${port}`, 'dev');
  }
  const { serviceId } = await readServiceFile(dir, label);
  const distDir = path.join(dir, 'dist');

  // The port first: a taken one is said before anything is built. Until the first build, files are a 404.
  const server = await servePreviewFiles({ distDir, port, portalOrigin });
  const origin = `http://localhost:${server.port}`;
  // Ctrl-C, SIGTERM or stopDevServers() (lifetime.ts), like the emulator.
  const stop = new AbortController();
  void untilStopped().then(() => stop.abort());
  const stopped = new Promise<null>((resolve) => stop.signal.addEventListener('abort', () => resolve(null)));

  const started = Date.now();
  io.stderr.write(`Building ${label} in watch mode (vite build --watch)…\n`);
  let build: ChildProcess | null = null;
  try {
    build = (options.startWatch ?? startViteWatch)(dir, io);
    const child = build;
    const buildEnded = new Promise<string>((resolve) => {
      child.once('exit', (code, signal) => resolve(`exited with ${code ?? signal}`));
      child.once('error', (error) => resolve(error.message));
    });
    const first = await Promise.race([
      waitForBuild(path.join(distDir, 'remoteEntry.js'), started, stop.signal).then(() => null),
      buildEnded,
      stopped,
    ]);
    if (stop.signal.aborted) return;
    if (first !== null) {
      throw new CliError(`the watch build of ${label} stopped (${first}): fix what it printed above`, 1, {
        code: 'build-failed',
      });
    }

    const confirmationUrl = previewConfirmationUrl(portalOrigin, serviceId, origin);
    io.stdout.write(
      [
        `Serving ${label}/dist at ${origin} (rebuilt on every change: reload the portal's page to see it).`,
        `Confirm the preview in the portal (only this browser loads ${serviceId} from here):`,
        `  ${confirmationUrl}`,
        'The portal shows a banner while the preview is on; its button goes back to the published version.',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    (options.openBrowser ?? openBrowser)(confirmationUrl, io);
    options.onReady?.({ origin, confirmationUrl });

    const reason = await Promise.race([stopped, buildEnded]);
    if (reason !== null && !stop.signal.aborted) {
      throw new CliError(`the watch build of ${label} stopped (${reason}); the preview server stopped too`, 1, {
        code: 'build-failed',
      });
    }
    io.stderr.write('Stopped the preview server and the watch build.\n');
  } finally {
    if (build && build.exitCode === null && build.signalCode === null) build.kill('SIGTERM');
    await server.close();
  }
}

/** The portal's page that asks the person to confirm: the one way a preview starts. */
function previewConfirmationUrl(portalOrigin: string, serviceId: string, origin: string): string {
  return `${portalOrigin}/preview?${new URLSearchParams({ service: serviceId, origin })}`;
}

function portalOriginOf(portal: string): string {
  let url: URL;
  try {
    url = new URL(portal);
  } catch {
    throw new UsageError(`--portal must be the portal's address, e.g. http://localhost:8080, not "${portal}"`, 'dev');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--portal must be an http(s) address, e.g. http://localhost:8080, not "${portal}"`, 'dev');
  }
  return url.origin;
}

/**
 * `vite build --watch` with the Vite the remote itself depends on, in its folder: its own vite.config, and the options
 * its own `build` script gives Vite (`vite build --configLoader runner` as `czp new` writes it).
 */
function startViteWatch(dir: string, io: CliIo): ChildProcess {
  const require = createRequire(path.join(dir, 'package.json'));
  let viteBin: string;
  try {
    // Vite's exports do not include its bin: found next to its package.json.
    viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  } catch {
    throw new CliError(`cannot find Vite for ${dir}: install the remote's dependencies first (pnpm install)`, 1, {
      code: 'build-failed',
    });
  }
  const child = spawn(process.execPath, [viteBin, 'build', '--watch', ...buildScriptOptions(dir)], {
    cwd: dir,
    env: { ...process.env, ...io.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // What the build prints goes to stderr: stdout is for czp's own lines.
  child.stdout?.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
  return child;
}

/** The options after `vite build` in the remote's `build` script (none when it is something else). */
export function buildScriptOptions(dir: string): string[] {
  let script: unknown;
  try {
    script = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> })
      .scripts?.build;
  } catch {
    return [];
  }
  const match = typeof script === 'string' ? /^\s*vite\s+build((?:\s+[\w=:./-]+)*)\s*$/.exec(script) : null;
  return (match?.[1] ?? '').split(/\s+/).filter((option) => option !== '' && option !== '--watch' && option !== '-w');
}

/** Resolves once `file` was written after `since` (the first build of this run finished). */
async function waitForBuild(file: string, since: number, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + FIRST_BUILD_TIMEOUT_MS;
  while (!signal.aborted) {
    const stats = await stat(file).catch(() => null);
    // A whole second of slack: some file systems keep modification times in seconds. Then a moment for the build's
    // last files (remoteEntry.js is not always the last one written).
    if (stats && stats.mtimeMs >= since - 1000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      return;
    }
    if (Date.now() > deadline) throw new CliError(`the first build did not write ${file} within 2 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Best effort, like the portal's own start: the address is printed anyway. */
function openBrowser(url: string, io: CliIo): void {
  if (io.env.CI || io.env.CZP_NO_OPEN === '1') return;
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => {});
    child.unref();
  } catch {
    // Nothing to open with: the URL is on the screen.
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

interface PreviewFileServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves the remote's dist/ on the loopback interface (IPv4, and IPv6 where there is one, so `localhost` reaches it
 * either way), to the portal's origin only (CORS: module scripts and their stylesheets are fetched in CORS mode), never
 * cached (the next build replaces the files), and nothing outside dist/.
 */
export async function servePreviewFiles(options: {
  distDir: string;
  port: number;
  portalOrigin: string;
}): Promise<PreviewFileServer> {
  const root = path.resolve(options.distDir);
  const handler = async (request: IncomingMessage, response: ServerResponse) => {
    response.setHeader('Access-Control-Allow-Origin', options.portalOrigin);
    response.setHeader('Vary', 'Origin');
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD');
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileOf(root, request.url ?? '/');
    const stats = file ? await stat(file).catch(() => null) : null;
    if (!file || !stats?.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found (or not built yet)\n');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stats.size,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  };
  const servers: Server[] = [];
  const listen = (port: number, host: string) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer((request, response) => void handler(request, response));
      server.once('error', reject);
      server.listen(port, host, () => resolve(server));
    });
  let ipv4: Server;
  try {
    ipv4 = await listen(options.port, '127.0.0.1');
  } catch (error) {
    throw portError(error, options.port);
  }
  servers.push(ipv4);
  const { port } = ipv4.address() as AddressInfo;
  try {
    servers.push(await listen(port, '::1'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No IPv6 loopback here: localhost is 127.0.0.1 alone. Anything else (the port taken on ::1) is a real problem.
    if (code !== 'EADDRNOTAVAIL' && code !== 'EAFNOSUPPORT') {
      await new Promise((resolve) => ipv4.close(resolve));
      throw portError(error, port);
    }
  }
  return {
    port,
    close: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

function portError(error: unknown, port: number): CliError {
  return (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
    ? new CliError(`port ${port} is in use: stop what uses it or pass --port <port>`, 1, { field: 'port' })
    : new CliError(`cannot serve the preview on port ${port}: ${(error as Error).message}`);
}

/** The file under root a request path names, or null when it would leave root. */
function fileOf(root: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const file = path.resolve(root, `.${pathname}`);
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}

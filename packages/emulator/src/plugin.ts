import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';

/**
 * `czpEmulator({ remoteDir })`: the Vite plugin behind `czp dev`. It serves an emulator of the portal at every page
 * address (the portal's frame, a toolbar to switch person, language and theme) with the remote in `remoteDir`
 * mounted through its own `defineRemote()` lifecycles, imported straight from `src/app.tsx`: no Module Federation,
 * so React and the design system come from node_modules once, and the remote's edits hot-reload.
 *
 * The remote's API is mocked in the browser by msw: its own `src/mocks/handlers.ts` (when it has one) and the
 * portal's APIs from `@czp/mocks`; msw's `mockServiceWorker.js` is served from the msw package the emulator uses.
 */
export interface CzpEmulatorOptions {
  /** The remote's folder: czp.service.json and src/app.tsx. */
  remoteDir: string;
}

/** Where the emulator's own front end and its msw live, and what of the remote it serves. */
interface EmulatorFiles {
  /** packages/emulator (or node_modules/@czp/emulator). */
  emulatorDir: string;
  /** The emulator's browser entry. */
  main: string;
  /** The remote's src/app.tsx. */
  app: string;
  /** The remote's czp.service.json. */
  service: string;
  /** The remote's src/mocks/handlers.ts, when it has one. */
  handlers: string | null;
  /** msw's worker script, from the msw the emulator imports. */
  worker: string;
}

/** The ids the emulator's front end imports; the plugin answers them from the remote's folder. */
const VIRTUAL = {
  remote: 'virtual:czp-emulator/remote',
  service: 'virtual:czp-emulator/service',
  mocks: 'virtual:czp-emulator/mocks',
} as const;

/**
 * Libraries that must be one copy for the emulator and the remote (hooks and context break with two): resolved from
 * the remote's folder, as the portal's shell provides one copy to every remote.
 */
const SHARED_WITH_REMOTE = ['react', 'react-dom', '@czp/design-system', '@czp/remote-sdk'] as const;

const HANDLER_CANDIDATES = ['src/mocks/handlers.ts', 'src/mocks/handlers.tsx', 'src/mocks/handlers.js'];

/** Finds the emulator's files and the remote's; throws with what is missing. */
function emulatorFiles(remoteDir: string): EmulatorFiles {
  const require = createRequire(import.meta.url);
  // Through the package name, not this file's URL: in czp's bundle this code runs from packages/cli/dist.
  const emulatorDir = path.dirname(require.resolve('@czp/emulator/package.json'));
  const fromEmulator = createRequire(path.join(emulatorDir, 'package.json'));
  const worker = path.join(path.dirname(fromEmulator.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');
  const app = path.join(remoteDir, 'src', 'app.tsx');
  const service = path.join(remoteDir, 'czp.service.json');
  for (const file of [service, app]) {
    if (!existsSync(file)) throw new Error(`${file} does not exist: czp dev needs a remote's folder`);
  }
  checkSharedLibraries(remoteDir);
  const handlers = HANDLER_CANDIDATES.map((name) => path.join(remoteDir, name)).find((file) => existsSync(file));
  return {
    emulatorDir,
    main: path.join(emulatorDir, 'src', 'app', 'main.tsx'),
    app,
    service,
    handlers: handlers ?? null,
    worker,
  };
}

/**
 * The libraries the emulator takes from the remote's folder must be there, and the portal's stylesheet built (it
 * imports the design system's dist/gov.css): said now rather than as a blank page in the browser.
 */
function checkSharedLibraries(remoteDir: string): void {
  const fromRemote = createRequire(path.join(remoteDir, 'package.json'));
  for (const name of SHARED_WITH_REMOTE) {
    try {
      fromRemote.resolve(`${name}/package.json`);
    } catch {
      throw new Error(`${remoteDir} cannot resolve ${name}: add it to the remote's dependencies and install them`);
    }
  }
  const designSystem = path.dirname(fromRemote.resolve('@czp/design-system/package.json'));
  if (!existsSync(path.join(designSystem, 'dist', 'gov.css'))) {
    throw new Error(
      `the portal's stylesheet is not built (${path.join(designSystem, 'dist', 'gov.css')}): run \`pnpm --filter @czp/design-system build\` (or \`pnpm build\`) in the platform's repository`,
    );
  }
}

/** The page every address answers with: the emulator's entry, the language and theme the frame starts with. */
function emulatorHtml(mainFile: string): string {
  return [
    '<!doctype html>',
    '<html lang="cs" data-theme="light">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    '    <title>Emulátor Portálu občana</title>',
    // No favicon request to answer with a 404 in the console.
    '    <link rel="icon" href="data:," />',
    '  </head>',
    '  <body>',
    '    <div id="czp-root"></div>',
    `    <script type="module" src="/@fs${toPosix(mainFile)}"></script>`,
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

function toPosix(file: string): string {
  const posix = file.split(path.sep).join('/');
  return posix.startsWith('/') ? posix : `/${posix}`;
}

/** Page navigations (not modules, assets or Vite's own requests): every one gets the emulator's page. */
function isPageRequest(method: string | undefined, url: string | undefined, accept: string | undefined) {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const pathname = (url ?? '/').split('?')[0] ?? '/';
  if (pathname.startsWith('/@') || pathname.startsWith('/node_modules/') || pathname.startsWith('/api/')) return false;
  if (/\.[a-z0-9]+$/i.test(pathname)) return false;
  return (accept ?? '').includes('text/html');
}

function serviceModule(file: string): string {
  const text = readFileSync(file, 'utf8');
  try {
    return `export default ${JSON.stringify(JSON.parse(text))};`;
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function czpEmulator({ remoteDir }: CzpEmulatorOptions): Plugin {
  const root = path.resolve(remoteDir);
  const files = emulatorFiles(root);
  const resolved = (id: string) => `\0${id}`;

  return {
    name: 'czp-emulator',
    enforce: 'pre',
    config() {
      return {
        root,
        // Its own pre-bundled dependencies: the remote's `vite` and `czp dev` would otherwise re-optimize each other's.
        cacheDir: path.join(root, 'node_modules', '.vite', 'czp-emulator'),
        // The emulator answers page requests itself (the remote's own index.html is for its build only).
        appType: 'custom',
        resolve: { dedupe: [...SHARED_WITH_REMOTE] },
        optimizeDeps: {
          entries: [files.main, files.app, ...(files.handlers ? [files.handlers] : [])],
        },
        server: {
          // The remote's workspace, and the platform's (the emulator, the design system) when czp comes from a path.
          fs: {
            allow: [root, workspaceRootOf(root), files.emulatorDir, workspaceRootOf(files.emulatorDir), files.worker],
          },
        },
      };
    },
    resolveId(id) {
      // The remote's entry itself (not a wrapper), so the emulator's page can accept its hot updates by this id.
      if (id === VIRTUAL.remote) return files.app;
      if (id === VIRTUAL.service || id === VIRTUAL.mocks) return resolved(id);
      return null;
    },
    load(id) {
      if (id === resolved(VIRTUAL.service)) {
        this.addWatchFile(files.service);
        return serviceModule(files.service);
      }
      if (id === resolved(VIRTUAL.mocks)) {
        return files.handlers ? `export * from ${JSON.stringify(toPosix(files.handlers))};` : 'export {};';
      }
      return null;
    },
    configureServer(server: ViteDevServer) {
      const template = emulatorHtml(files.main);
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        if (url.split('?')[0] === '/mockServiceWorker.js') {
          response.setHeader('content-type', 'text/javascript; charset=utf-8');
          // The worker controls every page below /: the whole emulator.
          response.setHeader('service-worker-allowed', '/');
          response.end(readFileSync(files.worker));
          return;
        }
        if (!isPageRequest(request.method, url, request.headers.accept)) {
          next();
          return;
        }
        server
          .transformIndexHtml(url, template)
          .then((html) => {
            response.statusCode = 200;
            response.setHeader('content-type', 'text/html; charset=utf-8');
            response.setHeader('cache-control', 'no-store');
            response.end(html);
          })
          .catch(next);
      });
      // A changed czp.service.json changes the frame (names, required level): reload the page.
      server.watcher.add(files.service);
      server.watcher.on('change', (file) => {
        if (path.resolve(file) === files.service) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/** The folder holding pnpm-workspace.yaml (or the remote's own), which Vite may serve files from. */
function workspaceRootOf(dir: string): string {
  let current = dir;
  while (true) {
    if (existsSync(path.join(current, 'pnpm-workspace.yaml'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return dir;
    current = parent;
  }
}

import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { SHARED_SINGLETONS } from '@czp/contract';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './precompress.js';

const api = 'http://localhost:8080';
const require = createRequire(import.meta.url);

/** `@czp/design-system/forms` → `@czp/design-system`: an entry point has its package's version. */
const packageOf = (name: string) =>
  name
    .split('/')
    .slice(0, name.startsWith('@') ? 2 : 1)
    .join('/');

/** The versions the shell offers remotes, as installed: what Module Federation negotiates with. */
const sharedVersions = Object.fromEntries(
  SHARED_SINGLETONS.map((name) => [name, (require(`${packageOf(name)}/package.json`) as { version: string }).version]),
);

/** In `pnpm dev` no server fills the page's placeholders: give it the defaults. */
const devPlaceholders: Plugin = {
  name: 'czp-dev-placeholders',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace('<!--app-lang-->', 'cs').replace('<!--app-title-->', 'Portál občana'),
};

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
    devPlaceholders,
    ...(isSsrBuild
      ? []
      : [
          // No <link rel="preload" as="font">: Chromium makes preloaded fonts render-blocking (RenderBlockingFonts,
          // up to 1.5 s after navigation start), so the six files held the first paint although they use
          // font-display: swap. Unpreloaded, the text paints at once in the metric-matched fallback.
          precompress(resolve(import.meta.dirname, 'dist/client/static')),
        ]),
  ],
  define: {
    __CZP_SHARED_VERSIONS__: JSON.stringify(sharedVersions),
    // Remotes are registered by their remoteEntry.js, never by manifest snapshot: drop that code.
    FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: 'true',
  },
  build: isSsrBuild
    ? { target: 'node20', outDir: 'dist/server', emptyOutDir: true, copyPublicDir: false }
    : {
        target: 'es2022',
        outDir: 'dist/client',
        emptyOutDir: true,
        assetsDir: 'static',
        // Never a font as a data: URL in the CSS (the CSP's font-src is 'self'; a file is cached and preloadable).
        assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
        manifest: true,
        modulePreload: { polyfill: false },
        rolldownOptions: {
          output: {
            // Every module the entry imports statically is in the first load anyway; without this group rolldown
            // made each one a page chunk shares too (react, jsx-runtime, GovButton, the messages…) a file of its
            // own: 17 first-load files, 104.7 KB gzip, the fonts queued behind them on HTTP/1.1. As one group
            // ('$initial': the entry's static import graph), rolldown merges it into the entry chunk: one file,
            // 100.5 KB (one module scope compresses better). Page-only modules are not $initial: they stay in
            // their page's chunk, which imports what it shares from the entry.
            codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] },
          },
        },
      },
  // The frame is rendered on the server too; bundle workspace and gov.cz packages (extensionless ESM).
  ssr: { noExternal: [/^@czp\//, /^@gov-design-system-ce\//] },
  // `pnpm dev`: the API server (port 8080) serves the API, published remotes and icons.
  server: { proxy: { '/api': api, '/auth': api, '/remotes': api, '/assets/icons': api } },
}));

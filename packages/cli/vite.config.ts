import { defineConfig } from 'vite';

/**
 * `vite build --ssr src/czp.ts --outDir dist`: one executable ES module for Node. Workspace packages (@czp/*) are
 * bundled; everything from node_modules stays external and is resolved at run time.
 */
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    rollupOptions: { output: { banner: '#!/usr/bin/env node' } },
  },
  ssr: { noExternal: [/^@czp\//] },
});

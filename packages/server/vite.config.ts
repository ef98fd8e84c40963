import { defineConfig } from 'vite';

/**
 * `vite build --ssr src/start.ts --outDir dist`, then the same for src/admin.ts (the operator's czp-admin) without
 * emptying dist/: one self-contained ES module per entry for Node. Workspace packages (@czp/*, TypeScript
 * source) are bundled; everything from node_modules stays external and is resolved at run time.
 */
export default defineConfig({
  build: { target: 'node20', outDir: 'dist', emptyOutDir: true, copyPublicDir: false, minify: false },
  ssr: { noExternal: [/^@czp\//] },
});

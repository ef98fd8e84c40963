import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The baselines: a plain React page with Telč's heading and list, built by the same Vite, alone
 * (index.html) and with the portal's stylesheet (styled.html).
 */
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), styled: resolve(import.meta.dirname, 'styled.html') },
    },
  },
});

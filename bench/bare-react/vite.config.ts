import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The baseline: a plain React page with Telč's heading and list, built by the same Vite. */
export default defineConfig({ plugins: [react()], build: { target: 'es2022', outDir: 'dist', emptyOutDir: true } });

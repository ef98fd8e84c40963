import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The tests: components in jsdom, the gov.cz components compiled by Vitest (they ship untranspiled modules). */
export default defineConfig({
  plugins: [react()],
  // One React for the app and the platform's packages, also when those are linked from a checkout (--platform).
  resolve: { dedupe: ['react', 'react-dom'] },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    server: { deps: { inline: [/@gov-design-system-ce/] } },
    css: false,
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** One test command for the whole repo: node tests, DOM tests, and the design system's own project. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{contract,server,mocks,remote-build}/src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        define: { __CZP_SHARED_VERSIONS__: JSON.stringify({}) },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'packages/remote-sdk/src/**/*.test.{ts,tsx}',
            'shell/src/**/*.test.{ts,tsx}',
            'remotes/*/src/**/*.test.{ts,tsx}',
          ],
          server: { deps: { inline: [/@gov-design-system-ce/] } },
          css: false,
        },
      },
      './design-system',
    ],
  },
});

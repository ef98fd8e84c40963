import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.CZP_TEST_DATABASE_URL;

/**
 * One test command for the whole repo: node tests (API tests on embedded PGlite), DOM tests, the
 * design system's own project, and, when CZP_TEST_DATABASE_URL names a PostgreSQL server, the
 * API tests once more on that server.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Embedded PostgreSQL and servers start slowly while the other projects run on two cores.
          hookTimeout: 30_000,
          env: { CZP_TEST_DATABASE_URL: '' },
          include: [
            'packages/{contract,server,mocks,remote-build,dev-idp,cli,testing,service-bus,dev-registers,dev-mail,publishing-gate,create-czp-service}/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        plugins: [react()],
        define: { __CZP_SHARED_VERSIONS__: JSON.stringify({}) },
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: [
            'packages/{remote-sdk,emulator}/src/**/*.test.{ts,tsx}',
            'shell/src/**/*.test.{ts,tsx}',
            'remotes/*/src/**/*.test.{ts,tsx}',
          ],
          server: { deps: { inline: [/@gov-design-system-ce/] } },
          css: false,
        },
      },
      './design-system',
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'postgresql',
                environment: 'node' as const,
                hookTimeout: 30_000,
                env: { CZP_TEST_DATABASE_URL: postgresUrl },
                include: ['packages/server/src/**/*.test.ts'],
              },
            },
          ]
        : []),
    ],
  },
});

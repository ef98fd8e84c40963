import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '@czp/testing/chromium';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 8181);
const dataDir = mkdtempSync(join(tmpdir(), 'czp-e2e-'));

/** e2e runs against the production build, served by the real API server on a fresh data folder. */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  // One retry: two cores run several servers and a browser here; a test that fails twice fails the run.
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    // Czech is the portal's language; the browser's own preference is tested separately.
    locale: 'cs-CZ',
    trace: 'off',
  },
  webServer: {
    command: 'node packages/server/dist/start.js',
    cwd: '..',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(port),
      CZP_DEV_IDP_PORT: String(port + 10),
      CZP_DEV_REGISTERS_PORT: String(port + 20),
      // The development mail catcher: its inbox API lets a test read the code an e-mail carried.
      CZP_DEV_MAIL_PORT: String(port + 30),
      CZP_DEV_MAIL_SMTP_PORT: String(port + 31),
      DATA_DIR: dataDir,
      CZP_NO_OPEN: '1',
      LOG_LEVEL: 'warn',
    },
  },
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');

test('with NODE_ENV=production and no identity provider configured the server refuses to start, and says why', () => {
  const result = spawnSync(process.execPath, [join(root, 'packages/server/dist/start.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: '8585',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'czp-prod-')),
      CZP_NO_OPEN: '1',
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(
    'CzP could not start: No identity provider is configured. Set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET; the bundled development identity provider never runs with NODE_ENV=production.',
  );
});

import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSessionSecret } from './secret.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('loadSessionSecret', () => {
  it('uses SESSION_SECRET when set, else one random secret per data folder kept in DATA_DIR/secret', async () => {
    dir = await mkdtemp(join(tmpdir(), 'czp-secret-'));
    expect(await loadSessionSecret(dir, 'from-the-environment')).toBe('from-the-environment');
    const first = await loadSessionSecret(join(dir, 'data'), '');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await loadSessionSecret(join(dir, 'data'), undefined)).toBe(first);
    expect((await readFile(join(dir, 'data/secret'), 'utf8')).trim()).toBe(first);
    expect((await stat(join(dir, 'data/secret'))).mode & 0o777).toBe(0o600);
    expect(await loadSessionSecret(join(dir, 'other'), undefined)).not.toBe(first);
  });
});

import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIssuer } from '../catalogue/publisher-api/issuers.js';
import { authenticate, hashToken } from '../catalogue/publisher-api/tokens.js';
import type { Database } from '../db/database.js';
import { serviceMetadata } from '../test/fixtures.js';
import { createTestDatabase } from '../test/test-database.js';
import { seedDevelopmentPublishers } from './publishers.js';

let db: Database;
let dir: string;
let remotesDir: string;
let dataDir: string;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(
    'delete from audit_log; delete from publisher_tokens; delete from service_versions; ' +
      'delete from citizen_services; delete from remote_failure_reports; delete from services; delete from issuers;',
  );
  dir = await mkdtemp(join(tmpdir(), 'czp-dev-publishers-'));
  remotesDir = join(dir, 'remotes');
  dataDir = join(dir, '.data');
  await mkdir(remotesDir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/** A remote folder as `czp new` leaves it: czp.service.json only, never built. */
async function remote(name: string, metadata: unknown) {
  await mkdir(join(remotesDir, name), { recursive: true });
  await writeFile(join(remotesDir, name, 'czp.service.json'), JSON.stringify(metadata));
}

describe('seedDevelopmentPublishers', () => {
  it('gives every issuer, and Telč and Znojmo, the documented token czp_dev_<issuer-id>', async () => {
    await createIssuer(db, { id: 'mesto-pribram', name: { cs: 'Příbram', en: 'Příbram' }, ico: '00243132' });
    const lines: string[] = [];
    await seedDevelopmentPublishers(db, { info: (line) => lines.push(line) }, { remotesDir, dataDir });
    const tokens = join(dataDir, 'dev-tokens');
    expect(lines).toEqual(
      ['mesto-pribram', 'mesto-telc', 'mesto-znojmo'].map(
        (id) =>
          `development publishing token for ${id}: czp_dev_${id} (saved in ${tokens}/${id}.token; ` +
          `use it with CZP_TOKEN=$(cat ${tokens}/${id}.token) pnpm czp publish)`,
      ),
    );
    for (const id of ['mesto-pribram', 'mesto-telc', 'mesto-znojmo']) {
      expect(await authenticate(db, `Bearer czp_dev_${id}`)).toMatchObject({ ok: true, issuerId: id });
    }
    const [stored] = await db.query<{ token_hash: string }>(
      `select token_hash from publisher_tokens where issuer_id = 'mesto-telc' and name = 'development'`,
    );
    expect(stored?.token_hash).toBe(hashToken('czp_dev_mesto-telc'));

    // Again (every start): no duplicates, a revoked development token works again, and the tokens are not repeated.
    await db.query(`update publisher_tokens set revoked_at = now() where name = 'development'`);
    const again: string[] = [];
    await seedDevelopmentPublishers(db, { info: (line) => again.push(line) }, { remotesDir, dataDir });
    expect(again).toEqual([
      `development publishing tokens (czp_dev_<issuer-id>) of mesto-pribram, mesto-telc, mesto-znojmo are in ${tokens}/`,
    ]);
    const [count] = await db.query<{ n: number }>(
      `select count(*)::int as n from publisher_tokens where name = 'development'`,
    );
    expect(count?.n).toBe(3);
    expect(await authenticate(db, 'Bearer czp_dev_mesto-telc')).toMatchObject({ ok: true });
  });

  it('gives the issuer of a new, never built remote its token on the first start, in a file of its own', async () => {
    await remote('kutna-hora', {
      ...serviceMetadata('kutna-hora'),
      issuer: { id: 'mesto-kutna-hora', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' }, ico: '00236195' },
    });
    await remote('broken', { id: 'broken', issuer: { id: 'Not An Id' } });
    await writeFile(join(remotesDir, 'notes.txt'), 'not a remote');
    const lines: string[] = [];
    const warnings: string[] = [];
    const tokens = await seedDevelopmentPublishers(
      db,
      { info: (line) => lines.push(line), warn: (line) => warnings.push(line) },
      { remotesDir, dataDir },
    );

    const file = join(dataDir, 'dev-tokens', 'mesto-kutna-hora.token');
    expect(await readFile(file, 'utf8')).toBe('czp_dev_mesto-kutna-hora\n');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(tokens.find((entry) => entry.issuerId === 'mesto-kutna-hora')).toEqual({
      issuerId: 'mesto-kutna-hora',
      token: 'czp_dev_mesto-kutna-hora',
      file,
      isNew: true,
    });
    expect(lines).toContain(
      `development publishing token for mesto-kutna-hora: czp_dev_mesto-kutna-hora (saved in ${file}; ` +
        `use it with CZP_TOKEN=$(cat ${file}) pnpm czp publish)`,
    );
    expect(warnings).toEqual([
      'remotes/broken/czp.service.json: its issuer is not valid, so it gets no development token',
    ]);
    expect(await authenticate(db, 'Bearer czp_dev_mesto-kutna-hora')).toMatchObject({
      ok: true,
      issuerId: 'mesto-kutna-hora',
    });
    const [issuer] = await db.query<{ ico: string; name: { cs: string } }>(
      `select ico, name from issuers where id = 'mesto-kutna-hora'`,
    );
    expect(issuer).toEqual({ ico: '00236195', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' } });
  });

  it('keeps the name and IČO of an issuer the operator registered', async () => {
    await createIssuer(db, { id: 'mesto-kutna-hora', name: { cs: 'Kutná Hora', en: 'Kutná Hora' }, ico: '00236195' });
    await remote('kutna-hora', {
      ...serviceMetadata('kutna-hora'),
      issuer: { id: 'mesto-kutna-hora', name: { cs: 'Jiné jméno', en: 'Other' }, ico: '00286711' },
    });
    await seedDevelopmentPublishers(db, { info: () => {} }, { remotesDir, dataDir });
    const [issuer] = await db.query<{ ico: string }>(`select ico from issuers where id = 'mesto-kutna-hora'`);
    expect(issuer?.ico).toBe('00236195');
  });

  it('refuses to run in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(seedDevelopmentPublishers(db, { info: () => {} }, { remotesDir, dataDir })).rejects.toThrow(
      /never created in production/,
    );
  });
});

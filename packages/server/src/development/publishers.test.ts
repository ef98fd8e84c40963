import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIssuer } from '../catalogue/publisher-api/issuers.js';
import { authenticate, hashToken } from '../catalogue/publisher-api/tokens.js';
import type { Database } from '../db/database.js';
import { createTestDatabase } from '../test/test-database.js';
import { seedDevelopmentPublishers } from './publishers.js';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('seedDevelopmentPublishers', () => {
  it('gives every issuer, and Telč and Znojmo, the documented token czp_dev_<issuer-id>', async () => {
    await createIssuer(db, { id: 'mesto-pribram', name: { cs: 'Příbram', en: 'Příbram' }, ico: '00243132' });
    const lines: string[] = [];
    await seedDevelopmentPublishers(db, { info: (line) => lines.push(line) });
    expect(lines).toEqual([
      'development publishing token for mesto-pribram: czp_dev_mesto-pribram',
      'development publishing token for mesto-telc: czp_dev_mesto-telc',
      'development publishing token for mesto-znojmo: czp_dev_mesto-znojmo',
    ]);
    for (const id of ['mesto-pribram', 'mesto-telc', 'mesto-znojmo']) {
      expect(await authenticate(db, `Bearer czp_dev_${id}`)).toMatchObject({ ok: true, issuerId: id });
    }
    const [stored] = await db.query<{ token_hash: string }>(
      `select token_hash from publisher_tokens where issuer_id = 'mesto-telc' and name = 'development'`,
    );
    expect(stored?.token_hash).toBe(hashToken('czp_dev_mesto-telc'));

    // Again (every start): no duplicates, and a revoked development token works again.
    await db.query(`update publisher_tokens set revoked_at = now() where name = 'development'`);
    await seedDevelopmentPublishers(db, { info: () => {} });
    const [count] = await db.query<{ n: number }>(
      `select count(*)::int as n from publisher_tokens where name = 'development'`,
    );
    expect(count?.n).toBe(3);
    expect(await authenticate(db, 'Bearer czp_dev_mesto-telc')).toMatchObject({ ok: true });
  });

  it('refuses to run in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await expect(seedDevelopmentPublishers(db, { info: () => {} })).rejects.toThrow(/never created in production/);
  });
});

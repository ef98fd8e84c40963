import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../db/database.js';
import { createTestDatabase } from '../../test/test-database.js';
import { createIssuer } from './issuers.js';
import { authenticate, createToken, hashToken, listTokens, revokeToken } from './tokens.js';

let db: Database;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec('delete from publisher_tokens; delete from issuers;');
  await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Telč', en: 'Telč' }, ico: '00286711' });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('publishing tokens', () => {
  it('stores only the sha256 of a token and finds its issuer', async () => {
    const created = await createToken(db, 'mesto-telc', 'CI');
    expect(created.token).toMatch(/^czp_[A-Za-z0-9_-]{43}$/);
    const rows = await db.query<{ token_hash: string }>('select token_hash from publisher_tokens where id = $1', [
      created.id,
    ]);
    expect(rows).toEqual([{ token_hash: hashToken(created.token) }]);
    expect(JSON.stringify(await db.query('select * from publisher_tokens'))).not.toContain(created.token);

    const at = new Date('2030-01-02T03:04:05Z');
    expect(await authenticate(db, `Bearer ${created.token}`, at)).toEqual({
      ok: true,
      issuerId: 'mesto-telc',
      tokenId: created.id,
    });
    const listed = (await listTokens(db, 'mesto-telc')).find((token) => token.id === created.id);
    expect(listed).toEqual({
      id: created.id,
      name: 'CI',
      createdAt: created.createdAt,
      lastUsedAt: at.toISOString(),
      revokedAt: null,
    });
  });

  it('refuses a missing, malformed, unknown or revoked token with what to do', async () => {
    const created = await createToken(db, 'mesto-telc', 'CI');
    for (const header of [undefined, '', 'Basic abc', `Token ${created.token}`]) {
      expect(await authenticate(db, header)).toEqual({
        ok: false,
        code: 'token-missing',
        message: 'Send your publishing token: Authorization: Bearer <token>',
      });
    }
    expect(await authenticate(db, 'Bearer czp_unknown')).toMatchObject({
      code: 'token-invalid',
      message: 'This publishing token is not valid',
    });
    await revokeToken(db, 'mesto-telc', created.id, new Date('2030-05-06T07:08:09Z'));
    expect(await authenticate(db, `Bearer ${created.token}`)).toEqual({
      ok: false,
      code: 'token-revoked',
      message: 'This publishing token was revoked on 2030-05-06 07:08 UTC; create a new one with `czp tokens create`',
      issuerId: 'mesto-telc',
      tokenId: created.id,
    });
    // Revoking again keeps the first date; another issuer's id finds nothing.
    expect((await revokeToken(db, 'mesto-telc', created.id, new Date()))?.revokedAt).toBe('2030-05-06T07:08:09.000Z');
    expect(await revokeToken(db, 'mesto-znojmo', created.id, new Date())).toBeNull();
  });

  it('never accepts a development token in production', async () => {
    await createToken(db, 'mesto-telc', 'development', 'czp_dev_mesto-telc');
    expect(await authenticate(db, 'Bearer czp_dev_mesto-telc')).toMatchObject({ ok: true });
    vi.stubEnv('NODE_ENV', 'production');
    expect(await authenticate(db, 'Bearer czp_dev_mesto-telc')).toEqual({
      ok: false,
      code: 'token-invalid',
      message: 'Development tokens (czp_dev_…) are never valid on a production portal; ask its operator for your token',
    });
  });

  it('says how development tokens are made when a guessed one does not exist', async () => {
    expect(await authenticate(db, 'Bearer czp_dev_mesto-kutna-hora')).toEqual({
      ok: false,
      code: 'token-invalid',
      message:
        'This portal has no development token for an issuer "mesto-kutna-hora". A development portal (pnpm start) ' +
        'makes czp_dev_<issuer id> for the issuer of each remotes/*/czp.service.json when it starts, and writes it ' +
        "to .data/dev-tokens/: restart it after adding a remote, and check the issuer's id",
    });
    const odd = await authenticate(db, 'Bearer czp_dev_<script>');
    expect(odd).toMatchObject({ ok: false, code: 'token-invalid' });
    expect(odd.ok === false && odd.message).toMatch(/^This portal has no development token\. /);
  });
});

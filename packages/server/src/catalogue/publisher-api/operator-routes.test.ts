import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreatedToken, OperatorInstance, OperatorIssuerResult, TokenList } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';

const OPERATOR = `czp_op_${'o'.repeat(40)}`;
const KUTNA_HORA = {
  id: 'mesto-kutna-hora',
  name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' },
  ico: '00236195',
};

let db: Database;
let dir: string;
let app: FastifyInstance;

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
  dir = await mkdtemp(join(tmpdir(), 'czp-operator-'));
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '0.0.0-test',
    sessionSecret: 'x'.repeat(32),
    operatorToken: OPERATOR,
  });
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** A call as czp-admin makes it: the operator token, and for a change the CSRF token and its cookie. */
async function call(method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, token = OPERATOR) {
  const csrf = await app.inject({ method: 'GET', url: '/api/csrf-token' });
  return app.inject({
    method,
    url,
    headers: {
      authorization: `Bearer ${token}`,
      ...(method === 'GET'
        ? {}
        : { cookie: String(csrf.headers['set-cookie']).split(';')[0] as string, 'x-csrf-token': csrf.json().token }),
    },
    ...(payload ? { payload } : {}),
  });
}

describe('the operator publishers API', () => {
  it('says which process answers', async () => {
    const response = await call('GET', '/api/operations/instance');
    expect(response.statusCode).toBe(200);
    expect(response.json<OperatorInstance>()).toEqual({ pid: process.pid, database: db.kind, version: '0.0.0-test' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('refuses everything without the operator token, changing nothing', async () => {
    for (const [method, url] of [
      ['GET', '/api/operations/instance'],
      ['POST', '/api/operations/issuers'],
      ['GET', '/api/operations/issuers/mesto-telc/tokens'],
      ['POST', '/api/operations/issuers/mesto-telc/tokens'],
    ] as const) {
      const response = await call(method, url, method === 'POST' ? { issuer: KUTNA_HORA } : undefined, 'czp_op_wrong');
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(response.json()).toMatchObject({ error: 'operator-only' });
    }
    expect(await db.query('select 1 from issuers')).toEqual([]);
  });

  it('registers an issuer with a token that publishes, again with another token, and audits both', async () => {
    const first = await call('POST', '/api/operations/issuers', { issuer: KUTNA_HORA, tokenName: 'first' });
    expect(first.statusCode, first.body).toBe(201);
    const result = first.json<OperatorIssuerResult>();
    expect(result).toMatchObject({ issuer: KUTNA_HORA, created: true, token: { name: 'first' } });
    const tokens = await app.inject({
      method: 'GET',
      url: '/api/publisher/tokens',
      headers: { authorization: `Bearer ${result.token.token}` },
    });
    expect(tokens.json<TokenList>().issuerId).toBe('mesto-kutna-hora');

    const again = await call('POST', '/api/operations/issuers', { issuer: KUTNA_HORA });
    expect(again.statusCode).toBe(200);
    expect(again.json<OperatorIssuerResult>()).toMatchObject({ created: false, token: { name: 'initial' } });

    const audit = await db.query<{ issuer_id: string; action: string; token_id: string | null; message: string }>(
      'select issuer_id, action, token_id, message from audit_log order by id',
    );
    expect(audit).toEqual([
      {
        issuer_id: 'mesto-kutna-hora',
        action: 'token.create',
        token_id: null,
        message: `the portal operator registered the issuer and created the token "first" (${result.token.id})`,
      },
      expect.objectContaining({
        action: 'token.create',
        message: expect.stringMatching(/^the portal operator created/),
      }),
    ]);
  });

  it('refuses a bad issuer naming the field, and another IČO under an existing id', async () => {
    const bad = await call('POST', '/api/operations/issuers', { issuer: { ...KUTNA_HORA, ico: '123' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('ico: IČO is 8 digits');
    const badName = await call('POST', '/api/operations/issuers', { issuer: KUTNA_HORA, tokenName: '' });
    expect(badName.statusCode).toBe(400);
    expect(badName.json()).toMatchObject({ field: 'tokenName' });
    await call('POST', '/api/operations/issuers', { issuer: KUTNA_HORA });
    const other = await call('POST', '/api/operations/issuers', { issuer: { ...KUTNA_HORA, ico: '00286711' } });
    expect(other.statusCode).toBe(409);
    expect(await db.query('select 1 from publisher_tokens')).toHaveLength(1);
  });

  it("creates, lists and revokes an issuer's tokens; an unknown issuer or token is 404", async () => {
    await call('POST', '/api/operations/issuers', { issuer: KUTNA_HORA });
    const created = await call('POST', '/api/operations/issuers/mesto-kutna-hora/tokens', { name: 'CI' });
    expect(created.statusCode).toBe(201);
    const token = created.json<CreatedToken>();
    expect(token).toMatchObject({ name: 'CI', message: expect.stringContaining('shown only now') });

    const list = await call('GET', '/api/operations/issuers/mesto-kutna-hora/tokens');
    expect(
      list
        .json<TokenList>()
        .tokens.map((entry) => entry.name)
        .sort(),
    ).toEqual(['CI', 'initial']);

    const revoked = await call('DELETE', `/api/operations/issuers/mesto-kutna-hora/tokens/${token.id}`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: token.id, revokedAt: expect.any(String) });
    const refused = await app.inject({
      method: 'GET',
      url: '/api/publisher/tokens',
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(refused.statusCode).toBe(401);

    expect((await call('POST', '/api/operations/issuers/mesto-brno/tokens', { name: 'CI' })).statusCode).toBe(404);
    expect((await call('GET', '/api/operations/issuers/mesto-brno/tokens')).statusCode).toBe(404);
    const unknown = await call(
      'DELETE',
      '/api/operations/issuers/mesto-kutna-hora/tokens/00000000-0000-0000-0000-000000000000',
    );
    expect(unknown.statusCode).toBe(404);
  });
});

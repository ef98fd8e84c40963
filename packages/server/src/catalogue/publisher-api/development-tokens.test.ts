import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DevelopmentTokenResult } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { bundleFiles, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { publishBundle } from '../publishing/publish.js';
import { DEVELOPMENT_TOKENS_PATH } from './development-tokens.js';
import { createIssuer } from './issuers.js';

let db: Database;
let dir: string;
let store: FileBundleStore;
let app: FastifyInstance | undefined;

const KUTNA_HORA = {
  id: 'mesto-kutna-hora',
  name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' },
  ico: '00236195',
};

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(`delete from audit_log; delete from publisher_tokens; delete from citizen_services;
    delete from service_versions; delete from services; delete from issuers;`);
  dir = await mkdtemp(join(tmpdir(), 'czp-dev-tokens-'));
  store = new FileBundleStore(join(dir, 'remotes'));
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

async function startApp(): Promise<FastifyInstance> {
  app = await buildApp({ db, store, version: '0.0.0-test', sessionSecret: 'x'.repeat(32) });
  return app;
}

const ask = (server: FastifyInstance, payload: unknown) =>
  server.inject({ method: 'POST', url: DEVELOPMENT_TOKENS_PATH, payload: payload as object });

describe('POST /api/publisher/development-tokens', () => {
  it('registers an unknown issuer and answers its development token, the same again later', async () => {
    const server = await startApp();
    const first = await ask(server, { issuer: KUTNA_HORA });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<DevelopmentTokenResult>()).toMatchObject({
      issuerId: 'mesto-kutna-hora',
      token: 'czp_dev_mesto-kutna-hora',
      created: true,
    });
    expect(await db.query('select id, ico from issuers')).toEqual([{ id: 'mesto-kutna-hora', ico: '00236195' }]);

    const again = await ask(server, { issuer: { ...KUTNA_HORA, name: { cs: 'Jiné jméno', en: 'Other' } } });
    expect(again.statusCode).toBe(200);
    expect(again.json<DevelopmentTokenResult>()).toMatchObject({ token: 'czp_dev_mesto-kutna-hora', created: false });
    // A known issuer keeps the name it was registered with.
    const [row] = await db.query<{ name: { cs: string } }>('select name from issuers');
    expect(row?.name.cs).toBe('Město Kutná Hora');
    expect(await db.query('select 1 from publisher_tokens')).toHaveLength(1);

    const tokens = await server.inject({
      method: 'GET',
      url: '/api/publisher/tokens',
      headers: { authorization: 'Bearer czp_dev_mesto-kutna-hora' },
    });
    expect(tokens.statusCode, tokens.body).toBe(200);
    expect(tokens.json()).toMatchObject({ issuerId: 'mesto-kutna-hora' });
  });

  it('refuses an issuer id registered with another IČO (409, issuer.ico) and a bad issuer (400, its field)', async () => {
    await createIssuer(db, { ...KUTNA_HORA, ico: '00286711' });
    const server = await startApp();
    const taken = await ask(server, { issuer: KUTNA_HORA });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: 'issuer-exists', field: 'issuer.ico' });
    expect(taken.json<{ message: string }>().message).toContain('00286711');
    expect(await db.query("select 1 from publisher_tokens where name = 'development'")).toHaveLength(0);

    for (const [payload, field] of [
      [{}, 'issuer'],
      [{ issuer: { ...KUTNA_HORA, ico: '123' } }, 'issuer.ico'],
      [{ issuer: { ...KUTNA_HORA, id: 'Kutná Hora' } }, 'issuer.id'],
      [{ issuer: { ...KUTNA_HORA, name: { cs: 'Kutná Hora' } } }, 'issuer.name.en'],
    ] as const) {
      const refused = await ask(server, payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json()).toMatchObject({ error: 'invalid-issuer', field });
    }
  });

  it("gives a token that publishes only its own issuer's services", async () => {
    const server = await startApp();
    await ask(server, { issuer: KUTNA_HORA });
    // Telč's service, published by Telč.
    const telc = await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Telč', en: 'Telč' }, ico: '00286711' });
    await publishBundle(db, store, { metadata: serviceMetadata('telc'), version: '1.0.0', files: bundleFiles('telc') });
    expect(telc.issuer.id).toBe('mesto-telc');

    const versions = (token: string) =>
      server.inject({
        method: 'GET',
        url: '/api/publisher/services/telc/versions',
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await versions(telc.token.token)).statusCode).toBe(200);
    const other = await versions('czp_dev_mesto-kutna-hora');
    expect(other.statusCode).toBe(403);
    // Asking for Kutná Hora's token does not make one for Telč.
    expect((await versions('czp_dev_mesto-telc')).statusCode).toBe(401);
  });

  it('does not exist in production (NODE_ENV=production): answered as a path that was never there', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const server = await startApp();
    expect(server.hasRoute({ method: 'POST', url: DEVELOPMENT_TOKENS_PATH })).toBe(false);
    const refused = await ask(server, { issuer: KUTNA_HORA });
    const nowhere = await server.inject({
      method: 'POST',
      url: '/api/publisher/no-such-path',
      payload: { issuer: KUTNA_HORA },
    });
    // An unmatched POST meets the CSRF check of every mutating request (403), exactly as a path that never existed.
    expect(refused.statusCode, refused.body).toBe(nowhere.statusCode);
    expect(refused.json()).toEqual(nowhere.json());
    expect(refused.statusCode).not.toBeLessThan(400);
    expect(refused.body).not.toContain('czp_dev_');
    const read = await server.inject({ method: 'GET', url: DEVELOPMENT_TOKENS_PATH });
    expect(read.statusCode).toBe(404);
    expect(await db.query('select 1 from issuers')).toHaveLength(0);

    // The same app outside production has it (so the test above can fail).
    vi.unstubAllEnvs();
    vi.stubEnv('NODE_ENV', 'test');
    await server.close();
    const development = await startApp();
    expect(development.hasRoute({ method: 'POST', url: DEVELOPMENT_TOKENS_PATH })).toBe(true);
  });
});

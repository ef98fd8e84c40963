import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { signInCitizen } from './test-citizen.js';

let db: Database;
let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-consent-'));
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'k'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová' }),
  });
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the data box and the consent', () => {
  it('answers 403 consent-required to a citizen who declined or was not asked yet, on every route', async () => {
    for (const [subject, consent] of [
      ['jan', 'declined'],
      ['eva', 'pending'],
    ] as const) {
      const citizen = await signInCitizen(app, subject, consent);
      for (const [method, path] of [
        ['GET', '/box'],
        ['GET', '/messages'],
        ['GET', '/unread-count'],
        ['GET', '/recipients'],
        ['GET', '/notifications'],
      ] as const) {
        expect(await citizen.request(method, path), `${consent} ${path}`).toMatchObject({
          status: 403,
          body: { error: 'consent-required' },
        });
      }
      expect((await citizen.send({ recipient: 'mesto-telc', subject: 'Dotaz' })).body.error).toBe('consent-required');
    }
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from data_boxes');
    expect(row?.n).toBe(0);
  });
});

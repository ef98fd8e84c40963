import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DevRegisters, startDevRegisters } from '@czp/dev-registers';
import { httpGateway } from '@czp/service-bus';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

/** The development identity provider's subjects of the test citizens (what the development registers know). */
const JAN = '5f0c7a3e-8d1b-4c2a-9e6f-1a2b3c4d5e01';
const EVA = 'b7e2d9c4-3f6a-4e8b-a1d5-6c7e8f9a0b02';

let db: Database;
let dir: string;
let registers: DevRegisters;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-dev-registers-'));
  const store = new FileBundleStore(join(dir, 'remotes'));
  await publishBundle(db, store, {
    metadata: serviceMetadata('telc', { dataReads: ['identity', 'address'] }),
    version: '1.0.0',
    files: bundleFiles('telc', '1.0.0'),
  });
  registers = await startDevRegisters({ port: 0, log: () => {} });
  app = await buildApp({
    db,
    store,
    version: '1.0.0',
    sessionSecret: 'd'.repeat(32),
    identityProvider: scriptedIdentityProvider({ [JAN]: 'Jan Novák', [EVA]: 'Eva Svobodová' }),
    publicUrl: 'http://portal.test',
    registersGateway: httpGateway(registers.url),
    registersResilience: { timeoutMs: 1000, retries: 0 },
  });
}, 30_000);
afterAll(async () => {
  await app?.close();
  await registers?.close();
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

async function citizen(subject: string) {
  const jar = new CookieJar();
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const token = await app.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
  jar.store(token.headers['set-cookie']);
  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { cookie: jar.header(), 'x-csrf-token': token.json().token },
      ...(payload ? { payload } : {}),
    });
  await send('POST', '/api/consent', { consent: 'given' });
  await send('PUT', '/api/my-services/telc');
  const personId = (await send('GET', '/api/session')).json().person.id as string;
  return { personId, read: (query: string) => send('GET', `/api/services/telc/registers/residents?${query}`) };
}

const control = (register: string, mode: string) =>
  fetch(`${registers.url}/_control/registers/${register}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode }),
  });

describe('reads through the development register server', () => {
  it('give each citizen their own data, logged; a failing register is 503 and logged as failed', async () => {
    const jan = await citizen(JAN);
    const eva = await citizen(EVA);
    const janRead = await jan.read('items=name,address&purpose=prefill-form');
    expect(janRead.statusCode).toBe(200);
    expect(janRead.json().data).toMatchObject({
      name: { givenName: 'Jan', familyName: 'Novák' },
      address: { municipality: 'Telč' },
    });
    expect(Object.keys(janRead.json().data).sort()).toEqual(['address', 'name']);
    const evaRead = await eva.read('items=name&purpose=prefill-form');
    expect(evaRead.json().data.name).toEqual({ givenName: 'Eva', familyName: 'Svobodová' });

    expect((await control('residents', 'fail')).status).toBe(204);
    try {
      const failed = await jan.read('items=name&purpose=prefill-form');
      expect(failed.statusCode).toBe(503);
      expect(failed.json().error).toBe('register-unavailable');
    } finally {
      await fetch(`${registers.url}/_control`, { method: 'DELETE' });
    }
    const rows = await db.query<{ items: string[]; outcome: string }>(
      'select items, outcome from register_access_log where person_id = $1 order by at',
      [jan.personId],
    );
    expect(rows).toEqual([
      { items: ['name', 'address'], outcome: 'ok' },
      { items: ['name'], outcome: 'failed' },
    ]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceMetadata } from '@czp/contract';
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
import { type FakeGateway, fakeGateway } from './fake-gateway.js';

let db: Database;
let dir: string;
let store: FileBundleStore;
let app: FastifyInstance;
let gateway: FakeGateway;
let last = 0;

const PEOPLE = { jan: 'Jan Novák', eva: 'Eva Svobodová', petr: 'Petr Dvořák' };
const SERVICES: Record<string, Partial<ServiceMetadata>> = {
  // Prefills a fee form: who the citizen is and where they live.
  telc: { dataReads: ['identity', 'address'] },
  // Declares only the identity: the address is not its to read.
  znojmo: { dataReads: ['identity'] },
  vitakarta: { dataReads: ['identity', 'health-insurance', 'real-estate'] },
  lysa: {},
  trezor: { dataReads: ['identity'], requiredLevel: 'high' },
};

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-registers-'));
  store = new FileBundleStore(join(dir, 'remotes'));
  for (const [id, overrides] of Object.entries(SERVICES)) {
    await publishBundle(db, store, {
      metadata: serviceMetadata(id, overrides),
      version: '1.0.0',
      files: bundleFiles(id, '1.0.0'),
    });
  }
  gateway = fakeGateway();
  app = await buildApp({
    db,
    store,
    version: '1.0.0',
    sessionSecret: 'r'.repeat(32),
    identityProvider: scriptedIdentityProvider(PEOPLE),
    publicUrl: 'http://portal.test',
    // Strictly increasing, so rows written one after another sort in that order.
    now: () => {
      last = Math.max(Date.now(), last + 1);
      return new Date(last);
    },
    registersGateway: gateway,
    // No retry, a breaker that opens after two failures and stays open through the test.
    registersResilience: { timeoutMs: 500, retries: 0, breakerThreshold: 2, breakerHalfOpenAfterMs: 60_000 },
  });
  // A static route of the same shape, registered after the feature's parametric one (like /api/services/my-data/).
  app.get('/api/services/static-section/registers/:register', async () => ({ from: 'static-section' }));
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

/** A signed-in browser of a test citizen, with the portal consent given unless told otherwise. */
async function signedIn(subject: keyof typeof PEOPLE, options: { consent?: boolean; app?: FastifyInstance } = {}) {
  const target = options.app ?? app;
  const jar = new CookieJar();
  const start = await target.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await target.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const token = await target.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
  jar.store(token.headers['set-cookie']);
  const csrf = token.json().token as string;
  const send = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const response = await target.inject({
      method,
      url,
      headers: { cookie: jar.header(), 'x-csrf-token': csrf },
      ...(payload ? { payload } : {}),
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  if (options.consent !== false) await send('POST', '/api/consent', { consent: 'given' });
  const personId = (await send('GET', '/api/session')).json().person.id as string;
  return {
    personId,
    send,
    add: (serviceId: string) => send('PUT', `/api/my-services/${serviceId}`),
    read: (serviceId: string, register: string, query: string) =>
      send('GET', `/api/services/${serviceId}/registers/${register}?${query}`),
  };
}

interface LogRow {
  reader_kind: string;
  reader_id: string;
  reader_name: { cs: string; en: string };
  register: string;
  items: string[];
  purpose: string;
  outcome: string;
  refusal: string | null;
  finished_at: Date | null;
}
const logOf = (personId: string) =>
  db.query<LogRow>(
    `select reader_kind, reader_id, reader_name, register, items, purpose, outcome, refusal, finished_at
       from register_access_log where person_id = $1 order by at, finished_at`,
    [personId],
  );

describe('a service reading the citizen’s registers', () => {
  it('gets only the items it asked for, and the read is in the citizen’s log under the service’s name', async () => {
    const jan = await signedIn('jan');
    await jan.add('telc');
    const response = await jan.read('telc', 'residents', 'items=name,address&purpose=prefill-form');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const answer = response.json();
    expect(answer.register).toBe('residents');
    expect(Object.keys(answer.data).sort()).toEqual(['address', 'name']);
    expect(answer.data.address.municipality).toBe('Telč');
    expect(Number.isNaN(Date.parse(answer.readAt))).toBe(false);
    expect(gateway.calls.at(-1)).toMatchObject({ register: 'residents', items: ['name', 'address'], reader: 'telc' });
    const log = await logOf(jan.personId);
    expect(log).toEqual([
      expect.objectContaining({
        reader_kind: 'service',
        reader_id: 'telc',
        reader_name: { cs: 'Portál občana telc', en: 'Citizen Portal of telc' },
        register: 'residents',
        items: ['name', 'address'],
        purpose: 'prefill-form',
        outcome: 'ok',
        refusal: null,
      }),
    ]);
    expect(log[0]?.finished_at).toBeInstanceOf(Date);
  });

  it('has the row committed (pending) before the register is asked', async () => {
    const jan = await signedIn('jan');
    await jan.add('telc');
    const seen: LogRow[][] = [];
    gateway.beforeAnswer = async () => {
      seen.push((await logOf(jan.personId)).filter((row) => row.outcome === 'pending'));
    };
    try {
      expect((await jan.read('telc', 'residents', 'items=birth&purpose=prefill-form')).statusCode).toBe(200);
    } finally {
      gateway.beforeAnswer = null;
    }
    expect(seen).toEqual([[expect.objectContaining({ reader_id: 'telc', items: ['birth'], finished_at: null })]]);
    expect((await logOf(jan.personId)).filter((row) => row.outcome === 'pending')).toEqual([]);
  });

  it('writes one row per read, each with its items and purpose', async () => {
    const eva = await signedIn('eva');
    await eva.add('telc');
    await eva.read('telc', 'residents', 'items=name&purpose=prefill-form');
    await eva.read('telc', 'residents', 'items=birth,citizenship&purpose=check-eligibility');
    await eva.read('telc', 'residents', 'items=address&purpose=document-validity');
    const log = await logOf(eva.personId);
    expect(log.map((row) => [row.items, row.purpose, row.outcome])).toEqual([
      [['name'], 'prefill-form', 'ok'],
      [['birth', 'citizenship'], 'check-eligibility', 'ok'],
      [['address'], 'document-validity', 'ok'],
    ]);
  });

  it('refuses an item the service did not declare (403, logged as refused) without asking the register', async () => {
    const jan = await signedIn('jan');
    await jan.add('znojmo');
    const before = gateway.calls.length;
    const response = await jan.read('znojmo', 'residents', 'items=name,address&purpose=prefill-form');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'undeclared-read' });
    expect(response.json().message).toMatch(/address/);
    expect(gateway.calls.length).toBe(before);
    const refused = (await logOf(jan.personId)).filter((row) => row.reader_id === 'znojmo');
    expect(refused).toEqual([
      expect.objectContaining({
        outcome: 'refused',
        refusal: 'undeclared-read',
        items: ['name', 'address'],
        reader_name: { cs: 'Portál občana znojmo', en: 'Citizen Portal of znojmo' },
      }),
    ]);
    // What it declared it may read.
    expect((await jan.read('znojmo', 'residents', 'items=name&purpose=prefill-form')).statusCode).toBe(200);
  });

  it('refuses a service that declares nothing', async () => {
    const petr = await signedIn('petr');
    await petr.add('lysa');
    const response = await petr.read('lysa', 'residents', 'items=name&purpose=prefill-form');
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('undeclared-read');
    expect((await logOf(petr.personId)).map((row) => row.refusal)).toEqual(['undeclared-read']);
  });

  it('refuses a service the citizen has not added (403, logged as refused)', async () => {
    const petr = await signedIn('petr');
    const before = gateway.calls.length;
    const response = await petr.read('telc', 'residents', 'items=name&purpose=prefill-form');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ error: 'service-not-added' });
    expect(gateway.calls.length).toBe(before);
    const rows = (await logOf(petr.personId)).filter((row) => row.reader_id === 'telc');
    expect(rows.map((row) => [row.outcome, row.refusal])).toEqual([['refused', 'service-not-added']]);
    await petr.add('telc');
    expect((await petr.read('telc', 'residents', 'items=name&purpose=prefill-form')).statusCode).toBe(200);
  });

  it('needs a login (401) and the portal consent (403 consent-required, nothing logged or read)', async () => {
    const anonymous = await app.inject({
      url: '/api/services/telc/registers/residents?items=name&purpose=prefill-form',
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('private, no-store');
    const eva = await signedIn('eva', { consent: false });
    // The consent is the person's (Eva gave it in another test): decline it.
    await eva.send('POST', '/api/consent', { consent: 'declined' });
    const rowsBefore = (await logOf(eva.personId)).length;
    const calls = gateway.calls.length;
    const response = await eva.read('telc', 'residents', 'items=name&purpose=prefill-form');
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('consent-required');
    expect((await logOf(eva.personId)).length).toBe(rowsBefore);
    expect(gateway.calls.length).toBe(calls);
  });

  it('answers the service’s required level of assurance, not less', async () => {
    const jan = await signedIn('jan');
    await jan.add('trezor');
    const response = await jan.read('trezor', 'residents', 'items=name&purpose=prefill-form');
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('level-too-low');
  });

  it('refuses bad input naming the field, and an unknown service with 404', async () => {
    const jan = await signedIn('jan');
    const cases: [string, string, string, number, string][] = [
      ['telc', 'residents', 'purpose=prefill-form', 400, 'items'],
      ['telc', 'residents', 'items=&purpose=prefill-form', 400, 'items'],
      ['telc', 'residents', 'items=name,shoeSize&purpose=prefill-form', 400, 'items'],
      ['telc', 'residents', 'items=points&purpose=prefill-form', 400, 'items'],
      ['telc', 'residents', 'items=name', 400, 'purpose'],
      ['telc', 'residents', 'items=name&purpose=curiosity', 400, 'purpose'],
      ['telc', 'weather', 'items=name&purpose=prefill-form', 400, 'register'],
      ['Not_An_Id', 'residents', 'items=name&purpose=prefill-form', 400, 'serviceId'],
      ['atlantis', 'residents', 'items=name&purpose=prefill-form', 404, 'serviceId'],
    ];
    for (const [service, register, query, status, field] of cases) {
      const response = await jan.read(service, register, query);
      expect([query, response.statusCode, response.json().field]).toEqual([query, status, field]);
      expect(response.json().message).toEqual(expect.any(String));
    }
    expect((await jan.read('telc', 'residents', 'items=name,shoeSize&purpose=prefill-form')).json().message).toMatch(
      /shoeSize/,
    );
  });

  it('answers 503 register-unavailable when the register fails, and logs the read as failed', async () => {
    const eva = await signedIn('eva');
    await eva.add('vitakarta');
    gateway.failing.add('health');
    try {
      const response = await eva.read('vitakarta', 'health', 'items=insurer&purpose=check-eligibility');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ error: 'register-unavailable' });
    } finally {
      gateway.failing.delete('health');
    }
    const rows = (await logOf(eva.personId)).filter((row) => row.register === 'health');
    expect(rows).toEqual([expect.objectContaining({ outcome: 'failed', reader_id: 'vitakarta', items: ['insurer'] })]);
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    // The register is back: the next read works.
    expect((await eva.read('vitakarta', 'health', 'items=insurer&purpose=check-eligibility')).statusCode).toBe(200);
  });

  it('asks each register by that register’s own pseudonymous id, never the portal’s or the identity provider’s', async () => {
    const jan = await signedIn('jan');
    const eva = await signedIn('eva');
    for (const citizen of [jan, eva]) {
      await citizen.add('vitakarta');
      expect((await citizen.read('vitakarta', 'residents', 'items=name&purpose=prefill-form')).statusCode).toBe(200);
      expect((await citizen.read('vitakarta', 'health', 'items=insurer&purpose=prefill-form')).statusCode).toBe(200);
    }
    const aifos = gateway.calls.slice(-4).map((call) => call.aifo);
    expect(gateway.calls.slice(-4).map((call) => call.register)).toEqual([
      'residents',
      'health',
      'residents',
      'health',
    ]);
    // Four different identifiers: per register and per person.
    expect(new Set(aifos).size).toBe(4);
    for (const aifo of aifos) {
      for (const known of ['jan', 'eva', jan.personId, eva.personId]) expect(aifo).not.toContain(known);
    }
    // The conversion authority was asked with the identity provider's subject and each register's agenda.
    expect(gateway.conversions.slice(-4).map((c) => [c.subject, c.agenda])).toEqual([
      ['jan', 'A121'],
      ['jan', 'A1086'],
      ['eva', 'A121'],
      ['eva', 'A1086'],
    ]);
  });

  it('opens a register’s circuit breaker after repeated failures: then it answers 503 at once, still logged', async () => {
    const petr = await signedIn('petr');
    await petr.add('vitakarta');
    gateway.failing.add('cadastre');
    try {
      expect(app.serviceBus.breakerStates().cadastre).toBe('closed');
      for (let i = 0; i < 2; i++) {
        expect((await petr.read('vitakarta', 'cadastre', 'items=properties&purpose=prefill-form')).statusCode).toBe(
          503,
        );
      }
      expect(app.serviceBus.breakerStates()).toMatchObject({ cadastre: 'open', residents: 'closed', health: 'closed' });
      const calls = gateway.calls.filter((call) => call.register === 'cadastre').length;
      gateway.failing.delete('cadastre');
      // Open: the register is not asked even though it would answer now.
      const refused = await petr.read('vitakarta', 'cadastre', 'items=properties&purpose=prefill-form');
      expect(refused.statusCode).toBe(503);
      expect(refused.json().message).toMatch(/circuit breaker/);
      expect(gateway.calls.filter((call) => call.register === 'cadastre').length).toBe(calls);
      // Other registers are unaffected.
      expect((await petr.read('vitakarta', 'residents', 'items=name&purpose=prefill-form')).statusCode).toBe(200);
    } finally {
      gateway.failing.delete('cadastre');
    }
    const rows = (await logOf(petr.personId)).filter((row) => row.register === 'cadastre');
    expect(rows.map((row) => row.outcome)).toEqual(['failed', 'failed', 'failed']);
  });

  it('lets static routes of the same shape win (the portal’s own sections under /api/services/)', async () => {
    const jan = await signedIn('jan');
    const response = await jan.send('GET', '/api/services/static-section/registers/residents?items=name');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ from: 'static-section' });
    // The data box's routes still answer as the data box.
    const box = await jan.send('GET', '/api/services/data-box/box');
    expect(box.statusCode).toBe(200);
    expect(box.json()).toHaveProperty('id');
  });
});

describe('a portal without registers configured', () => {
  it('answers every read with 503 register-unavailable, and logs it as failed', async () => {
    const bare = await buildApp({
      db,
      store,
      version: '1.0.0',
      sessionSecret: 'r'.repeat(32),
      identityProvider: scriptedIdentityProvider(PEOPLE),
      publicUrl: 'http://portal.test',
    });
    try {
      const jan = await signedIn('jan', { app: bare });
      await jan.add('telc');
      const response = await jan.read('telc', 'residents', 'items=name&purpose=prefill-form');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ error: 'register-unavailable' });
      const { personId } = jan;
      const read = await bare.serviceBus
        .read({
          person: await bare.personRef(personId),
          reader: { kind: 'portal', id: 'data' },
          register: 'drivers',
          items: ['points'],
          purpose: 'show-to-citizen',
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(read).toMatchObject({ code: 'register-unavailable', status: 503 });
      const rows = (await logOf(personId)).slice(-2);
      expect(rows).toEqual([
        expect.objectContaining({ reader_id: 'telc', register: 'residents', outcome: 'failed' }),
        expect.objectContaining({
          reader_id: 'data',
          reader_name: { cs: 'Portál občana – Údaje', en: 'Citizen Portal – Data' },
          register: 'drivers',
          outcome: 'failed',
        }),
      ]);
    } finally {
      await bare.close();
    }
  });

  it('gives other features the person as the bus needs them', async () => {
    const jan = await signedIn('jan');
    expect(await app.personRef(jan.personId)).toEqual({ id: jan.personId, subject: 'jan' });
    await expect(app.personRef('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ status: 401 });
  });
});

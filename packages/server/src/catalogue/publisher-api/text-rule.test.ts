import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlMessage } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { bundleFiles, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { createIssuer } from './issuers.js';
import { multipart, tarGz } from './testing.js';

/** The class of text the one rule refuses, as JSON can carry it: NUL, another C0, DEL, C1, a broken surrogate. */
const CONTROL = ['a\u0000b', 'x\u0007y', 'x\u007f', 'x\u0085', 'x\uD800y'];

let db: Database;
let dir: string;
let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-text-rule-'));
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '0.0.0-test',
    sessionSecret: 'x'.repeat(32),
    remoteFailuresRateLimit: { max: 1000, timeWindow: '1 minute' },
  });
  token = (await createIssuer(db, { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Telč' }, ico: '00286711' })).token
    .token;
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await db.exec('delete from audit_log');
});

const lastAudit = async () =>
  (
    await db.query<{ action: string; outcome: string; message: string }>(
      'select action, outcome, message from audit_log order by id desc limit 1',
    )
  )[0];

async function publish(metadata: unknown) {
  const form = multipart([
    { name: 'version', value: '1.0.0' },
    { name: 'metadata', value: JSON.stringify(metadata) },
    { name: 'bundle', value: await tarGz(bundleFiles('telc', '1.0.0')), filename: 'bundle.tar.gz' },
  ]);
  return app.inject({
    method: 'POST',
    url: '/api/publisher/services/telc/versions',
    payload: form.payload,
    headers: { ...form.headers, authorization: `Bearer ${token}` },
  });
}

describe('the one text rule in the catalogue and the publishing API', () => {
  it('refuses control characters in a failure report with a 400 naming the field', async () => {
    await db.query(`insert into services (id, issuer_id, metadata) values ('telc', 'mesto-telc', '{}')
      on conflict do nothing`);
    const csrf = await app.inject({ method: 'GET', url: '/api/csrf-token' });
    const headers = {
      cookie: String(csrf.headers['set-cookie']).split(';')[0] as string,
      'x-csrf-token': csrf.json().token as string,
    };
    for (const text of CONTROL) {
      for (const [field, report] of [
        ['message', { serviceId: 'telc', reason: 'crashed', message: text, page: '/services/telc' }],
        ['page', { serviceId: 'telc', reason: 'crashed', message: 'x', page: `/services/${text}` }],
      ] as const) {
        const response = await app.inject({ method: 'POST', url: '/api/remote-failures', headers, payload: report });
        expect({ status: response.statusCode, body: response.json() }, `${field} ${JSON.stringify(text)}`).toEqual({
          status: 400,
          body: { error: 'validation', message: controlMessage(field), field },
        });
      }
    }
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from remote_failure_reports');
    expect(row?.n).toBe(0);
  });

  it('refuses control characters and invisible-only text in a token name, and audits the refusal', async () => {
    for (const text of CONTROL) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/publisher/tokens',
        headers: { authorization: `Bearer ${token}` },
        payload: { name: text },
      });
      expect({ status: response.statusCode, body: response.json() }, JSON.stringify(text)).toEqual({
        status: 400,
        body: { error: 'validation', message: controlMessage('name'), field: 'name' },
      });
      expect(await lastAudit()).toEqual({
        action: 'token.create',
        outcome: 'refused',
        message: controlMessage('name'),
      });
    }
    const invisible = await app.inject({
      method: 'POST',
      url: '/api/publisher/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: '\u200B\u200B' },
    });
    expect(invisible.statusCode).toBe(400);
    expect(invisible.json().message).toMatch(/name must not be empty/);
  });

  it('refuses control characters in every text of the service metadata, naming the field, and audits it', async () => {
    const base = serviceMetadata('telc');
    const variants: [string, (text: string) => object][] = [
      ['name.cs', (text) => ({ name: { ...base.name, cs: text } })],
      ['description.en', (text) => ({ description: { ...base.description, en: text } })],
      ['issuer.name.cs', (text) => ({ issuer: { ...base.issuer, name: { ...base.issuer.name, cs: text } } })],
      ['region', (text) => ({ region: text })],
      ['web', (text) => ({ web: `https://www.telc.eu/${text}` })],
    ];
    for (const [field, change] of variants) {
      for (const text of CONTROL) {
        const response = await publish({ ...base, ...change(text) });
        const label = `${field} ${JSON.stringify(text)}`;
        expect(response.statusCode, label).toBe(400);
        expect(response.json(), label).toMatchObject({
          field: `metadata.${field}`,
          message: expect.stringContaining(controlMessage(field)),
        });
        expect(await lastAudit(), label).toMatchObject({ action: 'publish', outcome: 'refused' });
      }
    }
    // The JSON API of a remote on the issuer's own origin takes the same metadata.
    const external = await app.inject({
      method: 'POST',
      url: '/api/publisher/services/telc/external',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        version: '1.0.0',
        metadata: { ...base, name: { ...base.name, cs: 'x\u0000' } },
        baseUrl: 'https://remotes.telc.eu/telc/1.0.0/',
      },
    });
    expect(external.statusCode).toBe(400);
    expect(external.json()).toMatchObject({ field: 'metadata.name.cs' });
    expect(await lastAudit()).toMatchObject({ action: 'publish.external', outcome: 'refused' });
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from service_versions');
    expect(row?.n).toBe(0);
  });

  it('keeps an audit entry for a refusal that quotes a control character the caller sent', async () => {
    const form = multipart([{ name: 'ver\u0000sion', value: '1.0.0' }]);
    const response = await app.inject({
      method: 'POST',
      url: '/api/publisher/services/telc/versions',
      payload: form.payload,
      headers: { ...form.headers, authorization: `Bearer ${token}` },
    });
    expect(response.statusCode).toBe(400);
    expect(await lastAudit()).toEqual({
      action: 'publish',
      outcome: 'refused',
      message: expect.stringContaining('Unexpected field "ver\uFFFDsion"'),
    });
  });
});

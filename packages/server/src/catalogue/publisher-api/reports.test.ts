import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FailureReportList, RemoteFailureReport } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import type { Database } from '../../db/database.js';
import { bundleFiles, serviceMetadata } from '../../test/fixtures.js';
import { createTestDatabase } from '../../test/test-database.js';
import { FileBundleStore } from '../bundle-store.js';
import { publishBundle } from '../publishing/publish.js';
import { createIssuer } from './issuers.js';

let db: Database;
let dir: string;
let app: FastifyInstance;
let telc: string;
let znojmo: string;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await db.exec(`delete from audit_log; delete from publisher_tokens; delete from citizen_services;
    delete from remote_failure_reports; delete from service_versions; delete from services; delete from issuers;`);
  dir = await mkdtemp(join(tmpdir(), 'czp-reports-'));
  const store = new FileBundleStore(join(dir, 'remotes'));
  app = await buildApp({ db, store, version: '0.0.0-test', sessionSecret: 'x'.repeat(32) });
  const issuer = (id: string) => ({ id: `mesto-${id}`, name: { cs: `Město ${id}`, en: id }, ico: '00286711' });
  telc = (await createIssuer(db, issuer('telc'))).token.token;
  znojmo = (await createIssuer(db, issuer('znojmo'))).token.token;
  for (const id of ['telc', 'znojmo']) {
    await publishBundle(db, store, {
      metadata: serviceMetadata(id),
      version: '1.0.0',
      files: bundleFiles(id, '1.0.0'),
    });
  }
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** A citizen's browser reports a failure, through the shell's own endpoint. */
async function report(body: RemoteFailureReport) {
  const csrf = await app.inject({ method: 'GET', url: '/api/csrf-token' });
  const cookie = String(csrf.headers['set-cookie']).split(';')[0] as string;
  const response = await app.inject({
    method: 'POST',
    url: '/api/remote-failures',
    headers: { cookie, 'x-csrf-token': csrf.json<{ token: string }>().token },
    payload: { ...body },
  });
  expect(response.statusCode, response.body).toBe(202);
}

const reports = (token: string, query = '', id = 'telc') =>
  app.inject({
    method: 'GET',
    url: `/api/publisher/services/${id}/reports${query}`,
    headers: { authorization: `Bearer ${token}` },
  });

describe('GET /api/publisher/services/:serviceId/reports', () => {
  it("lists the issuer's own service's failure reports, newest first, limited", async () => {
    await report({
      serviceId: 'telc',
      version: '1.0.0',
      reason: 'load-failed',
      message: 'Failed to fetch',
      page: '/s/telc',
    });
    await report({ serviceId: 'znojmo', reason: 'crashed', message: 'not about Telč', page: '/s/znojmo' });
    await report({
      serviceId: 'telc',
      version: '1.0.0',
      reason: 'crashed',
      message: 'x is undefined',
      page: '/s/telc/a',
    });
    // Received earlier than both: the order is by time, not by insertion.
    await db.query(
      `insert into remote_failure_reports (service_id, version, reason, message, page, created_at)
       values ('telc', '0.9.0', 'timeout', 'old', '/s/telc', now() - interval '2 days')`,
    );

    const response = await reports(telc);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<FailureReportList>();
    expect(body.serviceId).toBe('telc');
    expect(body.reports.map((entry) => [entry.version, entry.reason, entry.message, entry.page])).toEqual([
      ['1.0.0', 'crashed', 'x is undefined', '/s/telc/a'],
      ['1.0.0', 'load-failed', 'Failed to fetch', '/s/telc'],
      ['0.9.0', 'timeout', 'old', '/s/telc'],
    ]);
    const times = body.reports.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(Object.keys(body.reports[0] ?? {}).sort()).toEqual(['at', 'id', 'message', 'page', 'reason', 'version']);

    const limited = await reports(telc, '?limit=1');
    expect(limited.json<FailureReportList>().reports.map((entry) => entry.message)).toEqual(['x is undefined']);
  });

  it("refuses another issuer's service (403, audited), an unknown one (404) and a bad limit (400)", async () => {
    await report({ serviceId: 'telc', reason: 'crashed', message: 'secret of Telč', page: '/s/telc' });
    const foreign = await reports(znojmo);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ error: 'issuer-mismatch' });
    expect(foreign.body).not.toContain('secret of Telč');
    const [audited] = await db.query<{ issuer_id: string; action: string; outcome: string; service_id: string }>(
      `select issuer_id, action, outcome, service_id from audit_log where action = 'reports.list'`,
    );
    expect(audited).toEqual({
      issuer_id: 'mesto-znojmo',
      action: 'reports.list',
      outcome: 'refused',
      service_id: 'telc',
    });

    expect((await reports(telc, '', 'brno')).statusCode).toBe(404);
    const bad = await reports(telc, '?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'limit' });
    expect((await app.inject({ method: 'GET', url: '/api/publisher/services/telc/reports' })).statusCode).toBe(401);
  });

  it('answers an empty list for a service nobody reported', async () => {
    expect((await reports(telc)).json()).toEqual({ serviceId: 'telc', reports: [] });
  });
});

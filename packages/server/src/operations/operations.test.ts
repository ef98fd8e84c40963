import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { createTestDatabase } from '../test/test-database.js';
import { formatInventory } from './inventory.js';
import { Metrics } from './metrics.js';

const TOKEN = 'czp_op_test-token-of-the-operator-0123456789';
const operator = { authorization: `Bearer ${TOKEN}` };
let db: Database;
let dir: string;
let store: FileBundleStore;
let app: FastifyInstance;
let metrics: Metrics;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-operations-'));
  store = new FileBundleStore(join(dir, 'remotes'));
  await publishBundle(db, store, { metadata: serviceMetadata('telc'), version: '1.0.0', files: bundleFiles() });
  await publishBundle(db, store, {
    metadata: serviceMetadata('telc'),
    version: '1.1.0',
    files: bundleFiles('telc', '1.1.0'),
    activate: false,
  });
  await publishBundle(db, store, {
    metadata: serviceMetadata('znojmo'),
    version: '2.0.0',
    files: bundleFiles('znojmo', '2.0.0'),
  });
  await db.query(
    `insert into remote_failure_reports (service_id, version, reason, message, page, created_at) values
       ('telc', '1.0.0', 'load', 'x', '/services/telc', now()),
       ('telc', '1.0.0', 'load', 'x', '/services/telc', now() - interval '3 days')`,
  );
  metrics = new Metrics();
  app = await buildApp({ db: metrics.instrument(db), store, version: '9.8.7', operatorToken: TOKEN, metrics });
});
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const failing = (base: Database): Database => ({
  ...base,
  query: async () => Promise.reject(new Error('connection to "czp_secret_db" refused')),
});

describe('health', () => {
  it('tells anonymous callers only the status, and the operator the details', async () => {
    const anonymous = await app.inject('/api/health');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ status: 'ok' });
    const details = await app.inject({ url: '/api/health', headers: operator });
    expect(details.json()).toMatchObject({ status: 'ok', version: '9.8.7', database: { kind: db.kind, ok: true } });
    const wrong = await app.inject({ url: '/api/health', headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.json()).toEqual({ status: 'ok' });
  });

  it('is degraded (503) without the driver error for anonymous callers when the database fails', async () => {
    const broken = await buildApp({ db: failing(db), store, version: '1.0.0', operatorToken: TOKEN });
    try {
      const anonymous = await broken.inject('/api/health');
      expect(anonymous.statusCode).toBe(503);
      expect(anonymous.json()).toEqual({ status: 'degraded' });
      expect(anonymous.body).not.toContain('czp_secret_db');
      const details = await broken.inject({ url: '/api/health', headers: operator });
      expect(details.statusCode).toBe(503);
      expect(details.json()).toMatchObject({
        status: 'degraded',
        database: { ok: false, error: 'connection to "czp_secret_db" refused' },
      });
      // Liveness needs no database: the process is up; readiness is not.
      expect((await broken.inject('/api/health/live')).statusCode).toBe(200);
      const ready = await broken.inject('/api/health/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unavailable' });
    } finally {
      await broken.close();
    }
  });

  it('is ready when the database answers with every migration applied', async () => {
    const ready = await app.inject('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ok' });
    expect((await app.inject('/api/health/live')).json()).toEqual({ status: 'ok' });

    const behind: Database = {
      ...db,
      query: (async (sql: string, params?: unknown[]) =>
        sql.includes('schema_migrations') ? [{ id: '0001-catalogue' }] : db.query(sql, params)) as Database['query'],
    };
    const old = await buildApp({ db: behind, store, version: '1.0.0', operatorToken: TOKEN });
    try {
      const response = await old.inject({ url: '/api/health/ready', headers: operator });
      expect(response.statusCode).toBe(503);
      expect(response.json().database.error).toMatch(/^migrations not applied: 0002-auth, /);
    } finally {
      await old.close();
    }
  });
});

describe('request ids', () => {
  it('echo a safe id from the proxy and replace anything else', async () => {
    const kept = await app.inject({ url: '/api/health/live', headers: { 'x-request-id': 'nginx-abc.123' } });
    expect(kept.headers['x-request-id']).toBe('nginx-abc.123');
    const replaced = await app.inject({ url: '/api/health/live', headers: { 'x-request-id': 'x'.repeat(200) } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await app.inject('/api/health/live');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /metrics', () => {
  it('needs the operator token', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: TOKEN }]) {
      const response = await app.inject({ url: '/metrics', headers });
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(response.json().error).toBe('operator-only');
    }
    const none = await buildApp({ db, store, version: '1.0.0' });
    try {
      // Without a configured token nobody gets in, whatever they send.
      expect((await none.inject({ url: '/metrics', headers: operator })).statusCode).toBe(401);
      expect((await none.inject({ url: '/metrics', headers: { authorization: 'Bearer ' } })).statusCode).toBe(401);
    } finally {
      await none.close();
    }
  });

  it('counts requests by route pattern, never by raw URL', async () => {
    for (const url of ['/remotes/telc/1.0.0/remoteEntry.js', '/remotes/telc/9.9.9/x.js', '/services/a-secret-path']) {
      await app.inject(url);
    }
    const response = await app.inject({ url: '/metrics', headers: operator });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    expect(text).toContain(
      'czp_http_requests_total{method="GET",route="/remotes/:serviceId/:version/*",status="200"} 1',
    );
    expect(text).toContain(
      'czp_http_requests_total{method="GET",route="/remotes/:serviceId/:version/*",status="404"} 1',
    );
    expect(text).toMatch(/czp_http_requests_total\{method="GET",route="\(unmatched\)",status="\d+"\} 1/);
    expect(text).toContain('czp_http_request_duration_seconds_bucket{le="0.005",method="GET",route="/api/health"}');
    expect(text).not.toContain('remoteEntry.js');
    expect(text).not.toContain('a-secret-path');
    expect(text).not.toContain('9.9.9');
  });

  it('reports failure reports per service, database timings and errors, queue depth and the process', async () => {
    const text = (await app.inject({ url: '/metrics', headers: operator })).body;
    expect(text).toContain('czp_remote_failure_reports{service="telc",window="total"} 2');
    expect(text).toContain('czp_remote_failure_reports{service="telc",window="24h"} 1');
    expect(text).toContain('czp_remote_failure_reports{service="znojmo",window="total"} 0');
    expect(text).toMatch(/czp_db_query_duration_seconds_count\{operation="query"\} [1-9]/);
    expect(text).toContain('# TYPE czp_jobs gauge');
    expect(text).toContain('czp_process_cpu_user_seconds_total');
    expect(text).toContain('czp_nodejs_heap_size_used_bytes');

    await expect(metrics.instrument(failing(db)).query('select 1')).rejects.toThrow();
    const after = (await app.inject({ url: '/metrics', headers: operator })).body;
    expect(after).toContain('czp_db_query_errors_total{operation="query"} 1');
  });
});

describe('inventory', () => {
  it('lists services, versions, issuers and failure counts for the operator only', async () => {
    expect((await app.inject('/api/operations/inventory')).statusCode).toBe(401);
    const response = await app.inject({ url: '/api/operations/inventory', headers: operator });
    expect(response.statusCode).toBe(200);
    const inventory = response.json();
    expect(inventory.services).toEqual([
      {
        id: 'telc',
        issuer: { id: 'mesto-telc', name: expect.any(String), ico: expect.stringMatching(/^\d{8}$/) },
        activeVersion: '1.0.0',
        otherVersions: ['1.1.0'],
        withdrawn: false,
        hostedAt: 'portal',
        failureReports: { last24h: 1, total: 2 },
      },
      expect.objectContaining({
        id: 'znojmo',
        activeVersion: '2.0.0',
        otherVersions: [],
        failureReports: { last24h: 0, total: 0 },
      }),
    ]);
    const lines = formatInventory(inventory).join('\n');
    expect(lines).toContain('telc  ');
    expect(lines).toContain('active 1.0.0 (files on the portal); other versions: 1.1.0');
    expect(lines).toContain('failure reports: 1 in the last 24 hours, 2 in all');
    expect(formatInventory({ generatedAt: 'now', services: [] })).toEqual(['No services are published.']);
  });
});

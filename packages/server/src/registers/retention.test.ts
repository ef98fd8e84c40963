import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACCESS_LOG_LIMITS } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.js';
import { upsertPerson } from '../auth/persons.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { createTestDatabase } from '../test/test-database.js';
import { accessLogRetention } from './retention.js';

const DAY = 24 * 60 * 60 * 1000;
let db: Database;
let dir: string;
let personId: string;
let clock = new Date('2026-12-03T10:00:00.000Z');
const now = () => clock;
const apps: FastifyInstance[] = [];

/** A replica of the portal on the same database, on the test's clock, its queue polling rarely (tests drain). */
async function replica(): Promise<FastifyInstance> {
  const app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    now,
    jobs: { now, pollIntervalMs: 60_000 },
  });
  apps.push(app);
  await app.ready();
  return app;
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-retention-'));
  personId = (await upsertPerson(db, { issuer: 'https://idp.test', subject: 'jan', name: 'Jan Novák' })).id;
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function readAt(at: Date, label: string, outcome = 'ok'): Promise<void> {
  await db.query(
    `insert into register_access_log (person_id, at, reader_kind, reader_id, reader_name, register, items, purpose, outcome)
     values ($1, $2, 'portal', 'data', '{"cs":"Údaje","en":"Data"}'::jsonb, 'residents', $3::text[], 'show-to-citizen', $4)`,
    [personId, at, [label], outcome],
  );
}
const outcomes = async () =>
  Object.fromEntries(
    (
      await db.query<{ label: string; outcome: string }>('select items[1] as label, outcome from register_access_log')
    ).map((row) => [row.label, row.outcome]),
  );
const remaining = async () =>
  (await db.query<{ label: string }>('select items[1] as label from register_access_log order by at')).map(
    (row) => row.label,
  );
const retentionJobs = () =>
  db.query<{ key: string; run_at: Date | null; done: boolean }>(
    `select key, run_at, done_at is not null as done from jobs where kind = $1 order by key`,
    [accessLogRetention.name],
  );
const ago = (days: number, extraMs = 0) => new Date(clock.getTime() - days * DAY - extraMs);

describe('the access log’s retention', () => {
  it('deletes rows older than the kept period once a day, scheduled once however many replicas start', async () => {
    const keep = ACCESS_LOG_LIMITS.keepDays;
    await readAt(ago(keep, 60_000), 'just too old');
    await readAt(ago(keep + 400), 'long gone');
    await readAt(ago(keep, -60_000), 'just kept');
    await readAt(ago(1), 'yesterday');
    // Left pending by a process that died mid-read, and one being read right now.
    await readAt(ago(0, 2 * 60 * 60 * 1000), 'abandoned', 'pending');
    await readAt(ago(0, 1000), 'in flight', 'pending');

    const first = await replica();
    await replica();
    await vi.waitFor(async () => expect((await retentionJobs()).map((job) => job.key)).toContain('2026-12-03'), {
      timeout: 5000,
    });
    await first.jobs.drain();
    expect(await remaining()).toEqual(['just kept', 'yesterday', 'abandoned', 'in flight']);
    expect(await outcomes()).toMatchObject({ abandoned: 'failed', 'in flight': 'pending', yesterday: 'ok' });
    // Today's run is done and tomorrow's is scheduled for the early morning; one job per day.
    expect(await retentionJobs()).toEqual([
      { key: '2026-12-03', run_at: null, done: true },
      { key: '2026-12-04', run_at: new Date('2026-12-04T03:00:00.000Z'), done: false },
    ]);

    // Not yet due: nothing runs.
    clock = new Date('2026-12-04T02:59:00.000Z');
    await first.jobs.drain();
    expect((await retentionJobs()).filter((job) => job.done)).toHaveLength(1);

    // The next morning the row kept yesterday by a minute is past the period too.
    clock = new Date('2026-12-04T03:00:00.000Z');
    await first.jobs.drain();
    expect(await remaining()).toEqual(['yesterday', 'abandoned', 'in flight']);
    expect(await outcomes()).toMatchObject({ 'in flight': 'failed' });
    expect((await retentionJobs()).map((job) => [job.key, job.done])).toEqual([
      ['2026-12-03', true],
      ['2026-12-04', true],
      ['2026-12-05', false],
    ]);
  });

  it('after days with no server running, runs once and schedules tomorrow (no backlog of missed days)', async () => {
    clock = new Date('2026-12-20T12:00:00.000Z');
    await readAt(ago(ACCESS_LOG_LIMITS.keepDays + 1), 'old again');
    const app = await replica();
    await vi.waitFor(async () => expect((await retentionJobs()).map((job) => job.key)).toContain('2026-12-20'), {
      timeout: 5000,
    });
    await app.jobs.drain();
    expect(await remaining()).not.toContain('old again');
    const pending = (await retentionJobs()).filter((job) => !job.done);
    expect(pending).toEqual([{ key: '2026-12-21', run_at: new Date('2026-12-21T03:00:00.000Z'), done: false }]);
  });
});

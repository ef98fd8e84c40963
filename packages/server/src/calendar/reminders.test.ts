/**
 * Jan's identity card (valid until 20 December 2026, my-data's test registers) in the calendar, and its 30-day
 * reminder sent exactly once: with a movable clock, with two portals on one PostgreSQL, and across a restart.
 */
import { CALENDAR_API_PREFIX } from '@czp/contract';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createPostgresDatabase } from '../db/postgres.js';
import { myDataGateway } from '../my-data/test-gateway.js';
import type { RegistersGateway } from '../registers/gateway.js';
import { createTestDatabase } from '../test/test-database.js';
import { calendarPortal, citizen, clockAt } from './test-portal.js';

const postgresUrl = process.env.CZP_TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function database() {
  const db = await createTestDatabase();
  cleanups.push(() => db.close());
  return db;
}

async function portal(...args: Parameters<typeof calendarPortal>) {
  const made = await calendarPortal(...args);
  cleanups.push(() => made.close());
  return made;
}

/** The id card's reminders Jan got, by their keys' "how long before" (d30, d7, d0). */
async function idCardNotices(db: Database, personId: string) {
  const rows = await db.query<{ key: string; kind: string; body: { cs: string; en: string } }>(
    `select key, kind, body from notifications where person_id = $1 and key like 'calendar:%' order by key`,
    [personId],
  );
  return rows.filter((row) => row.key.endsWith(':2026-12-20'));
}

/** The register answers another validity date for Jan's identity card when `idCardUntil` is set. */
function changingGateway() {
  const base = myDataGateway();
  const state: { idCardUntil: string | null } = { idCardUntil: null };
  const residents = base.registers.residents;
  const gateway: RegistersGateway = {
    ...base,
    registers: {
      ...base.registers,
      residents: {
        ...residents,
        async read(aifo, items, signal, context) {
          const data = (await residents.read(aifo, items, signal, context)) as {
            documents?: { kind: string; validUntil: string }[];
          };
          if (!state.idCardUntil || !data.documents) return data;
          return {
            ...data,
            documents: data.documents.map((d) =>
              d.kind === 'id-card' ? { ...d, validUntil: state.idCardUntil as string } : d,
            ),
          };
        },
      } as typeof residents,
    },
  };
  return { gateway, state };
}

const DECEMBER = `${CALENDAR_API_PREFIX}/items?from=2026-12-01&to=2026-12-31`;
const ON = { enabled: true, offsets: [30, 7, 0] };

describe('document expiry reminders', () => {
  it('shows the identity card and sends its 30-day reminder once, at 08:00 Prague time, by the clock', async () => {
    const db = await database();
    const clock = clockAt('2026-11-10T09:00:00Z');
    const { app } = await portal(db, myDataGateway(), clock);
    let jan = await citizen(app, db, 'jan');

    const items = await jan.send('GET', DECEMBER);
    expect(items.status).toBe(200);
    const card = items.body.items.find((item: { kind: string; date: string }) => item.date === '2026-12-20');
    expect(card).toMatchObject({ kind: 'document-expiry', link: '/services/my-data/documents' });
    expect(card.title.cs).toContain('občanský průkaz');
    // The read is in Jan's access log as the calendar's, for watching the validity of documents.
    const reads = await db.query<{ reader_id: string; purpose: string }>(
      'select * from register_access_log where person_id = $1',
      [jan.personId],
    );
    expect(reads.some((read) => JSON.stringify(read).includes('calendar'))).toBe(true);

    // Off by default: nothing is scheduled.
    await app.jobs.drain();
    clock.set('2026-11-20T07:00:00Z');
    await app.jobs.drain();
    expect(await idCardNotices(db, jan.personId)).toHaveLength(0);

    clock.set('2026-11-10T10:00:00Z');
    jan = await citizen(app, db, 'jan');
    expect((await jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON)).body).toEqual(ON);
    await app.jobs.drain();
    expect(await idCardNotices(db, jan.personId)).toHaveLength(0);

    clock.set('2026-11-20T06:59:00Z');
    await app.jobs.drain();
    expect(await idCardNotices(db, jan.personId)).toHaveLength(0);

    clock.set('2026-11-20T07:00:00Z');
    await app.jobs.drain();
    const notices = await idCardNotices(db, jan.personId);
    expect(notices.map((n) => [n.kind, n.key.split(':')[3]])).toEqual([['document-expiry', 'd30']]);
    expect(notices[0]?.body.cs).toContain('Za 30 dní');

    // Asked again in every way: still one. (Sessions end after idle time: log in again after a jump of the clock.)
    clock.set('2026-11-21T05:00:00Z');
    jan = await citizen(app, db, 'jan');
    await jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON);
    await jan.send('GET', DECEMBER);
    await app.calendar.refreshDue();
    await app.jobs.drain();
    expect(await idCardNotices(db, jan.personId)).toHaveLength(1);

    // Then the 7-day one on 13 December.
    clock.set('2026-12-13T07:00:00Z');
    await app.jobs.drain();
    expect((await idCardNotices(db, jan.personId)).map((n) => n.key.split(':')[3])).toEqual(['d30', 'd7']);
  }, 30_000);

  it('learned 17 days ahead, sends the 30-day reminder once at once, and not for an offset switched off', async () => {
    const db = await database();
    const clock = clockAt('2026-12-03T09:00:00Z');
    const { app } = await portal(db, myDataGateway(), clock);
    const jan = await citizen(app, db, 'jan');
    await jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, { enabled: true, offsets: [30, 0] });
    await jan.send('GET', DECEMBER);
    await app.jobs.drain();
    expect((await idCardNotices(db, jan.personId)).map((n) => n.key.split(':')[3])).toEqual(['d30']);
    clock.set('2026-12-13T07:00:00Z');
    await app.jobs.drain();
    expect((await idCardNotices(db, jan.personId)).map((n) => n.key.split(':')[3])).toEqual(['d30']);
  }, 30_000);

  it('gives a changed validity date new reminders and lets the old ones do nothing', async () => {
    const db = await database();
    const clock = clockAt('2026-11-10T09:00:00Z');
    const { gateway, state } = changingGateway();
    const { app } = await portal(db, gateway, clock);
    const jan = await citizen(app, db, 'jan');
    await jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON);
    await jan.send('GET', DECEMBER);
    // The card was renewed: valid until 2036. The daily refresh learns it before the old reminder is due.
    state.idCardUntil = '2036-12-20';
    clock.set('2026-11-11T02:00:00Z');
    expect(await app.calendar.refreshDue()).toBe(1);
    clock.set('2026-11-20T07:00:00Z');
    await app.jobs.drain();
    expect(await idCardNotices(db, jan.personId)).toHaveLength(0);
    const again = await citizen(app, db, 'jan');
    const items = await again.send('GET', `${CALENDAR_API_PREFIX}/items?from=2036-12-01&to=2036-12-31`);
    expect(items.body.items.map((item: { date: string }) => item.date)).toContain('2036-12-20');
  }, 30_000);

  it('sends it once across a restart: one portal schedules, stops, another on the database sends', async () => {
    const db = await database();
    const clock = clockAt('2026-11-10T09:00:00Z');
    const first = await calendarPortal(db, myDataGateway(), clock);
    const jan = await citizen(first.app, db, 'jan');
    await jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON);
    await jan.send('GET', DECEMBER);
    await first.app.jobs.drain();
    await first.close();

    clock.set('2026-11-20T07:30:00Z');
    const second = await portal(db, myDataGateway(), clock);
    await second.app.jobs.drain();
    await second.app.calendar.refreshDue();
    await second.app.jobs.drain();
    expect((await idCardNotices(db, jan.personId)).map((n) => n.key.split(':')[3])).toEqual(['d30']);
    const [jobs] = await db.query<{ count: number }>(
      `select count(*)::int as count from jobs where kind = 'calendar.reminder' and key like $1`,
      [`${jan.personId}:%:d30:2026-12-20`],
    );
    expect(jobs?.count).toBe(1);
  }, 30_000);

  it.skipIf(!postgresUrl)(
    'sends it once with two portal processes on one PostgreSQL scheduling and running at the same time',
    async () => {
      const db = await database();
      const [row] = await db.query<{ schema: string }>('select current_schema() as schema');
      const second = await createPostgresDatabase(postgresUrl ?? '', { schema: row?.schema ?? '', max: 4 });
      cleanups.push(() => second.close());
      const clock = clockAt('2026-11-10T09:00:00Z');
      const one = await portal(db, myDataGateway(), clock, { pollIntervalMs: 20, workerId: 'one' });
      const two = await portal(second, myDataGateway(), clock, { pollIntervalMs: 20, workerId: 'two' });
      const jan = await citizen(one.app, db, 'jan');
      await Promise.all([
        jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON, one.app),
        jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON, two.app),
        jan.send('GET', DECEMBER, undefined, one.app),
        jan.send('GET', DECEMBER, undefined, two.app),
      ]);
      clock.set('2026-11-20T07:00:00Z');
      await Promise.all([
        one.app.calendar.refreshDue(),
        two.app.calendar.refreshDue(),
        jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON, one.app),
        jan.send('PUT', `${CALENDAR_API_PREFIX}/settings`, ON, two.app),
      ]);
      const deadline = Date.now() + 10_000;
      while ((await idCardNotices(db, jan.personId)).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Let both workers poll a few more times: nothing more comes.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await Promise.all([one.app.jobs.drain(), two.app.jobs.drain()]);
      expect((await idCardNotices(db, jan.personId)).map((n) => n.key.split(':')[3])).toEqual(['d30']);
      const refreshedReads = await db.query<{ count: number }>(
        `select count(*)::int as count from register_access_log where person_id = $1`,
        [jan.personId],
      );
      expect(refreshedReads[0]?.count).toBeGreaterThan(0);
    },
    30_000,
  );
});

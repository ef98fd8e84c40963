/**
 * KALENDÁŘ's API: the items of a month, own reminders by id only for their citizen, services' events only for their
 * service (and gone with the service), submission deadlines, and the feed (valid iCalendar; 404 once revoked).
 */
import { CALENDAR_API_PREFIX } from '@czp/contract';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import { ensureDataBox } from '../data-box/boxes.js';
import type { Database } from '../db/database.js';
import { myDataGateway } from '../my-data/test-gateway.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { createTestDatabase } from '../test/test-database.js';
import { calendarPortal, citizen, clockAt } from './test-portal.js';

let db: Database;
let portal: Awaited<ReturnType<typeof calendarPortal>>;
let jan: Awaited<ReturnType<typeof citizen>>;
let eva: Awaited<ReturnType<typeof citizen>>;
const clock = clockAt('2026-12-03T09:00:00Z');
const API = CALENDAR_API_PREFIX;

beforeAll(async () => {
  db = await createTestDatabase();
  const store = new FileBundleStore(`/tmp/czp-calendar-routes-${process.pid}`);
  for (const id of ['lysa', 'znojmo']) {
    await publishBundle(db, store, {
      metadata: serviceMetadata(id),
      version: '1.0.0',
      files: bundleFiles(id, '1.0.0'),
    });
  }
  portal = await calendarPortal(db, myDataGateway(), clock);
  jan = await citizen(portal.app, db, 'jan');
  eva = await citizen(portal.app, db, 'eva');
}, 30_000);
afterAll(async () => {
  await portal.close();
  await db.close();
});

const DECEMBER = `${API}/items?from=2026-12-01&to=2026-12-31`;

describe('items', () => {
  it('refuses a bad range naming the field, and signed-out callers', async () => {
    expect((await jan.send('GET', `${API}/items?from=2026-12-01&to=2026-02-30`)).body).toMatchObject({
      error: 'validation',
      field: 'to',
    });
    expect((await jan.send('GET', `${API}/items?from=2026-12-31&to=2026-12-01`)).body.field).toBe('to');
    expect((await portal.app.inject({ url: DECEMBER })).statusCode).toBe(401);
  });

  it('lists the month with today, reading the registers at most every ten minutes', async () => {
    const reads = async () =>
      (
        await db.query<{ count: number }>(
          'select count(*)::int as count from register_access_log where person_id = $1',
          [jan.personId],
        )
      )[0]?.count ?? 0;
    const before = await reads();
    const answer = await jan.send('GET', DECEMBER);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('private, no-store');
    expect(answer.body.today).toBe('2026-12-03');
    expect(answer.body.items.map((item: { kind: string; date: string }) => [item.kind, item.date])).toContainEqual([
      'document-expiry',
      '2026-12-20',
    ]);
    const after = await reads();
    expect(after).toBeGreaterThan(before);
    await jan.send('GET', `${API}/items?from=2027-01-01&to=2027-01-31`);
    expect(await reads()).toBe(after);
  });

  it('shows a submission waiting for a supplement on its "supplement by" day, leading to the submission', async () => {
    const box = { id: await ensureDataBox(db, jan.personId) };
    await db.query(
      `insert into issuers (id, name, ico) values ('mesto-telc', '{"cs": "Město Telč", "en": "Town of Telč"}', '00286711')
       on conflict do nothing`,
    );
    const id = '7b0cbe3c-3d0f-4f53-9a55-3f9f4f3e0a11';
    await db.query(
      `insert into submissions (id, issuer_id, reference, service_id, service_version, type_id, type_name, person_id,
         box_id, state, data, conversation_id, submitted_at, updated_at)
       values ($1, 'mesto-telc', 'TEL-2026-000007', 'lysa', '1.0.0', 'zabor', '{"cs": "Zábor", "en": "Use of space"}',
         $2, $3, 'needs-information', '{}', gen_random_uuid(), now(), now())`,
      [id, jan.personId, box.id],
    );
    await db.query(
      `insert into submission_history (submission_id, seq, state, at, actor, deadline)
       values ($1, 1, 'needs-information', now(), 'authority', '2026-12-15')`,
      [id],
    );
    const items = (await jan.send('GET', DECEMBER)).body.items;
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'submission-deadline', date: '2026-12-15', link: `/services/submissions/${id}` }),
    );
    expect(
      (await eva.send('GET', DECEMBER)).body.items.some((i: { kind: string }) => i.kind === 'submission-deadline'),
    ).toBe(false);
  });
});

describe('own reminders', () => {
  it('are made, changed and deleted by their citizen only; errors name the field', async () => {
    const bad = await jan.send('POST', `${API}/reminders`, { title: ' ', date: '2026-12-10' });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('title');
    expect((await jan.send('POST', `${API}/reminders`, { title: 'x', date: '2026-13-01' })).body.field).toBe('date');
    expect(
      (await jan.send('POST', `${API}/reminders`, { title: 'x', date: '2026-12-10', time: '25:00' })).body.field,
    ).toBe('time');
    expect(
      (await jan.send('POST', `${API}/reminders`, { title: 'x', date: '2026-12-10', remindBeforeMinutes: 7 })).body
        .field,
    ).toBe('remindBeforeMinutes');

    const made = await jan.send('POST', `${API}/reminders`, {
      title: 'Zaplatit poplatek za psa',
      date: '2026-12-10',
      time: '09:30',
      remindBeforeMinutes: 60,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ kind: 'reminder', date: '2026-12-10', time: '09:30', remindBeforeMinutes: 60 });
    const id = made.body.id as string;

    // Eva cannot see, change or delete it by id.
    expect((await eva.send('GET', DECEMBER)).body.items.some((i: { id: string }) => i.id === id)).toBe(false);
    expect((await eva.send('GET', `${API}/reminders`)).body.reminders).toEqual([]);
    expect((await eva.send('PUT', `${API}/reminders/${id}`, { title: 'mine', date: '2026-12-11' })).status).toBe(404);
    expect((await eva.send('DELETE', `${API}/reminders/${id}`)).status).toBe(404);
    expect((await jan.send('GET', `${API}/reminders`)).body.reminders[0].title.cs).toBe('Zaplatit poplatek za psa');

    const changed = await jan.send('PUT', `${API}/reminders/${id}`, { title: 'Poplatek', date: '2026-12-11' });
    expect(changed.body).toMatchObject({ title: { cs: 'Poplatek' }, date: '2026-12-11', time: null });
    expect((await jan.send('DELETE', `${API}/reminders/${id}`)).status).toBe(204);
    expect((await jan.send('DELETE', `${API}/reminders/${id}`)).status).toBe(404);
    expect((await jan.send('DELETE', `${API}/reminders/not-a-uuid`)).status).toBe(404);
  });

  it('tells the citizen once, the chosen time before', async () => {
    const made = await jan.send('POST', `${API}/reminders`, {
      title: 'Vánoční trh',
      date: '2026-12-05',
      time: '10:00',
      remindBeforeMinutes: 15,
    });
    const notices = () =>
      db.query('select key from notifications where person_id = $1 and key like $2', [
        jan.personId,
        `%${made.body.id}%`,
      ]);
    await portal.app.jobs.drain();
    expect(await notices()).toHaveLength(0);
    clock.set('2026-12-05T08:45:00Z'); // 09:45 in Prague
    await portal.app.jobs.drain();
    expect(await notices()).toHaveLength(1);
    clock.set('2026-12-03T09:00:00Z');
    jan = await citizen(portal.app, db, 'jan');
    eva = await citizen(portal.app, db, 'eva');
  });
});

describe('settings', () => {
  it('are off until switched on, and refuse unknown offsets naming the field', async () => {
    expect((await eva.send('GET', `${API}/settings`)).body).toEqual({ enabled: false, offsets: [30, 7, 0] });
    expect((await eva.send('PUT', `${API}/settings`, { enabled: true, offsets: [14] })).body.field).toBe('offsets.0');
    expect((await eva.send('PUT', `${API}/settings`, { offsets: [] })).body.field).toBe('enabled');
    expect((await eva.send('PUT', `${API}/settings`, { enabled: true, offsets: [0, 30] })).body).toEqual({
      enabled: true,
      offsets: [30, 0],
    });
  });
});

describe("services' events", () => {
  const events = (ref: string) => ({
    events: [
      {
        ref,
        title: { cs: 'Svoz plastů', en: 'Plastics collection' },
        date: '2026-12-09',
        time: '06:00',
        place: 'Husova',
      },
    ],
  });

  it('need the service added, are replaced by ref, kept apart per service, and go with the service', async () => {
    expect((await jan.send('POST', '/api/services/lysa/calendar/events', events('p1'))).status).toBe(403);
    expect((await jan.send('POST', '/api/services/nope/calendar/events', events('p1'))).status).toBe(404);
    await jan.send('PUT', '/api/my-services/lysa');
    await jan.send('PUT', '/api/my-services/znojmo');
    const bad = await jan.send('POST', '/api/services/lysa/calendar/events', {
      events: [{ title: { cs: 'x' }, date: '2026-12-09' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('events.0.title.en');

    const sent = await jan.send('POST', '/api/services/lysa/calendar/events', events('p1'));
    expect(sent.status).toBe(201);
    await jan.send('POST', '/api/services/lysa/calendar/events', events('p1'));
    const listed = (await jan.send('GET', '/api/services/lysa/calendar/events')).body.events;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ kind: 'service-event', serviceId: 'lysa', time: '06:00', place: 'Husova' });
    const id = listed[0].id as string;

    // Znojmo cannot see or delete Lysá's event; Eva cannot either.
    expect((await jan.send('GET', '/api/services/znojmo/calendar/events')).body.events).toEqual([]);
    expect((await jan.send('DELETE', `/api/services/znojmo/calendar/events/${id}`)).status).toBe(404);
    expect((await jan.send('DELETE', `${API}/reminders/${id}`)).status).toBe(404);
    await eva.send('PUT', '/api/my-services/lysa');
    expect((await eva.send('DELETE', `/api/services/lysa/calendar/events/${id}`)).status).toBe(404);
    expect((await jan.send('GET', DECEMBER)).body.items.some((i: { id: string }) => i.id === id)).toBe(true);

    // Removing the service removes its events.
    await jan.send('DELETE', '/api/my-services/lysa');
    expect((await jan.send('GET', DECEMBER)).body.items.some((i: { id: string }) => i.id === id)).toBe(false);
    await jan.send('PUT', '/api/my-services/lysa');
    expect((await jan.send('GET', '/api/services/lysa/calendar/events')).body.events).toEqual([]);

    const again = (await jan.send('POST', '/api/services/lysa/calendar/events', events('p2'))).body.events[0].id;
    expect((await jan.send('DELETE', `/api/services/lysa/calendar/events/${again}`)).status).toBe(204);
  });
});

describe('feed', () => {
  it('is valid iCalendar at a secret URL that rotating and deleting revoke', async () => {
    await jan.send('POST', `${API}/reminders`, { title: 'Schůzka', date: '2026-12-08', time: '14:00' });
    const feed = await jan.send('GET', `${API}/feed`);
    expect(feed.status).toBe(200);
    const url = new URL(feed.body.url);
    expect(url.origin).toBe('http://portal.test');
    expect(url.pathname).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // The same URL when asked again; only its hash is stored.
    expect((await jan.send('GET', `${API}/feed`)).body.url).toBe(feed.body.url);
    const secret = url.pathname.slice('/calendar/'.length, -'.ics'.length);
    const stored = JSON.stringify(await db.query('select * from calendar_feeds'));
    expect(stored).not.toContain(secret);

    const ics = await portal.app.inject({ url: url.pathname });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const parsed = new ICAL.Component(ICAL.parse(ics.body));
    expect(parsed.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = parsed.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const card = events.find((event) => event.summary.includes('občanský průkaz'));
    expect(card?.startDate.isDate).toBe(true);
    expect(card?.startDate.toString()).toBe('2026-12-20');
    const meeting = events.find((event) => event.summary === 'Schůzka');
    // 14:00 in Prague is 13:00 UTC in December.
    expect(meeting?.startDate.toJSDate().toISOString()).toBe('2026-12-08T13:00:00.000Z');
    for (const event of events) expect(event.uid).toBeTruthy();
    expect(events.some((event) => JSON.stringify(event.summary).includes('Eva'))).toBe(false);

    const rotated = await jan.send('POST', `${API}/feed/rotate`);
    expect(rotated.body.url).not.toBe(feed.body.url);
    expect((await portal.app.inject({ url: url.pathname })).statusCode).toBe(404);
    const next = new URL(rotated.body.url).pathname;
    expect((await portal.app.inject({ url: next })).statusCode).toBe(200);
    expect((await jan.send('DELETE', `${API}/feed`)).status).toBe(204);
    expect((await portal.app.inject({ url: next })).statusCode).toBe(404);
    expect((await portal.app.inject({ url: '/calendar/guess.ics' })).statusCode).toBe(404);
  });

  it('is in the language of the portal when the feed was made', async () => {
    await eva.send('POST', `${API}/reminders`, { title: 'Dentist', date: '2026-12-04' });
    const feed = await eva.send('GET', `${API}/feed`, undefined, portal.app, { 'accept-language': 'en' });
    const english = (await portal.app.inject({ url: new URL(feed.body.url).pathname })).body;
    expect(english).toContain('Calendar – Citizen Portal');
    expect(english).not.toContain('Konec platnosti');
    const rotated = await eva.send('POST', `${API}/feed/rotate`, undefined, portal.app, { 'accept-language': 'cs' });
    expect((await portal.app.inject({ url: new URL(rotated.body.url).pathname })).body).toContain('Kalendář');
  });
});

/**
 * KALENDÁŘ's API under /api/services/calendar (the remote `calendar` reads only this), services' events under
 * /api/services/<serviceId>/calendar/events, and the secret feed at /calendar/<secret>.ics. Every personal route is
 * for a signed-in citizen who consented, uncached, and finds only that citizen's rows (another's id is 404).
 */
import { randomBytes } from 'node:crypto';
import {
  CALENDAR_API_PREFIX,
  CALENDAR_LIMITS,
  type CalendarFeed,
  type CalendarItem,
  type CalendarItemsAnswer,
  COOKIES,
  type Locale,
  type ReminderSettings,
  SERVICE_CALENDAR_EVENTS_PATH,
  type ServiceEventsAnswer,
} from '@czp/contract';
import {
  calendarItemIdParamsSchema,
  calendarRangeQuerySchema,
  reminderSchema,
  reminderSettingsSchema,
  serviceEventsSchema,
  serviceParamsSchema,
} from '@czp/contract/api-schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import { pickLocale } from '../http/locale.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import { refusalOfBus } from '../registers/bus-refusal.js';
import { documentsStale, refreshDocuments } from './documents.js';
import { FEED_FILE, feedBySecret, feedSecret, icsOf, newFeed, readFeed } from './feed.js';
import { scheduleOwnReminder, scheduleReminders } from './reminders.js';
import {
  countItems,
  deadlineItem,
  deleteItem,
  insertReminder,
  itemOf,
  readSettings,
  serviceEvents,
  storedItem,
  storedItems,
  submissionDeadlines,
  updateReminder,
  upsertServiceEvents,
  writeSettings,
} from './store.js';
import { addDays, pragueDate } from './time.js';

export interface CalendarRouteDeps {
  db: Database;
  sessions: RequestSessions;
  jobs: JobQueue;
  now?: () => Date;
  /** The portal's public URL: the feed's address is absolute. */
  publicUrl: string;
  /**
   * The server's secret (app.ts passes the session secret under this name): the feed's secrets are derived from it, the
   * same in every replica and across restarts. Without it a random key per process (the URLs change on restart).
   */
  contactCodeSecret?: string;
}

const notFound = () => new Refusal(404, 'not-found', 'There is no such item in your calendar.');

/** Items of an iCalendar feed: from 90 days back to a year ahead. */
const FEED_DAYS = { back: 90, ahead: 366 };

export function registerCalendarRoutes(app: FastifyInstance, deps: CalendarRouteDeps): void {
  const { db, sessions, jobs } = deps;
  const now = deps.now ?? (() => new Date());
  if (!deps.contactCodeSecret)
    app.log.warn('calendar: no server secret, the feed URLs change when the server restarts');
  const feedKey = `calendar-feed:${deps.contactCodeSecret ?? randomBytes(32).toString('hex')}`;
  const guard = { preHandler: sessions.guard({ consent: true }) };
  const localeOf = (request: FastifyRequest): Locale =>
    pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']);

  const personal =
    (handler: (personId: string, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'private, no-store');
      const session = await sessions.active(request, reply);
      if (!session) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      return handler(session.personId, request, reply);
    };

  async function itemsBetween(personId: string, from: string, to: string): Promise<CalendarItem[]> {
    const stored = (await storedItems(db, personId, from, to)).map(itemOf);
    const deadlines = (await submissionDeadlines(db, personId, from, to)).map(deadlineItem);
    return [...stored, ...deadlines].sort(
      (a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.id.localeCompare(b.id),
    );
  }

  const feedAnswer = (personId: string, nonce: string, createdAt: Date | string): CalendarFeed => ({
    url: `${deps.publicUrl}/calendar/${feedSecret(feedKey, personId, nonce)}.ics`,
    createdAt: new Date(createdAt).toISOString(),
  });

  void app.register(
    async (scope) => {
      scope.get(
        '/items',
        guard,
        personal(async (personId, request, reply): Promise<CalendarItemsAnswer> => {
          const { from, to } = parseOrRefuse(calendarRangeQuerySchema, request.query, 'query');
          let unavailable: string[] = [];
          if (await documentsStale(db, personId, now())) {
            try {
              unavailable = await refreshDocuments(db, app.serviceBus, await app.personRef(personId), now, request.log);
            } catch (error) {
              throw refusalOfBus(error);
            }
            jobs.notify();
          }
          void reply;
          return { from, to, today: pragueDate(now()), items: await itemsBetween(personId, from, to), unavailable };
        }),
      );

      scope.get(
        '/reminders',
        guard,
        personal(async (personId) => {
          const rows = await db.query<{ id: string }>(
            `select id::text as id from calendar_items where person_id = $1 and source = 'citizen'
             order by day, time nulls first`,
            [personId],
          );
          const items: CalendarItem[] = [];
          for (const { id } of rows) {
            const row = await storedItem(db, personId, id, { source: 'citizen' });
            if (row) items.push(itemOf(row));
          }
          return { reminders: items };
        }),
      );

      scope.post(
        '/reminders',
        guard,
        personal(async (personId, request, reply) => {
          const body = parseOrRefuse(reminderSchema, request.body, 'request body');
          const reminder = { ...body, time: body.time ?? null, remindBeforeMinutes: body.remindBeforeMinutes ?? null };
          const id = await db.transaction(async (tx) => {
            if ((await countItems(tx, personId, 'citizen')) >= CALENDAR_LIMITS.remindersPerPerson) {
              throw new Refusal(
                409,
                'too-many-reminders',
                `You can keep at most ${CALENDAR_LIMITS.remindersPerPerson} reminders. Delete some first.`,
              );
            }
            const id = await insertReminder(tx, personId, reminder, now());
            await scheduleOwnReminder(tx, personId, id, now());
            return id;
          });
          jobs.notify();
          const row = await storedItem(db, personId, id, { source: 'citizen' });
          return reply.code(201).send(row ? itemOf(row) : null);
        }),
      );

      scope.put(
        '/reminders/:id',
        guard,
        personal(async (personId, request) => {
          const parsed = calendarItemIdParamsSchema.safeParse(request.params);
          if (!parsed.success) throw notFound();
          const body = parseOrRefuse(reminderSchema, request.body, 'request body');
          const reminder = { ...body, time: body.time ?? null, remindBeforeMinutes: body.remindBeforeMinutes ?? null };
          await db.transaction(async (tx) => {
            if (!(await updateReminder(tx, personId, parsed.data.id, reminder, now()))) throw notFound();
            await scheduleOwnReminder(tx, personId, parsed.data.id, now());
          });
          jobs.notify();
          const row = await storedItem(db, personId, parsed.data.id, { source: 'citizen' });
          if (!row) throw notFound();
          return itemOf(row);
        }),
      );

      scope.delete(
        '/reminders/:id',
        guard,
        personal(async (personId, request, reply) => {
          const parsed = calendarItemIdParamsSchema.safeParse(request.params);
          if (!parsed.success) throw notFound();
          // Its scheduled job finds no item and does nothing.
          const deleted = await db.transaction((tx) => deleteItem(tx, personId, parsed.data.id, { source: 'citizen' }));
          if (!deleted) throw notFound();
          return reply.code(204).send();
        }),
      );

      scope.get(
        '/settings',
        guard,
        personal(async (personId): Promise<ReminderSettings> => readSettings(db, personId)),
      );

      scope.put(
        '/settings',
        guard,
        personal(async (personId, request): Promise<ReminderSettings> => {
          const settings = parseOrRefuse(reminderSettingsSchema, request.body, 'request body');
          await db.transaction(async (tx) => {
            await writeSettings(tx, personId, settings);
            await scheduleReminders(tx, personId, now());
          });
          jobs.notify();
          return readSettings(db, personId);
        }),
      );

      scope.get(
        '/feed',
        guard,
        personal(async (personId, request): Promise<CalendarFeed> => {
          const feed =
            (await readFeed(db, personId)) ?? (await newFeed(db, feedKey, personId, localeOf(request), now()));
          return feedAnswer(personId, feed.nonce, feed.created_at);
        }),
      );

      scope.post(
        '/feed/rotate',
        guard,
        personal(async (personId, request): Promise<CalendarFeed> => {
          const feed = await newFeed(db, feedKey, personId, localeOf(request), now());
          return feedAnswer(personId, feed.nonce, feed.created_at);
        }),
      );

      scope.delete(
        '/feed',
        guard,
        personal(async (personId, _request, reply) => {
          await db.query('delete from calendar_feeds where person_id = $1', [personId]);
          return reply.code(204).send();
        }),
      );
    },
    { prefix: CALENDAR_API_PREFIX },
  );

  // The feed: no session, the secret is the credential. Unknown, rotated and deleted secrets are all 404.
  app.get('/calendar/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const secret = FEED_FILE.exec(file)?.[1];
    const feed = secret ? await feedBySecret(db, secret) : null;
    if (!feed) throw new Refusal(404, 'not-found', 'There is no such calendar. Its address may have been revoked.');
    const today = pragueDate(now());
    const items = await itemsBetween(feed.personId, addDays(today, -FEED_DAYS.back), addDays(today, FEED_DAYS.ahead));
    return reply
      .header('Cache-Control', 'private, no-store')
      .header('Referrer-Policy', 'no-referrer')
      .type('text/calendar; charset=utf-8')
      .send(icsOf(items, feed.locale, deps.publicUrl, now()));
  });

  /** The service named in the path, in the catalogue (404) and added by the citizen (403). */
  async function addedService(request: FastifyRequest, personId: string): Promise<string> {
    const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params, 'path');
    const [service] = await db.query('select 1 from services where id = $1 and active_version is not null', [
      serviceId,
    ]);
    if (!service) {
      throw new Refusal(404, 'not-in-catalogue', `There is no service "${serviceId}" in the catalogue`, 'serviceId');
    }
    const [added] = await db.query('select 1 from citizen_services where person_id = $1 and service_id = $2', [
      personId,
      serviceId,
    ]);
    if (!added) {
      throw new Refusal(
        403,
        'service-not-added',
        'Add the service to your services first: only then can it put events in your calendar.',
        'serviceId',
      );
    }
    return serviceId;
  }

  const eventsPath = `/api/services/:serviceId${SERVICE_CALENDAR_EVENTS_PATH}`;
  app.get(
    eventsPath,
    guard,
    personal(async (personId, request): Promise<ServiceEventsAnswer> => {
      const serviceId = await addedService(request, personId);
      return { events: (await serviceEvents(db, personId, serviceId)).map(itemOf) };
    }),
  );

  app.post(
    eventsPath,
    guard,
    personal(async (personId, request, reply) => {
      const serviceId = await addedService(request, personId);
      const { events } = parseOrRefuse(serviceEventsSchema, request.body, 'request body');
      await db.transaction(async (tx) => {
        // One service's events for one citizen at a time: the limit holds with two tabs sending at once.
        await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`czp-calendar:${personId}:${serviceId}`]);
        await upsertServiceEvents(tx, personId, serviceId, events, now());
        if ((await countItems(tx, personId, 'service', serviceId)) > CALENDAR_LIMITS.eventsPerService) {
          throw new Refusal(
            409,
            'too-many-events',
            `A service can keep at most ${CALENDAR_LIMITS.eventsPerService} events in a citizen's calendar.`,
            'events',
          );
        }
      });
      return reply.code(201).send({ events: (await serviceEvents(db, personId, serviceId)).map(itemOf) });
    }),
  );

  app.delete(
    `${eventsPath}/:id`,
    guard,
    personal(async (personId, request, reply) => {
      const serviceId = await addedService(request, personId);
      const parsed = calendarItemIdParamsSchema.safeParse({ id: (request.params as { id?: string }).id });
      if (!parsed.success) throw notFound();
      const deleted = await db.transaction((tx) =>
        deleteItem(tx, personId, parsed.data.id, { source: 'service', serviceId }),
      );
      if (!deleted) throw notFound();
      return reply.code(204).send();
    }),
  );
}

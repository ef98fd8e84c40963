import {
  CALENDAR_API_PREFIX,
  type CalendarFeed,
  type CalendarItem,
  type CalendarItemsAnswer,
  REMIND_BEFORE_MINUTES,
  REMINDER_OFFSETS,
  type ReminderOffset,
  type ReminderSettings,
} from '@czp/contract';
import { HttpResponse, http } from 'msw';

/**
 * KALENDÁŘ's API (/api/services/calendar/…) as msw handlers, with Jan Novák's December 2026: his identity card expiring
 * on the 20th, Telč's dog registration to supplement by the 15th, Lysá's plastics collection and one own reminder.
 * Reminders are made, changed and deleted as the server does (400 naming the field, 404 for another id); the feed URL
 * rotates and is deleted. `today` is 3 December 2026 unless given.
 */

const uuid = (n: number) => `c0ffee00-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Jan's calendar as the server would answer it. */
export function janNovakCalendar(): CalendarItem[] {
  return [
    {
      id: uuid(1),
      kind: 'document-expiry',
      title: { cs: 'Konec platnosti: občanský průkaz č. 203456789', en: 'Expiry: identity card no. 203456789' },
      date: '2026-12-20',
      time: null,
      place: null,
      link: '/services/my-data/documents',
      serviceId: null,
      remindBeforeMinutes: null,
    },
    {
      id: 'submission:5b0e1c4a-1111-4a00-8000-000000000001',
      kind: 'submission-deadline',
      title: {
        cs: 'Doplnit do tohoto dne: Přihlášení psa (TEL-2026-000042)',
        en: 'Supplement by this day: Dog registration (TEL-2026-000042)',
      },
      date: '2026-12-15',
      time: null,
      place: null,
      link: '/services/submissions/5b0e1c4a-1111-4a00-8000-000000000001',
      serviceId: null,
      remindBeforeMinutes: null,
    },
    {
      id: uuid(2),
      kind: 'service-event',
      title: { cs: 'Svoz plastů', en: 'Plastics collection' },
      date: '2026-12-09',
      time: '06:00',
      place: 'Husova',
      link: '/services/lysa',
      serviceId: 'lysa',
      remindBeforeMinutes: null,
    },
    {
      id: uuid(3),
      kind: 'reminder',
      title: { cs: 'Zaplatit poplatek za psa', en: 'Zaplatit poplatek za psa' },
      date: '2026-12-10',
      time: '09:30',
      place: null,
      link: null,
      serviceId: null,
      remindBeforeMinutes: 60,
    },
  ];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const refuse = (field: string, message: string) =>
  HttpResponse.json({ error: 'validation', message, field }, { status: 400 });

interface ReminderBody {
  title?: unknown;
  date?: unknown;
  time?: unknown;
  remindBeforeMinutes?: unknown;
}

/** The server's checks of a reminder, in its order; null when it is fine. */
function reminderProblem(body: ReminderBody) {
  if (typeof body.title !== 'string' || !body.title.trim()) return refuse('title', 'title is required');
  if (body.title.length > 200) return refuse('title', 'title must be at most 200 characters');
  if (typeof body.date !== 'string' || !DAY.test(body.date) || Number.isNaN(Date.parse(body.date))) {
    return refuse('date', 'date must be a day like 2026-12-24');
  }
  if (body.time != null && (typeof body.time !== 'string' || !TIME.test(body.time))) {
    return refuse('time', 'time must be a time like 08:30');
  }
  if (
    body.remindBeforeMinutes != null &&
    !(REMIND_BEFORE_MINUTES as readonly unknown[]).includes(body.remindBeforeMinutes)
  ) {
    return refuse('remindBeforeMinutes', `remindBeforeMinutes must be one of ${REMIND_BEFORE_MINUTES.join(', ')}`);
  }
  return null;
}

export interface CalendarMockOptions {
  today?: string;
  items?: CalendarItem[];
  settings?: ReminderSettings;
}

export function calendarHandlers(options: CalendarMockOptions = {}) {
  const today = options.today ?? '2026-12-03';
  let items = options.items ?? janNovakCalendar();
  let settings: ReminderSettings = options.settings ?? { enabled: false, offsets: [...REMINDER_OFFSETS] };
  let feed: CalendarFeed | null = null;
  let next = 100;
  const newFeed = () => {
    next += 1;
    feed = {
      url: `http://localhost:8080/calendar/${'s'.repeat(40)}${String(next).padStart(3, '0')}.ics`,
      createdAt: '2026-12-03T09:00:00.000Z',
    };
    return feed;
  };
  // Any origin: the portal's own in a browser, a test's in Node.
  const base = `*${CALENDAR_API_PREFIX}`;
  const notFound = () =>
    HttpResponse.json({ error: 'not-found', message: 'There is no such item in your calendar.' }, { status: 404 });
  const reminderOf = (id: string, body: ReminderBody): CalendarItem => ({
    id,
    kind: 'reminder',
    title: { cs: String(body.title).trim(), en: String(body.title).trim() },
    date: String(body.date),
    time: typeof body.time === 'string' ? body.time : null,
    place: null,
    link: null,
    serviceId: null,
    remindBeforeMinutes: (body.remindBeforeMinutes ?? null) as CalendarItem['remindBeforeMinutes'],
  });
  return [
    http.get(`${base}/items`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const from = query.get('from') ?? '';
      const to = query.get('to') ?? '';
      if (!DAY.test(from)) return refuse('from', 'from must be a day like 2026-12-24');
      if (!DAY.test(to)) return refuse('to', 'to must be a day like 2026-12-24');
      if (to < from) return refuse('to', 'to must not be before from');
      const answer: CalendarItemsAnswer = {
        from,
        to,
        today,
        items: items
          .filter((item) => item.date >= from && item.date <= to)
          .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '')),
        unavailable: [],
      };
      return HttpResponse.json(answer);
    }),
    http.get(`${base}/reminders`, () =>
      HttpResponse.json({ reminders: items.filter((item) => item.kind === 'reminder') }),
    ),
    http.post(`${base}/reminders`, async ({ request }) => {
      const body = (await request.json()) as ReminderBody;
      const problem = reminderProblem(body);
      if (problem) return problem;
      next += 1;
      const item = reminderOf(uuid(next), body);
      items = [...items, item];
      return HttpResponse.json(item, { status: 201 });
    }),
    http.put(`${base}/reminders/:id`, async ({ params, request }) => {
      const id = String(params.id);
      if (!items.some((item) => item.id === id && item.kind === 'reminder')) return notFound();
      const body = (await request.json()) as ReminderBody;
      const problem = reminderProblem(body);
      if (problem) return problem;
      const item = reminderOf(id, body);
      items = items.map((old) => (old.id === id ? item : old));
      return HttpResponse.json(item);
    }),
    http.delete(`${base}/reminders/:id`, ({ params }) => {
      const id = String(params.id);
      if (!items.some((item) => item.id === id && item.kind === 'reminder')) return notFound();
      items = items.filter((item) => item.id !== id);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${base}/settings`, () => HttpResponse.json(settings)),
    http.put(`${base}/settings`, async ({ request }) => {
      const body = (await request.json()) as { enabled?: unknown; offsets?: unknown };
      if (typeof body.enabled !== 'boolean') return refuse('enabled', 'enabled must be true or false');
      if (
        !Array.isArray(body.offsets) ||
        body.offsets.some((o) => !(REMINDER_OFFSETS as readonly unknown[]).includes(o))
      ) {
        return refuse('offsets', `offsets can be ${REMINDER_OFFSETS.join(', ')}`);
      }
      const chosen = body.offsets as ReminderOffset[];
      settings = { enabled: body.enabled, offsets: REMINDER_OFFSETS.filter((o) => chosen.includes(o)) };
      return HttpResponse.json(settings);
    }),
    http.get(`${base}/feed`, () => HttpResponse.json(feed ?? newFeed())),
    http.post(`${base}/feed/rotate`, () => HttpResponse.json(newFeed())),
    http.delete(`${base}/feed`, () => {
      feed = null;
      return new HttpResponse(null, { status: 204 });
    }),
  ];
}

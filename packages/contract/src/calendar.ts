/**
 * KALENDÁŘ (issue 14): what the calendar shows (document expiries, submission deadlines, events services contribute,
 * the citizen's own reminders), the reminder settings and the secret iCalendar feed. Zod-free; the request schemas are
 * in api-schemas.ts.
 */
import type { LocalizedText } from './localized.js';

/** The calendar's own API: the remote `calendar` (a portal section of the Ministry of the Interior) reads only this. */
export const CALENDAR_API_PREFIX = '/api/services/calendar';

/** A service's events for the signed-in citizen: `/api/services/<serviceId>/calendar/events` (its own only). */
export const SERVICE_CALENDAR_EVENTS_PATH = '/calendar/events';

/** The feed itself: `/calendar/<secret>.ics`, no session (the secret is the credential). */
export const CALENDAR_FEED_PATH_PREFIX = '/calendar/';

export const CALENDAR_ITEM_KINDS = ['document-expiry', 'submission-deadline', 'service-event', 'reminder'] as const;
export type CalendarItemKind = (typeof CALENDAR_ITEM_KINDS)[number];

/** Days before a document's last valid day that a reminder is sent (at 08:00 Prague time), when switched on. */
export const REMINDER_OFFSETS = [30, 7, 0] as const;
export type ReminderOffset = (typeof REMINDER_OFFSETS)[number];

/** How long before its own reminder's time the citizen is told, in minutes (0: at that time). */
export const REMIND_BEFORE_MINUTES = [0, 15, 60, 1440, 10080] as const;
export type RemindBeforeMinutes = (typeof REMIND_BEFORE_MINUTES)[number];

export const CALENDAR_LIMITS = {
  titleLength: 200,
  placeLength: 200,
  /** A range of GET …/items: at most this many days. */
  maxRangeDays: 400,
  /** Events a service sends at once. */
  eventsPerRequest: 200,
  /** Events one service keeps for one citizen; own reminders per citizen. */
  eventsPerService: 500,
  remindersPerPerson: 500,
  /** A service's own id of an event (so sending it again updates it). */
  refLength: 100,
} as const;

/** One entry of the calendar, in Prague's days and wall-clock times. */
export interface CalendarItem {
  /** Stable per item: `document:<register>:<kind>`, `submission:<id>`, or the uuid of an event or reminder. */
  id: string;
  kind: CalendarItemKind;
  title: LocalizedText;
  /** YYYY-MM-DD (Prague). */
  date: string;
  /** HH:MM (Prague), or null for the whole day. */
  time: string | null;
  place: string | null;
  /** Where the item leads in the portal (a path starting with /), or null. */
  link: string | null;
  /** The service that contributed an event, or null. */
  serviceId: string | null;
  /** Own reminders only: minutes before the time (or 08:00 on a day without time) the citizen is told; else null. */
  remindBeforeMinutes: RemindBeforeMinutes | null;
}

/** GET /api/services/calendar/items?from=YYYY-MM-DD&to=YYYY-MM-DD (both included). */
export interface CalendarItemsAnswer {
  from: string;
  to: string;
  /** Today in Prague (the month view marks it). */
  today: string;
  items: CalendarItem[];
  /** Registers that did not answer now (their documents are shown as last known). */
  unavailable: string[];
}

/** The body of POST (create) and PUT (replace) /api/services/calendar/reminders[/:id]. */
export interface ReminderRequest {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, or absent/null for the whole day. */
  time?: string | null;
  remindBeforeMinutes?: RemindBeforeMinutes | null;
}

/** GET/PUT /api/services/calendar/settings. Off by default: the citizen switches reminders on. */
export interface ReminderSettings {
  enabled: boolean;
  /** Which of REMINDER_OFFSETS are sent (document expiries and submission deadlines). */
  offsets: ReminderOffset[];
}

/** GET /api/services/calendar/feed (made on the first ask) and POST …/feed/rotate. */
export interface CalendarFeed {
  /** The absolute secret URL of the `.ics` feed: anyone holding it reads the calendar, so keep it private. */
  url: string;
  createdAt: string;
}

/** One event a service contributes (POST /api/services/<serviceId>/calendar/events, `{ events: [...] }`). */
export interface ServiceEventRequest {
  /** The service's own id of the event: sending the same ref again replaces it. */
  ref?: string;
  title: LocalizedText;
  date: string;
  time?: string | null;
  place?: string | null;
}

export interface ServiceEventsRequest {
  events: ServiceEventRequest[];
}

/** GET and POST /api/services/<serviceId>/calendar/events: that service's events for the citizen. */
export interface ServiceEventsAnswer {
  events: CalendarItem[];
}

/**
 * Reminders, exactly once: each (person, item, how long before, item's day) is one `calendar.reminder` job whose key is
 * exactly that, so scheduling again (another replica, the next day's refresh, a restart) adds nothing. A changed day
 * is a new key; the job of the old day finds the item no longer on it and does nothing.
 */
import type { NotificationKind, ReminderOffset } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { defineJob, enqueue } from '../jobs/job.js';
import type { Notify } from '../notifications/notify.js';
import {
  deadlineItem,
  deadlineItemId,
  type ItemRow,
  itemOf,
  readSettings,
  storedItem,
  submissionDeadlines,
} from './store.js';
import { reminderBody } from './texts.js';
import { addDays, pragueDate, pragueInstant } from './time.js';

/** `before`: `d30`, `d7`, `d0` (days before, sent at 08:00 Prague) or `m15` (minutes before an own reminder's time). */
export interface ReminderPayload {
  [key: string]: string | null;
  personId: string;
  itemId: string;
  day: string;
  time: string | null;
  before: string;
}

export const calendarReminder = defineJob<ReminderPayload>('calendar.reminder');

/** The hour a day's reminder goes out, Prague time: not in the night, before most offices open. */
const REMINDER_TIME = '08:00';

const keyOf = (payload: ReminderPayload) =>
  `${payload.personId}:${payload.itemId}:${payload.before}:${payload.day}${payload.time ? `T${payload.time}` : ''}`;

async function add(tx: Queryable, payload: ReminderPayload, runAt: Date): Promise<boolean> {
  return (await enqueue(tx, calendarReminder, payload, { key: keyOf(payload), runAt })) !== null;
}

/**
 * The reminders of a dated item by the offsets: those still to come at their 08:00, and of those already past only
 * the latest one (learning on day 17 of a document expiring in 17 days sends the 30-day reminder now, once; it does not
 * send a late 30-day one on day 5 when the 7-day one is due). Nothing for a day already gone.
 */
async function scheduleOffsets(
  tx: Queryable,
  personId: string,
  itemId: string,
  day: string,
  offsets: readonly ReminderOffset[],
  now: Date,
): Promise<number> {
  if (day < pragueDate(now)) return 0;
  let added = 0;
  let latestPast: ReminderOffset | null = null;
  for (const offset of offsets) {
    const at = pragueInstant(addDays(day, -offset), REMINDER_TIME);
    if (at.getTime() > now.getTime()) {
      if (await add(tx, { personId, itemId, day, time: null, before: `d${offset}` }, at)) added++;
    } else if (latestPast === null || offset < latestPast) latestPast = offset;
  }
  if (latestPast !== null && (await add(tx, { personId, itemId, day, time: null, before: `d${latestPast}` }, now))) {
    added++;
  }
  return added;
}

/** An own reminder: once, `remindBeforeMinutes` before its time (08:00 on a day without one); now if that is past. */
async function scheduleOwn(tx: Queryable, personId: string, row: ItemRow, now: Date): Promise<number> {
  if (row.remind_before_minutes === null) return 0;
  const at = pragueInstant(row.day, row.time ?? REMINDER_TIME);
  if (at.getTime() < now.getTime()) return 0;
  const runAt = new Date(Math.max(now.getTime(), at.getTime() - row.remind_before_minutes * 60_000));
  const payload = { personId, itemId: row.id, day: row.day, time: row.time, before: `m${row.remind_before_minutes}` };
  return (await add(tx, payload, runAt)) ? 1 : 0;
}

/**
 * Schedules every reminder of a person that is due from now on: document expiries and submission deadlines by the
 * settings (when switched on), own reminders by their own choice. Safe to call as often as wanted. Returns the jobs
 * added.
 */
export async function scheduleReminders(tx: Queryable, personId: string, now: Date): Promise<number> {
  const today = pragueDate(now);
  const settings = await readSettings(tx, personId);
  let added = 0;
  const rows = await tx.query<ItemRow>(
    `select id::text as id, source, service_id, ref, title, to_char(day, 'YYYY-MM-DD') as day, time, place,
       remind_before_minutes
     from calendar_items where person_id = $1 and source in ('register', 'citizen') and day >= $2::date`,
    [personId, today],
  );
  for (const row of rows) {
    if (row.source === 'citizen') added += await scheduleOwn(tx, personId, row, now);
    else if (settings.enabled) added += await scheduleOffsets(tx, personId, row.id, row.day, settings.offsets, now);
  }
  if (settings.enabled) {
    for (const deadline of await submissionDeadlines(tx, personId, today, '9999-12-31')) {
      added += await scheduleOffsets(tx, personId, deadlineItemId(deadline.id), deadline.day, settings.offsets, now);
    }
  }
  return added;
}

/** Schedules one own reminder (after it is made or changed). */
export async function scheduleOwnReminder(tx: Queryable, personId: string, itemId: string, now: Date) {
  const row = await storedItem(tx, personId, itemId, { source: 'citizen' });
  return row ? scheduleOwn(tx, personId, row, now) : 0;
}

/**
 * The job: tells the person if the item still has the day (and time and choice) it was scheduled for, and the
 * settings still want it; otherwise the reminder is stale and does nothing. The notification's key is the job's.
 */
export function reminderHandler(notify: Notify) {
  return async (job: { payload: ReminderPayload }, tx: Queryable): Promise<void> => {
    const { payload } = job;
    const { personId, itemId, day } = payload;
    const daysBefore = payload.before.startsWith('d') ? Number(payload.before.slice(1)) : 0;
    let kind: NotificationKind = 'reminder';
    let item: { title: { cs: string; en: string }; link: string | null } | null = null;
    if (itemId.startsWith('submission:')) {
      const settings = await readSettings(tx, personId);
      if (!settings.enabled || !settings.offsets.includes(daysBefore as ReminderOffset)) return;
      const [deadline] = await submissionDeadlines(tx, personId, day, day, itemId.slice('submission:'.length));
      if (deadline) item = deadlineItem(deadline);
    } else {
      const [row] = await tx.query<ItemRow>(
        `select id::text as id, source, service_id, ref, title, to_char(day, 'YYYY-MM-DD') as day, time, place,
           remind_before_minutes
         from calendar_items where id = $1 and person_id = $2 and day = $3::date`,
        [itemId, personId, day],
      );
      if (!row) return;
      if (row.source === 'register') {
        const settings = await readSettings(tx, personId);
        if (!settings.enabled || !settings.offsets.includes(daysBefore as ReminderOffset)) return;
        kind = 'document-expiry';
        item = itemOf(row);
      } else if (
        row.source === 'citizen' &&
        row.time === payload.time &&
        payload.before === `m${row.remind_before_minutes}`
      ) {
        item = itemOf(row);
      }
    }
    if (!item) return;
    await notify(tx, {
      personId,
      kind,
      title: item.title,
      body: reminderBody(item.title, day, daysBefore),
      ...(item.link ? { link: item.link } : { link: '/services/calendar' }),
      key: `calendar:${keyOf(payload)}`,
    });
  };
}

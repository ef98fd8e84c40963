/**
 * The calendar's rows: what it learned from the registers, services' events and own reminders (calendar_items), the
 * submission deadlines read from submissions, and each citizen's reminder settings. Every query is by person: another
 * citizen's id is simply not found.
 */
import { randomUUID } from 'node:crypto';
import {
  type CalendarItem,
  type CalendarItemKind,
  type LocalizedText,
  REMINDER_OFFSETS,
  type RemindBeforeMinutes,
  type ReminderOffset,
  type ReminderSettings,
} from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { submissionDeadlineTitle } from './texts.js';

type Source = 'register' | 'service' | 'citizen';

export interface ItemRow {
  id: string;
  source: Source;
  service_id: string | null;
  ref: string | null;
  title: LocalizedText;
  day: string;
  time: string | null;
  place: string | null;
  remind_before_minutes: number | null;
}

const ITEM_COLUMNS = `id::text as id, source, service_id, ref, title, to_char(day, 'YYYY-MM-DD') as day, time, place,
  remind_before_minutes`;

const KIND_OF: Record<Source, CalendarItemKind> = {
  register: 'document-expiry',
  service: 'service-event',
  citizen: 'reminder',
};

export function itemOf(row: ItemRow): CalendarItem {
  return {
    id: row.id,
    kind: KIND_OF[row.source],
    title: row.title,
    date: row.day,
    time: row.time,
    place: row.place,
    link:
      row.source === 'register'
        ? '/services/my-data/documents'
        : row.source === 'service'
          ? `/services/${row.service_id}`
          : null,
    serviceId: row.service_id,
    remindBeforeMinutes: row.source === 'citizen' ? (row.remind_before_minutes as RemindBeforeMinutes | null) : null,
  };
}

/** Stored items of a person between two days (both included), by day and time. */
export async function storedItems(q: Queryable, personId: string, from: string, to: string): Promise<ItemRow[]> {
  return q.query<ItemRow>(
    `select ${ITEM_COLUMNS} from calendar_items
     where person_id = $1 and day between $2::date and $3::date order by day, time nulls first, id`,
    [personId, from, to],
  );
}

export async function storedItem(
  q: Queryable,
  personId: string,
  id: string,
  where: { source: Source; serviceId?: string },
): Promise<ItemRow | null> {
  const [row] = await q.query<ItemRow>(
    `select ${ITEM_COLUMNS} from calendar_items
     where id = $1 and person_id = $2 and source = $3 and ($4::text is null or service_id = $4)`,
    [id, personId, where.source, where.serviceId ?? null],
  );
  return row ?? null;
}

export interface DeadlineRow {
  id: string;
  reference: string;
  type_name: LocalizedText;
  day: string;
}

/** Submissions waiting for the citizen's supplement with a "supplement by" day in the range. */
export async function submissionDeadlines(
  q: Queryable,
  personId: string,
  from: string,
  to: string,
  submissionId?: string,
): Promise<DeadlineRow[]> {
  return q.query<DeadlineRow>(
    `select s.id::text as id, s.reference, s.type_name, to_char(h.deadline, 'YYYY-MM-DD') as day
     from submissions s
     join lateral (
       select deadline from submission_history
       where submission_id = s.id and state = 'needs-information' order by seq desc limit 1
     ) h on true
     where s.person_id = $1 and s.state = 'needs-information' and h.deadline between $2::date and $3::date
       and ($4::uuid is null or s.id = $4::uuid)
     order by h.deadline, s.reference`,
    [personId, from, to, submissionId ?? null],
  );
}

export const deadlineItemId = (submissionId: string) => `submission:${submissionId}`;

export function deadlineItem(row: DeadlineRow): CalendarItem {
  return {
    id: deadlineItemId(row.id),
    kind: 'submission-deadline',
    title: submissionDeadlineTitle(row.reference, row.type_name),
    date: row.day,
    time: null,
    place: null,
    link: `/services/submissions/${row.id}`,
    serviceId: null,
    remindBeforeMinutes: null,
  };
}

/** A document's last valid day as learned from its register (one row per register and kind). */
export interface LearnedDocument {
  ref: string;
  number: string;
  title: LocalizedText;
  day: string;
}

/**
 * Makes the stored documents of the given registers exactly the learned ones: a new validity date updates the row
 * (and so its reminders get new keys), a document no longer in its register goes.
 */
export async function storeDocuments(
  tx: Queryable,
  personId: string,
  registers: string[],
  documents: LearnedDocument[],
  now: Date,
): Promise<void> {
  for (const document of documents) {
    await tx.query(
      `insert into calendar_items (id, person_id, source, ref, detail, title, day, created_at, updated_at)
       values ($1, $2, 'register', $3, $4, $5::jsonb, $6::date, $7, $7)
       on conflict (person_id, ref) where source = 'register' do update
         set detail = excluded.detail, title = excluded.title, day = excluded.day,
             updated_at = case when calendar_items.day = excluded.day and calendar_items.detail = excluded.detail
               then calendar_items.updated_at else excluded.updated_at end`,
      [randomUUID(), personId, document.ref, document.number, JSON.stringify(document.title), document.day, now],
    );
  }
  for (const register of registers) {
    const kept = documents.filter((document) => document.ref.startsWith(`${register}:`)).map((d) => d.ref);
    await tx.query(
      `delete from calendar_items where person_id = $1 and source = 'register' and ref like $2 || ':%'
       and not (ref = any($3::text[]))`,
      [personId, register, kept],
    );
  }
}

export interface OwnReminder {
  title: string;
  date: string;
  time: string | null;
  remindBeforeMinutes: RemindBeforeMinutes | null;
}

export async function countItems(
  q: Queryable,
  personId: string,
  source: Source,
  serviceId: string | null = null,
): Promise<number> {
  const [row] = await q.query<{ count: number }>(
    `select count(*)::int as count from calendar_items
     where person_id = $1 and source = $2 and ($3::text is null or service_id = $3)`,
    [personId, source, serviceId],
  );
  return row?.count ?? 0;
}

/** A new own reminder (the title in both languages: the citizen's words). Returns its id. */
export async function insertReminder(tx: Queryable, personId: string, reminder: OwnReminder, now: Date) {
  const id = randomUUID();
  await tx.query(
    `insert into calendar_items (id, person_id, source, title, day, time, remind_before_minutes, created_at, updated_at)
     values ($1, $2, 'citizen', $3::jsonb, $4::date, $5, $6, $7, $7)`,
    [
      id,
      personId,
      JSON.stringify({ cs: reminder.title, en: reminder.title }),
      reminder.date,
      reminder.time,
      reminder.remindBeforeMinutes,
      now,
    ],
  );
  return id;
}

/** Replaces an own reminder; false when the person has no such reminder. */
export async function updateReminder(
  tx: Queryable,
  personId: string,
  id: string,
  reminder: OwnReminder,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `update calendar_items set title = $3::jsonb, day = $4::date, time = $5, remind_before_minutes = $6, updated_at = $7
     where id = $1 and person_id = $2 and source = 'citizen' returning id`,
    [
      id,
      personId,
      JSON.stringify({ cs: reminder.title, en: reminder.title }),
      reminder.date,
      reminder.time,
      reminder.remindBeforeMinutes,
      now,
    ],
  );
  return rows.length > 0;
}

/** Deletes one of the person's stored items of a source (and service); false when there is none. */
export async function deleteItem(
  tx: Queryable,
  personId: string,
  id: string,
  where: { source: Source; serviceId?: string },
): Promise<boolean> {
  const rows = await tx.query(
    `delete from calendar_items where id = $1 and person_id = $2 and source = $3
       and ($4::text is null or service_id = $4) returning id`,
    [id, personId, where.source, where.serviceId ?? null],
  );
  return rows.length > 0;
}

export interface ServiceEvent {
  ref?: string | undefined;
  title: LocalizedText;
  date: string;
  time?: string | null | undefined;
  place?: string | null | undefined;
}

/** Adds a service's events for the person; one with a ref the service already sent replaces it. Returns the ids. */
export async function upsertServiceEvents(
  tx: Queryable,
  personId: string,
  serviceId: string,
  events: ServiceEvent[],
  now: Date,
): Promise<string[]> {
  const ids: string[] = [];
  for (const event of events) {
    const values = [
      randomUUID(),
      personId,
      serviceId,
      event.ref ?? null,
      JSON.stringify(event.title),
      event.date,
      event.time ?? null,
      event.place ?? null,
      now,
    ];
    const [row] = await tx.query<{ id: string }>(
      event.ref
        ? `insert into calendar_items (id, person_id, source, service_id, ref, title, day, time, place, created_at,
             updated_at)
           values ($1, $2, 'service', $3, $4, $5::jsonb, $6::date, $7, $8, $9, $9)
           on conflict (person_id, service_id, ref) where source = 'service' and ref is not null do update
             set title = excluded.title, day = excluded.day, time = excluded.time, place = excluded.place,
                 updated_at = excluded.updated_at
           returning id::text as id`
        : `insert into calendar_items (id, person_id, source, service_id, ref, title, day, time, place, created_at,
             updated_at)
           values ($1, $2, 'service', $3, $4, $5::jsonb, $6::date, $7, $8, $9, $9)
           returning id::text as id`,
      values,
    );
    if (row) ids.push(row.id);
  }
  return ids;
}

export async function serviceEvents(q: Queryable, personId: string, serviceId: string): Promise<ItemRow[]> {
  return q.query<ItemRow>(
    `select ${ITEM_COLUMNS} from calendar_items where person_id = $1 and source = 'service' and service_id = $2
     order by day, time nulls first, id`,
    [personId, serviceId],
  );
}

const DEFAULT_SETTINGS: ReminderSettings = { enabled: false, offsets: [...REMINDER_OFFSETS] };

export async function readSettings(q: Queryable, personId: string): Promise<ReminderSettings> {
  const [row] = await q.query<{ enabled: boolean; offsets: number[] }>(
    'select enabled, offsets from calendar_settings where person_id = $1',
    [personId],
  );
  if (!row) return { ...DEFAULT_SETTINGS, offsets: [...DEFAULT_SETTINGS.offsets] };
  return {
    enabled: row.enabled,
    offsets: REMINDER_OFFSETS.filter((offset) => row.offsets.includes(offset)) as ReminderOffset[],
  };
}

export async function writeSettings(tx: Queryable, personId: string, settings: ReminderSettings): Promise<void> {
  await tx.query(
    `insert into calendar_settings (person_id, enabled, offsets) values ($1, $2, $3::jsonb)
     on conflict (person_id) do update set enabled = excluded.enabled, offsets = excluded.offsets`,
    [personId, settings.enabled, JSON.stringify(settings.offsets)],
  );
}

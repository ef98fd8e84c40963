import {
  type KindChannels,
  type Locale,
  NOTIFICATION_KINDS,
  NOTIFICATION_LIMITS,
  type NotificationChoices,
  type NotificationChoicesRequest,
  type NotificationKind,
  type NotificationPage,
  type NotificationSettingsView,
  type NotificationView,
} from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';

/** The centre's rows, the person's choices and language, and the verified contacts delivery may use. */

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: { cs: string; en: string };
  body: { cs: string; en: string };
  link: string | null;
  created_at: Date;
  read_at: Date | null;
}

const COLUMNS = 'id::text as id, kind, title, body, link, created_at, read_at';

function viewOf(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

export async function unreadCount(q: Queryable, personId: string): Promise<number> {
  const [row] = await q.query<{ unread: number }>(
    'select count(*)::int as unread from notifications where person_id = $1 and read_at is null',
    [personId],
  );
  return row?.unread ?? 0;
}

/** A page of the person's notifications, newest first. */
export async function listNotifications(q: Queryable, personId: string, page: number): Promise<NotificationPage> {
  const pageSize = NOTIFICATION_LIMITS.pageSize;
  const rows = await q.query<NotificationRow>(
    `select ${COLUMNS} from notifications where person_id = $1 order by seq desc limit $2 offset $3`,
    [personId, pageSize, (page - 1) * pageSize],
  );
  const [counts] = await q.query<{ total: number; unread: number }>(
    `select count(*)::int as total, (count(*) filter (where read_at is null))::int as unread
     from notifications where person_id = $1`,
    [personId],
  );
  return {
    notifications: rows.map(viewOf),
    page,
    pageSize,
    total: counts?.total ?? 0,
    unread: counts?.unread ?? 0,
  };
}

/** Marks one of the person's notifications read (kept as first read); another person's id is not found. */
export async function markRead(q: Queryable, personId: string, id: string, at: Date): Promise<NotificationView> {
  const [row] = await q.query<NotificationRow>(
    `update notifications set read_at = coalesce(read_at, $3) where id = $1 and person_id = $2 returning ${COLUMNS}`,
    [id, personId, at],
  );
  if (!row) throw new Refusal(404, 'not-found', 'There is no such notification.');
  return viewOf(row);
}

export async function markAllRead(q: Queryable, personId: string, at: Date): Promise<void> {
  await q.query('update notifications set read_at = $2 where person_id = $1 and read_at is null', [personId, at]);
}

/** The verified e-mail and phone from PROFILE (contacts/): a pending, unconfirmed value never counts. */
export async function verifiedContacts(
  q: Queryable,
  personId: string,
): Promise<{ email: string | null; phone: string | null }> {
  const rows = await q.query<{ kind: 'email' | 'phone'; value: string }>(
    `select kind, value from person_contacts
     where person_id = $1 and value is not null and verified_at is not null`,
    [personId],
  );
  const of = (kind: 'email' | 'phone') => rows.find((row) => row.kind === kind)?.value ?? null;
  return { email: of('email'), phone: of('phone') };
}

/**
 * The person's choices as stored, every kind filled in. A kind never chosen: nothing outside the portal, except the
 * data box's arrivals, which follow the channels chosen in the data box's own settings before this service existed.
 */
async function storedChoices(q: Queryable, personId: string): Promise<NotificationChoices> {
  const [row] = await q.query<{ choices: Partial<Record<string, Partial<KindChannels>>> }>(
    'select choices from notification_preferences where person_id = $1',
    [personId],
  );
  const [dataBox] = await q.query<{ channels: string[] }>(
    'select channels from notification_settings where person_id = $1',
    [personId],
  );
  const fallback = (kind: NotificationKind): KindChannels =>
    kind === 'data-box-message' && dataBox
      ? { email: dataBox.channels.includes('email'), sms: dataBox.channels.includes('sms') }
      : { email: false, sms: false };
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => {
      const stored = row?.choices[kind];
      const base = fallback(kind);
      return [kind, { email: stored?.email ?? base.email, sms: stored?.sms ?? base.sms }];
    }),
  ) as NotificationChoices;
}

/** What delivery follows: a channel counts only while its contact is verified. */
export async function effectiveSettings(q: Queryable, personId: string): Promise<NotificationSettingsView> {
  // One after the other: on a transaction's single connection they would queue anyway.
  const choices = await storedChoices(q, personId);
  const contacts = await verifiedContacts(q, personId);
  return {
    choices: Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [
        kind,
        { email: choices[kind].email && contacts.email !== null, sms: choices[kind].sms && contacts.phone !== null },
      ]),
    ) as NotificationChoices,
    contacts,
  };
}

/**
 * Stores the choices the request names over the current ones. E-mail or SMS chosen without a verified contact: 400
 * naming the field (`submission-changed.email`), nothing stored.
 */
export async function writeChoices(
  tx: Queryable,
  personId: string,
  request: NotificationChoicesRequest,
  locale: Locale,
): Promise<NotificationSettingsView> {
  const current = await effectiveSettings(tx, personId);
  for (const kind of NOTIFICATION_KINDS) {
    const asked = request[kind];
    if (asked?.email && !current.contacts.email) {
      throw new Refusal(
        400,
        'contact-not-verified',
        'Verify your e-mail in PROFILE first: e-mail notices go only to a verified address.',
        `${kind}.email`,
      );
    }
    if (asked?.sms && !current.contacts.phone) {
      throw new Refusal(
        400,
        'contact-not-verified',
        'Verify your phone number in PROFILE first: SMS notices go only to a verified number.',
        `${kind}.sms`,
      );
    }
  }
  const choices = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [
      kind,
      {
        email: request[kind]?.email ?? current.choices[kind].email,
        sms: request[kind]?.sms ?? current.choices[kind].sms,
      },
    ]),
  );
  await tx.query(
    `insert into notification_preferences (person_id, choices, locale, updated_at) values ($1, $2::jsonb, $3, now())
     on conflict (person_id) do update set choices = excluded.choices, locale = excluded.locale, updated_at = now()`,
    [personId, JSON.stringify(choices), locale],
  );
  return effectiveSettings(tx, personId);
}

/**
 * Remembers the language the person uses the portal in (the centre polls, so it follows a change soon): e-mail and SMS
 * go out in it. Written only when it changed.
 */
export async function rememberLocale(q: Queryable, personId: string, locale: Locale): Promise<void> {
  await q.query(
    `insert into notification_preferences (person_id, locale) values ($1, $2)
     on conflict (person_id) do update set locale = excluded.locale, updated_at = now()
     where notification_preferences.locale <> excluded.locale`,
    [personId, locale],
  );
}

export async function localeOf(q: Queryable, personId: string): Promise<Locale> {
  const [row] = await q.query<{ locale: Locale }>('select locale from notification_preferences where person_id = $1', [
    personId,
  ]);
  return row?.locale ?? 'cs';
}

import type { Migration } from '../db/migrations.js';

/** The notification centre, its deliveries and the citizens' choices. Released: never edit one, add the next id. */
export const NOTIFICATIONS_MIGRATIONS: readonly Migration[] = [
  {
    id: '0012-notifications',
    sql: `
      -- What the centre in the header lists: written by notify() in the transaction of the change that caused it.
      create table notifications (
        id uuid primary key,
        -- Newest first by it (created_at is the transaction's time: several in one transaction share it).
        seq bigint generated always as identity,
        person_id uuid not null references persons (id) on delete cascade,
        kind text not null check (kind in ('data-box-message', 'submission-changed', 'document-expiry', 'reminder')),
        -- { "cs": "…", "en": "…" }: the person's locale picks, in the centre and in e-mail and SMS.
        title jsonb not null,
        body jsonb not null,
        link text,
        -- Once per key and person, forever: the same notify() again is a no-op.
        key text not null,
        created_at timestamptz not null default now(),
        read_at timestamptz,
        unique (person_id, key)
      );
      create index notifications_person_idx on notifications (person_id, seq desc);
      create index notifications_unread_idx on notifications (person_id) where read_at is null;
      -- Each e-mail and SMS that went out, once per notification and channel: a retried job sends nothing again.
      create table notification_deliveries (
        notification_id uuid not null references notifications (id) on delete cascade,
        channel text not null check (channel in ('email', 'sms')),
        sent_at timestamptz not null,
        primary key (notification_id, channel)
      );
      -- Per kind { "email": bool, "sms": bool } (the portal's centre is always on), and the language of e-mail and
      -- SMS: the one the person last used the portal's notification API in (Czech before that).
      create table notification_preferences (
        person_id uuid primary key references persons (id) on delete cascade,
        choices jsonb not null default '{}',
        locale text not null default 'cs' check (locale in ('cs', 'en')),
        updated_at timestamptz not null default now()
      );
    `,
  },
];

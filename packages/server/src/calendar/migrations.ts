import type { Migration } from '../db/migrations.js';

/** KALENDÁŘ's items, reminder settings and feeds. Released: never edit one, add the next id. */
export const CALENDAR_MIGRATIONS: readonly Migration[] = [
  {
    id: '0013-calendar',
    sql: `
      -- What the calendar keeps: the validity dates it learned from the registers (so reminders need no daily read),
      -- the events services contributed and the citizen's own reminders. Submission deadlines are read from
      -- submissions when shown. Days and wall-clock times are Prague's.
      create table calendar_items (
        id uuid primary key,
        person_id uuid not null references persons (id) on delete cascade,
        source text not null check (source in ('register', 'service', 'citizen')),
        -- The contributing service (source 'service' only).
        service_id text,
        -- register: '<register>:<document kind>'; service: the service's own id of the event; citizen: null.
        ref text,
        -- register: the document's number; service: nothing; citizen: nothing.
        detail text,
        title jsonb not null,
        day date not null,
        time text,
        place text,
        remind_before_minutes integer,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        check ((source = 'service') = (service_id is not null)),
        -- A service's events go when the citizen removes the service, in the same transaction.
        foreign key (person_id, service_id) references citizen_services (person_id, service_id) on delete cascade
      );
      create index calendar_items_person_day_idx on calendar_items (person_id, day);
      create unique index calendar_items_register_ref_idx on calendar_items (person_id, ref) where source = 'register';
      create unique index calendar_items_service_ref_idx on calendar_items (person_id, service_id, ref)
        where source = 'service' and ref is not null;
      -- Reminders are off until the citizen switches them on. documents_read_at spares the registers a read on every
      -- page of the calendar; refreshed_on claims a citizen's daily refresh for one replica.
      create table calendar_settings (
        person_id uuid primary key references persons (id) on delete cascade,
        enabled boolean not null default false,
        offsets jsonb not null default '[30, 7, 0]',
        documents_read_at timestamptz,
        refreshed_on date
      );
      create index calendar_settings_refresh_idx on calendar_settings (refreshed_on) where enabled;
      -- One secret feed per citizen. The secret is derived from the server's key and the nonce (so the citizen can be
      -- shown the URL again) and only its SHA-256 is stored; rotating changes the nonce and so revokes the old URL.
      create table calendar_feeds (
        person_id uuid primary key references persons (id) on delete cascade,
        nonce text not null,
        secret_hash text not null unique,
        locale text not null check (locale in ('cs', 'en')),
        created_at timestamptz not null
      );
      -- A "supplement by" day of a status change to needs-information (the submissions store writes it when the
      -- authority gives one; the calendar shows it and reminds of it).
      alter table submission_history add column deadline date;
    `,
  },
];

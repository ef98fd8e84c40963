import type { Migration } from '../db/migrations.js';

/** Citizens' and authorities' boxes, messages, attachments and notification settings. Released: never edit one, add the next id. */
export const DATA_BOX_MIGRATIONS: readonly Migration[] = [
  {
    id: '0006-data-box',
    sql: `
      -- A citizen's data box ("datová schránka"): created on first use; a person marked as having none gets no row.
      create table data_boxes (
        id text primary key,
        person_id uuid not null unique references persons (id) on delete cascade,
        quota_bytes bigint not null default 524288000,
        created_at timestamptz not null default now()
      );
      -- The other side of every message: a municipality (one per issuer), a ministry, or the portal operator.
      create table authority_boxes (
        id text primary key,
        issuer_id text references issuers (id),
        name jsonb not null,
        kind text not null check (kind in ('municipality', 'ministry', 'system'))
      );
      create table messages (
        id uuid primary key default gen_random_uuid(),
        -- Ties messages created in the same instant: pages stay stable.
        seq bigint generated always as identity,
        box_id text not null references data_boxes (id) on delete cascade,
        conversation_id uuid not null,
        direction text not null check (direction in ('received', 'sent')),
        counterpart_box_id text not null references authority_boxes (id),
        subject text not null,
        body text not null,
        status text not null check (status in ('draft', 'sent', 'delivered')),
        created_at timestamptz not null default now(),
        sent_at timestamptz,
        read_at timestamptz,
        idempotency_key text,
        -- Text plus attachments in bytes: what the message costs of the box's quota.
        size_bytes bigint not null default 0,
        -- Subject, body and counterpart name, lower case without diacritics (no unaccent extension in PGlite).
        search_text text not null default '',
        unique (box_id, idempotency_key)
      );
      create index messages_box_idx on messages (box_id, direction, status, seq);
      create index messages_conversation_idx on messages (box_id, conversation_id);
      -- Attachment bytes by content hash: stored once however many messages carry them.
      create table attachment_blobs (
        sha256 text primary key,
        size bigint not null,
        content bytea not null,
        media_type text not null
      );
      create table message_attachments (
        message_id uuid not null references messages (id) on delete cascade,
        position integer not null,
        name text not null,
        sha256 text not null references attachment_blobs (sha256),
        size bigint not null,
        media_type text not null,
        primary key (message_id, position)
      );
      create table notification_settings (
        person_id uuid primary key references persons (id) on delete cascade,
        email text,
        phone text,
        channels text[] not null default '{portal}'
      );
    `,
  },
];

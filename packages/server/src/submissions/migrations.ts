import type { Migration } from '../db/migrations.js';

/** Submissions, their history and files, and the reference numbers. Released: never edit one, add the next id. */
export const SUBMISSIONS_MIGRATIONS: readonly Migration[] = [
  {
    id: '0011-submissions',
    sql: `
      -- The last reference number an issuer gave in a year: TEL-2026-000042 is the 42nd of 2026.
      create table submission_counters (
        issuer_id text not null references issuers (id),
        year integer not null,
        last integer not null,
        primary key (issuer_id, year)
      );
      create table submissions (
        id uuid primary key,
        issuer_id text not null references issuers (id),
        reference text not null,
        service_id text not null references services (id),
        -- The version whose declared schema the data was validated against.
        service_version text not null,
        type_id text not null,
        type_name jsonb not null,
        person_id uuid not null references persons (id) on delete cascade,
        box_id text not null references data_boxes (id) on delete cascade,
        state text not null check (state in ('submitted', 'delivered', 'accepted', 'in-progress',
          'needs-information', 'supplemented', 'decided-granted', 'decided-refused', 'withdrawn')),
        data jsonb not null,
        -- The data box conversation: the citizen's message to the issuer and every answer.
        conversation_id uuid not null,
        idempotency_key text,
        submitted_at timestamptz not null,
        updated_at timestamptz not null,
        unique (issuer_id, reference),
        unique (person_id, service_id, idempotency_key)
      );
      create index submissions_person_idx on submissions (person_id, submitted_at desc);
      create index submissions_issuer_idx on submissions (issuer_id, submitted_at desc);
      -- Every change of state, oldest first by seq.
      create table submission_history (
        submission_id uuid not null references submissions (id) on delete cascade,
        seq integer not null,
        state text not null,
        at timestamptz not null,
        actor text not null check (actor in ('citizen', 'authority', 'clerk', 'portal')),
        note jsonb,
        -- The data box message it travelled in (the citizen's box holds the conversation).
        message_id uuid,
        primary key (submission_id, seq)
      );
      -- Files of a submission by content hash (the data box's blobs: stored once however often they travel).
      create table submission_attachments (
        submission_id uuid not null references submissions (id) on delete cascade,
        position integer not null,
        seq integer not null,
        name text not null,
        sha256 text not null references attachment_blobs (sha256),
        size bigint not null,
        media_type text not null,
        primary key (submission_id, position)
      );
    `,
  },
  {
    id: '0014-submission-webhooks',
    sql: `
      -- A service's webhook: the issuer's own system is told of each new submission. The secret signs (HMAC), so it is
      -- kept as it is; it is shown to the issuer only when made.
      create table submission_webhooks (
        service_id text primary key references services (id) on delete cascade,
        issuer_id text not null references issuers (id),
        url text not null,
        secret text not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        secret_created_at timestamptz not null
      );
      -- One event to tell: its id is X-CzP-Delivery, the same on every attempt; the body is kept so every attempt
      -- sends (and signs) the same bytes.
      create table submission_webhook_deliveries (
        id uuid primary key,
        service_id text not null references services (id) on delete cascade,
        event text not null check (event in ('submission.created', 'ping')),
        submission_id uuid references submissions (id) on delete cascade,
        body text not null,
        state text not null check (state in ('pending', 'delivered', 'failed', 'cancelled')),
        created_at timestamptz not null
      );
      create index submission_webhook_deliveries_service_idx on submission_webhook_deliveries (service_id, created_at desc);
      -- One submission.created per submission, however often it is enqueued.
      create unique index submission_webhook_deliveries_submission_idx on submission_webhook_deliveries (submission_id)
        where event = 'submission.created';
      -- Every attempt with what the issuer's system answered (null status: no answer).
      create table submission_webhook_attempts (
        delivery_id uuid not null references submission_webhook_deliveries (id) on delete cascade,
        attempt integer not null,
        at timestamptz not null,
        status integer,
        error text,
        duration_ms integer not null,
        primary key (delivery_id, attempt)
      );
    `,
  },
];

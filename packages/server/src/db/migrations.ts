import type { Database } from './database.js';

export interface Migration {
  /** Ordered, never renamed or edited once released: add a new one instead. */
  id: string;
  sql: string;
}

/** Kept as TypeScript strings so the server bundle carries them. PostgreSQL dialect (PGlite and PostgreSQL). */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001-catalogue',
    sql: `
      create table issuers (
        id text primary key,
        name jsonb not null,
        ico text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table services (
        id text primary key,
        issuer_id text not null references issuers (id),
        metadata jsonb not null,
        active_version text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create table service_versions (
        service_id text not null references services (id),
        version text not null,
        metadata jsonb not null,
        manifest jsonb not null,
        entry_path text not null,
        files jsonb not null,
        preload jsonb not null,
        published_at timestamptz not null default now(),
        primary key (service_id, version)
      );
      create table remote_failure_reports (
        id uuid primary key default gen_random_uuid(),
        service_id text not null references services (id),
        version text,
        reason text not null,
        message text not null,
        page text not null,
        user_agent text,
        created_at timestamptz not null default now()
      );
      create index remote_failure_reports_service_idx on remote_failure_reports (service_id, created_at);
    `,
  },
  {
    id: '0002-auth',
    sql: `
      -- A person as the portal knows them: one row per identity at an identity provider. id is the stable
      -- pseudonymous id remotes see; issuer + subject never leave the server.
      create table persons (
        id uuid primary key default gen_random_uuid(),
        issuer text not null,
        subject text not null,
        name text not null,
        consent text not null default 'pending' check (consent in ('pending', 'given', 'declined')),
        consent_at timestamptz,
        created_at timestamptz not null default now(),
        last_login_at timestamptz not null default now(),
        unique (issuer, subject)
      );
      -- Only a hash of the session id is stored: a copy of the table does not let anyone in.
      create table sessions (
        id_hash text primary key,
        person_id uuid not null references persons (id) on delete cascade,
        level text not null check (level in ('low', 'substantial', 'high')),
        id_token text,
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        idle_expires_at timestamptz not null,
        absolute_expires_at timestamptz not null
      );
      create index sessions_person_idx on sessions (person_id);
      create index sessions_expiry_idx on sessions (idle_expires_at);
      -- An authorization request on its way to the identity provider and back (state, nonce, PKCE verifier).
      create table login_transactions (
        id_hash text primary key,
        state text not null,
        nonce text not null,
        code_verifier text not null,
        return_to text not null,
        level text check (level in ('low', 'substantial', 'high')),
        expires_at timestamptz not null
      );
    `,
  },
  {
    id: '0003-my-services',
    sql: `
      -- The services a citizen added, in their order. Removing one deletes only this row: never their data.
      create table citizen_services (
        person_id uuid not null references persons (id) on delete cascade,
        service_id text not null references services (id),
        position integer not null,
        added_at timestamptz not null default now(),
        primary key (person_id, service_id)
      );
    `,
  },
  {
    id: '0004-publishing',
    sql: `
      -- A publisher's API tokens. Only a sha256 of the token is stored: a copy of the table publishes nothing.
      create table publisher_tokens (
        id uuid primary key default gen_random_uuid(),
        issuer_id text not null references issuers (id),
        name text not null,
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );
      create index publisher_tokens_issuer_idx on publisher_tokens (issuer_id, created_at);
      -- What publishers did and what was refused to them. No foreign keys: the log outlives what it names.
      create table audit_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        issuer_id text,
        token_id uuid,
        action text not null,
        service_id text,
        version text,
        outcome text not null check (outcome in ('ok', 'refused')),
        message text not null,
        ip text,
        user_agent text
      );
      create index audit_log_issuer_idx on audit_log (issuer_id, at);
      -- Withdrawn: active_version is null, versions and files stay (a later activation brings the service back).
      alter table services add column withdrawn_at timestamptz;
    `,
  },
  {
    id: '0005-external-remotes',
    sql: `
      -- A version hosted on the issuer's own (allow-listed) origin: its files are there, not in the bundle store; only
      -- their hashes recorded at registration are here. Null for an uploaded version.
      alter table service_versions add column base_url text;
    `,
  },
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

/** Any constant works; it only has to be the same in every replica. */
const MIGRATION_LOCK = 7_426_001;

/** Applies the migrations not applied yet, in one transaction, serialised across replicas. Returns their ids. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`create table if not exists schema_migrations (
      id text primary key,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set((await tx.query<{ id: string }>('select id from schema_migrations')).map((row) => row.id));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  });
}

import type { Migration } from '../db/migrations.js';

/** The catalogue's tables: issuers, services and their versions, failure reports, then publishing (tokens, the audit log, withdrawal) and remotes on issuers' origins. Released: never edit one, add the next id. */
export const CATALOGUE_MIGRATIONS: readonly Migration[] = [
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
    id: '0007-bundle-files',
    sql: `
      -- Uploaded versions' files when the portal runs as several processes on PostgreSQL: every replica serves the
      -- same bytes (each keeps a local cache named by the sha256). Rows of a version are written in one transaction.
      create table bundle_files (
        service_id text not null,
        version text not null,
        path text not null,
        sha256 text not null,
        size integer not null,
        content bytea not null,
        primary key (service_id, version, path)
      );
    `,
  },
];

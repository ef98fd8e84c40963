import type { Migration } from '../db/migrations.js';

/** Persons, sessions and login transactions. Released: never edit one, add the next id. */
export const AUTH_MIGRATIONS: readonly Migration[] = [
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
];

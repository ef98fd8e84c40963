import type { Migration } from '../db/migrations.js';

/** The citizen's data for communication. Released: never edit one, add the next id. */
export const CONTACTS_MIGRATIONS: readonly Migration[] = [
  {
    id: '0009-contacts',
    sql: `
      -- The citizen's e-mail and phone for notifications; a value counts only once verified by a code sent to it.
      create table person_contacts (
        person_id uuid not null references persons (id) on delete cascade,
        kind text not null check (kind in ('email', 'phone')),
        -- The verified value (null until one is verified): a new value replaces it only once its code is entered.
        value text,
        verified_at timestamptz,
        -- The value waiting for its code; only the code's hash is kept; attempts count wrong entries.
        pending_value text,
        code_hash text,
        code_expires_at timestamptz,
        code_attempts integer not null default 0,
        updated_at timestamptz not null default now(),
        primary key (person_id, kind)
      );
    `,
  },
];

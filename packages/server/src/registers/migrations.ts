import type { Migration } from '../db/migrations.js';

/** The access log of register reads. Released: never edit one, add the next id. */
export const REGISTERS_MIGRATIONS: readonly Migration[] = [
  {
    id: '0008-access-log',
    sql: `
      -- One row per read of a citizen's register data through the service bus, written before the register is asked
      -- (a read that cannot be logged is not made). Kept two years (§14 of Act 111/2009: the citizen may ask who used
      -- their data); a daily job deletes older rows.
      create table register_access_log (
        id uuid primary key default gen_random_uuid(),
        person_id uuid not null references persons (id) on delete cascade,
        at timestamptz not null,
        -- portal (a section of the portal: reader_id is PortalReader) or service (reader_id is a service id).
        reader_kind text not null check (reader_kind in ('portal', 'service')),
        reader_id text not null,
        -- The reader's name as the citizen saw it then (cs, en): a renamed or removed service still reads right.
        reader_name jsonb not null,
        register text not null,
        items text[] not null,
        purpose text not null,
        -- pending until the register answered; ok, failed (no valid answer) or refused (the bus said no).
        outcome text not null check (outcome in ('pending', 'ok', 'failed', 'refused')),
        refusal text,
        finished_at timestamptz
      );
      create index register_access_log_person_at on register_access_log (person_id, at desc);
    `,
  },
];

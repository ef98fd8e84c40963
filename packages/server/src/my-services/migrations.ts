import type { Migration } from '../db/migrations.js';

/** The services each citizen added, in their order. Released: never edit one, add the next id. */
export const MY_SERVICES_MIGRATIONS: readonly Migration[] = [
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
];

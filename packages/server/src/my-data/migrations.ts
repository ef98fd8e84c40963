import type { Migration } from '../db/migrations.js';

/** The numbers of data-related complaints. Released: never edit one, add the next id. */
export const MY_DATA_MIGRATIONS: readonly Migration[] = [
  {
    id: '0010-complaint-references',
    sql: `
      -- The running number of a data-related complaint's reference (RU-2026-000123): unique across the portal and
      -- every replica, never reused (a number taken by a complaint that was then refused is simply skipped).
      create sequence complaint_reference_numbers;
    `,
  },
];

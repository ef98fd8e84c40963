import type { Migration } from '../db/migrations.js';

/** The job queue's table. Ids start with `jobs-` so they never collide with another feature's. */
export const jobsMigrations: readonly Migration[] = [
  {
    id: 'jobs-0001-queue',
    sql: `
      -- Work to do after a commit (an automatic reply, a reminder, a notification), written in the same transaction
      -- as the change that caused it: the job exists if and only if that change committed.
      create table jobs (
        id bigint generated always as identity primary key,
        kind text not null,
        payload jsonb not null,
        -- Enqueueing a kind with a key it already has is a no-op, also after that job ran: a reminder keyed by
        -- what it reminds of is sent once however often it is scheduled.
        key text,
        -- Not before this time; null: as soon as possible (by the worker's own clock, which tests control).
        run_at timestamptz,
        attempts integer not null default 0,
        max_attempts integer not null check (max_attempts >= 1),
        -- The lease of the worker running it: taken again by another worker once locked_until has passed.
        locked_until timestamptz,
        locked_by text,
        last_error text,
        done_at timestamptz,
        failed_at timestamptz,
        created_at timestamptz not null default now(),
        unique (kind, key)
      );
      -- The claim query walks this in order: what is due comes first, far-future reminders last.
      create index jobs_pending_idx on jobs (run_at nulls first, id) where done_at is null and failed_at is null;
    `,
  },
];

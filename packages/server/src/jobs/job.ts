import type { Queryable } from '../db/database.js';

/** What a payload may hold: it is stored as jsonb, so a Date or a Buffer would come back as something else. */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

/**
 * A kind of job and the type of its payload. A feature defines it once and uses the same constant to enqueue and to
 * handle, so both sides agree on the payload at compile time:
 * `export const messageSent = defineJob<{ messageId: string }>('data-box.message-sent')`.
 */
export interface JobKind<P extends JsonObject> {
  /** Stored in jobs.kind: never rename one while jobs of it may be pending. Prefix it with the feature's folder. */
  readonly name: string;
  /** Carries P for the compiler only; never set. */
  readonly payloadType?: P;
}

/** A job as its handler sees it. */
export interface Job<P extends JsonObject> {
  id: string;
  kind: string;
  payload: P;
  key: string | null;
  /** 1 on the first run; a handler can tell a retry (or a run after a crashed worker) by it. */
  attempt: number;
  maxAttempts: number;
  createdAt: Date;
}

export interface EnqueueOptions {
  /** Unique per kind, forever: enqueueing a key the kind already has is a no-op (also once that job is done). */
  key?: string;
  /** Not before this time. Without it: as soon as a worker is free. */
  runAt?: Date;
  /** Runs before the job is marked failed; DEFAULT_MAX_ATTEMPTS without it. */
  maxAttempts?: number;
}

/** With the default backoff (1 s doubling, capped at an hour) ten attempts span about seventeen minutes. */
const DEFAULT_MAX_ATTEMPTS = 10;

export function defineJob<P extends JsonObject>(name: string): JobKind<P> {
  return { name };
}

/**
 * Adds a job. Call it with the transaction of the change that causes the job (`db.transaction(async (tx) => …)`):
 * the job then exists if and only if that change commits. Afterwards call the queue's `notify()` so this process
 * starts it at once instead of at its next poll. Returns the job id, or null when the key was already there.
 */
export async function enqueue<P extends JsonObject>(
  q: Queryable,
  kind: JobKind<P>,
  payload: P,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `insert into jobs (kind, payload, key, run_at, max_attempts) values ($1, $2::jsonb, $3, $4, $5)
     on conflict (kind, key) do nothing
     returning id::text as id`,
    [
      kind.name,
      JSON.stringify(payload),
      options.key ?? null,
      options.runAt ?? null,
      options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    ],
  );
  return row?.id ?? null;
}

import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database, Queryable } from '../db/database.js';
import type { Job, JobKind, JsonObject } from './job.js';

/**
 * Runs a job inside a transaction that also marks it done: what it writes to the database and "done" commit together,
 * so database effects happen exactly once. Effects outside the database (an e-mail, an SMS, an HTTP call) happen at
 * least once: a crash or a failed commit after the call runs it again, so make them idempotent where the other side
 * allows (a message id, an idempotency key) or give each its own job. Use only `tx` inside a handler: on PGlite the
 * database has one connection, and a query on `db` would wait for this very transaction.
 */
export type JobHandler<P extends JsonObject> = (job: Job<P>, tx: Queryable) => Promise<void>;

type JobState = 'ready' | 'scheduled' | 'running' | 'done' | 'failed';

/** Queue depth for the metrics endpoint: one row per kind and state that has jobs. */
interface JobStats {
  kind: string;
  state: JobState;
  count: number;
}

/** The part of a logger the queue needs (Fastify's pino logger fits). */
interface JobLogger {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface JobQueueOptions {
  db: Database;
  log: JobLogger;
  /** The queue's clock: run_at, leases and backoff are all judged by it, so tests can move time. */
  now?: () => Date;
  /** How often to look for work enqueued by other processes or coming due. Default 1 s. */
  pollIntervalMs?: number;
  /**
   * How long a claimed job is this worker's. After it, another worker takes the job: that is how a job whose worker
   * was killed gets run. While its handler runs, the job's row is locked as well, so a slow handler is not run twice
   * when its lease runs out. Default 60 s.
   */
  leaseMs?: number;
  /** Handlers run at once in this process. Default 4 (PGlite runs their transactions one after another anyway). */
  concurrency?: number;
  /** Delay before retry n: baseMs · 2^(n−1), at most capMs. Default 1 s and 1 hour. */
  retry?: { baseMs: number; capMs: number };
  /** Written to jobs.locked_by; unique per process by default. */
  workerId?: string;
}

export interface JobQueue {
  /** Registers the handler of a kind. This queue claims only kinds it has a handler for. */
  handle<P extends JsonObject>(kind: JobKind<P>, handler: JobHandler<P>): void;
  /** Processes what is pending now (including jobs of dead workers), then keeps polling. */
  start(): void;
  /** Something was just committed: look now instead of at the next poll. */
  notify(): void;
  /** Runs jobs in this process until none it handles is runnable by its clock. For tests and scripts. */
  drain(): Promise<void>;
  /** Stops claiming and waits for running handlers, at most timeoutMs (then their leases let others retry). */
  stop(timeoutMs?: number): Promise<void>;
  stats(): Promise<JobStats[]>;
}

/*
 * Hand-written instead of a queue library because enqueue() must join the business write's own transaction through
 * the server's one query layer, on PGlite and on PostgreSQL alike, and a handler's writes must commit with its "done".
 *
 * A job runs in two steps. The claim (one statement, FOR UPDATE SKIP LOCKED so concurrent workers each get other
 * rows) counts the attempt and takes a lease; it commits at once, so an attempt that crashes the process still counts
 * and a job that always kills its worker ends as failed. Then the handler's transaction locks the row again, checks
 * the lease is still this worker's, runs the handler and marks the job done.
 */
export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { db, log } = options;
  const now = options.now ?? (() => new Date());
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 4;
  const retry = options.retry ?? { baseMs: 1000, capMs: 60 * 60 * 1000 };
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  const handlers = new Map<string, JobHandler<JsonObject>>();
  /** Claims and handlers under way: drain() and stop() wait for them. */
  const inFlight = new Set<Promise<void>>();
  let running = 0;
  let stopping = false;
  let loop: Promise<void> | null = null;

  // notify(), a finished handler and stop() wake the poll loop; a wake-up while it is busy is kept for its next sleep.
  let wakeRequested = false;
  let wakeSleeper: (() => void) | null = null;
  const wake = () => {
    wakeRequested = true;
    wakeSleeper?.();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakeSleeper = null;
        wakeRequested = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      if (wakeRequested) done();
      else wakeSleeper = done;
    });

  /** Keeps work (which never rejects) in inFlight until it settles. */
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  // A finished handler frees a slot: the loop may claim again at once. (Only handlers: waking after every claim
  // would make an idle loop claim without pause.)
  const begin = (row: ClaimedRow) => track(run(row).finally(wake));

  const claim = async (limit: number): Promise<ClaimedRow[]> => {
    const at = now();
    await giveUpOnDeadLastAttempts(at);
    if (handlers.size === 0) return [];
    return db.query<ClaimedRow>(
      `with next as (
         select id from jobs
         where done_at is null and failed_at is null and attempts < max_attempts and kind = any($4::text[])
           and (run_at is null or run_at <= $1) and (locked_until is null or locked_until <= $1)
         order by run_at nulls first, id
         limit $5
         for update skip locked
       )
       update jobs set attempts = attempts + 1, locked_by = $2, locked_until = $3
       from next where jobs.id = next.id
       returning jobs.id::text as id, jobs.kind, jobs.payload, jobs.key, jobs.attempts, jobs.max_attempts,
         jobs.created_at`,
      [at, workerId, new Date(at.getTime() + leaseMs), [...handlers.keys()], limit],
    );
  };

  // A worker killed during a job's last attempt leaves it leased for ever: no worker may claim it again.
  const giveUpOnDeadLastAttempts = async (at: Date) => {
    const dead = await db.query<{ id: string; kind: string; attempts: number }>(
      `update jobs set failed_at = $1, locked_until = null,
         last_error = 'the worker stopped during the last attempt (its lease expired)'
       where done_at is null and failed_at is null and attempts >= max_attempts and locked_until <= $1
       returning id::text as id, kind, attempts`,
      [at],
    );
    for (const job of dead) log.error({ jobId: job.id, kind: job.kind, attempts: job.attempts }, 'job failed');
  };

  const run = async (row: ClaimedRow): Promise<void> => {
    running++;
    try {
      const handler = handlers.get(row.kind);
      if (!handler) throw new Error(`no handler for ${row.kind}`);
      const ran = await db.transaction(async (tx) => {
        const [mine] = await tx.query(
          `select 1 from jobs
           where id = $1 and locked_by = $2 and attempts = $3 and done_at is null and failed_at is null
           for update`,
          [row.id, workerId, row.attempts],
        );
        // Our lease ran out before we got here and another worker has the job now.
        if (!mine) return false;
        await handler(jobOf(row), tx);
        await tx.query('update jobs set done_at = $2, locked_until = null where id = $1', [row.id, now()]);
        return true;
      });
      if (!ran) log.warn({ jobId: row.id, kind: row.kind }, 'job lease lost before it ran; left to its new worker');
    } catch (error) {
      await recordFailure(row, error).catch((recordError: unknown) =>
        // The lease runs out and the job is retried anyway.
        log.error({ err: recordError, jobId: row.id, kind: row.kind }, 'could not record a job failure'),
      );
    } finally {
      running--;
    }
  };

  const recordFailure = async (row: ClaimedRow, error: unknown) => {
    const at = now();
    const delay = Math.min(retry.capMs, retry.baseMs * 2 ** (row.attempts - 1));
    const [updated] = await db.query<{ failed: boolean; run_at: Date | null }>(
      `update jobs set last_error = $4, locked_until = null,
         failed_at = case when attempts >= max_attempts then $5::timestamptz end,
         run_at = case when attempts >= max_attempts then run_at else $6::timestamptz end
       where id = $1 and locked_by = $2 and attempts = $3 and done_at is null and failed_at is null
       returning failed_at is not null as failed, run_at`,
      [row.id, workerId, row.attempts, errorText(error), at, new Date(at.getTime() + delay)],
    );
    if (!updated) return;
    const context = { err: error, jobId: row.id, kind: row.kind, attempts: row.attempts };
    if (updated.failed) log.error(context, 'job failed');
    else log.warn({ ...context, retryAt: updated.run_at }, 'job attempt failed; retrying later');
  };

  const poll = async () => {
    while (!stopping) {
      const free = concurrency - running;
      if (free > 0) {
        const claiming = claim(free).then((rows) => {
          for (const row of rows) begin(row);
        });
        track(claiming.catch(() => {}));
        await claiming.catch((error: unknown) => log.error({ err: error }, 'could not claim jobs'));
      }
      await sleep(pollIntervalMs);
    }
  };

  const settle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };

  return {
    handle(kind, handler) {
      if (handlers.has(kind.name)) throw new Error(`job kind ${kind.name} already has a handler`);
      // Typed by its kind here; what the table holds for that kind is that kind's payload.
      handlers.set(kind.name, handler as unknown as JobHandler<JsonObject>);
    },
    start() {
      if (!loop && !stopping) loop = poll();
    },
    notify: wake,
    async drain() {
      for (;;) {
        await settle();
        if (stopping) return;
        const rows = await claim(concurrency);
        for (const row of rows) begin(row);
        if (rows.length === 0 && inFlight.size === 0) return;
      }
    },
    async stop(timeoutMs = 10_000) {
      stopping = true;
      wake();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), timeoutMs);
      });
      const finished = Promise.all([loop, settle()]).then(() => false);
      if (await Promise.race([finished, timedOut])) {
        log.warn({ running }, 'job queue stopped with handlers still running; their leases will run out');
      }
      clearTimeout(timer);
    },
    async stats() {
      const rows = await db.query<JobStats>(
        `select kind,
           case when done_at is not null then 'done' when failed_at is not null then 'failed'
                when locked_until > $1 then 'running' when run_at > $1 then 'scheduled' else 'ready' end as state,
           count(*)::int as count
         from jobs group by 1, 2 order by 1, 2`,
        [now()],
      );
      return rows;
    },
  };
}

interface ClaimedRow {
  id: string;
  kind: string;
  payload: JsonObject;
  key: string | null;
  attempts: number;
  max_attempts: number;
  created_at: Date;
}

function jobOf(row: ClaimedRow): Job<JsonObject> {
  return {
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    key: row.key,
    attempt: row.attempts,
    maxAttempts: row.max_attempts,
    createdAt: row.created_at,
  };
}

/** What is kept in last_error: the message, not the stack (that goes to the log). */
function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}

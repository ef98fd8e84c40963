import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { createPostgresDatabase } from '../db/postgres.js';
import { createTestDatabase } from '../test/test-database.js';
import { defineJob, type EnqueueOptions, enqueue, type Job } from './job.js';
import { jobsMigrations } from './migrations.js';
import { createJobQueue, type JobHandler, type JobQueue, type JobQueueOptions } from './queue.js';

const here = dirname(fileURLToPath(import.meta.url));
const postgresUrl = process.env.CZP_TEST_DATABASE_URL;

/** A job whose handler writes one row to `effects`: counting rows counts effects that committed. */
const effect = defineJob<{ n: number }>('test.effect');
const other = defineJob<{ text: string }>('test.other');

let db: Database;
let clock: number;
const logged: { level: 'warn' | 'error'; message: string; object: Record<string, unknown> }[] = [];
const queues: JobQueue[] = [];

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  await migrate(db, jobsMigrations);
  await db.exec('create table effects (job_id text not null, worker text not null)');
});
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  // A past date on purpose: the queue goes by its own clock, not the database's.
  clock = Date.parse('2026-03-01T08:00:00Z');
  logged.length = 0;
  await db.exec('delete from jobs; delete from effects');
});
afterEach(async () => {
  await Promise.all(queues.splice(0).map((queue) => queue.stop(5000)));
});

function queueOn(database: Database, options: Partial<JobQueueOptions> = {}): JobQueue {
  const queue = createJobQueue({
    db: database,
    now: () => new Date(clock),
    pollIntervalMs: 60 * 60 * 1000,
    leaseMs: 30_000,
    retry: { baseMs: 1000, capMs: 1500 },
    log: {
      warn: (object, message) => logged.push({ level: 'warn', message, object: { ...object } }),
      error: (object, message) => logged.push({ level: 'error', message, object: { ...object } }),
    },
    ...options,
  });
  queues.push(queue);
  return queue;
}

/** A handler that records each run and writes its effect in the job's transaction. */
function recording(worker = 'w') {
  const runs: Job<{ n: number }>[] = [];
  const handler: JobHandler<{ n: number }> = async (job, tx) => {
    runs.push(job);
    await tx.query('insert into effects (job_id, worker) values ($1, $2)', [job.id, worker]);
  };
  return { runs, handler };
}

async function effects(): Promise<{ job_id: string; worker: string }[]> {
  return db.query('select job_id, worker from effects order by job_id');
}

async function jobRow(id: string) {
  const [row] = await db.query<{
    attempts: number;
    run_at: Date | null;
    locked_by: string | null;
    locked_until: Date | null;
    last_error: string | null;
    done_at: Date | null;
    failed_at: Date | null;
  }>('select attempts, run_at, locked_by, locked_until, last_error, done_at, failed_at from jobs where id = $1', [id]);
  if (!row) throw new Error(`no job ${id}`);
  return row;
}

async function enqueueCommitted(n: number, options: EnqueueOptions = {}): Promise<string> {
  const id = await db.transaction((tx) => enqueue(tx, effect, { n }, options));
  if (!id) throw new Error('not enqueued');
  return id;
}

/** As a worker leaves a job when its process dies after the claim: attempt counted, lease held. */
async function leaseAsDeadWorker(id: string, leaseMs = 30_000) {
  await db.query(`update jobs set attempts = attempts + 1, locked_by = 'dead', locked_until = $2 where id = $1`, [
    id,
    new Date(clock + leaseMs),
  ]);
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('enqueue', () => {
  it('adds nothing when the business transaction rolls back, and a job that runs once when it commits', async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueue(tx, effect, { n: 1 });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    expect(await db.query('select id from jobs')).toEqual([]);

    const id = await enqueueCommitted(2);
    const queue = queueOn(db);
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    await queue.drain();
    await queue.drain();
    expect(runs.map((job) => [job.id, job.payload, job.attempt])).toEqual([[id, { n: 2 }, 1]]);
    expect(await effects()).toEqual([{ job_id: id, worker: 'w' }]);
    expect((await jobRow(id)).done_at).toEqual(new Date(clock));
  });

  it('is a no-op for a key the kind already has, also once that job is done', async () => {
    const first = await enqueueCommitted(1, { key: 'reminder:id-card:30d' });
    expect(await db.transaction((tx) => enqueue(tx, effect, { n: 2 }, { key: 'reminder:id-card:30d' }))).toBeNull();
    // The key is per kind.
    expect(await enqueue(db, other, { text: 'x' }, { key: 'reminder:id-card:30d' })).not.toBeNull();

    const queue = queueOn(db);
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    await queue.drain();
    expect(await enqueue(db, effect, { n: 3 }, { key: 'reminder:id-card:30d' })).toBeNull();
    await queue.drain();
    expect(runs.map((job) => [job.id, job.payload, job.key])).toEqual([[first, { n: 1 }, 'reminder:id-card:30d']]);
  });

  it('type-checks the payload against the kind (typecheck fails if these lines compile)', () => {
    const check = (q: Queryable) => {
      // @ts-expect-error: n is a number for this kind
      void enqueue(q, effect, { n: 'one' });
      // @ts-expect-error: a payload is JSON, a Date would come back as a string
      defineJob<{ at: Date }>('test.date');
    };
    expect(check).toBeTypeOf('function');
  });
});

describe('handlers', () => {
  it('runs a job at runAt, not before, by the queue clock', async () => {
    const id = await enqueueCommitted(1, { runAt: new Date(clock + 60_000) });
    const queue = queueOn(db);
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    await queue.drain();
    expect(runs).toEqual([]);
    clock += 60_000;
    await queue.drain();
    expect(runs.map((job) => job.id)).toEqual([id]);
  });

  it('rolls back what a failing handler wrote, retries with capped exponential backoff, then keeps the job as failed', async () => {
    const id = await enqueueCommitted(1, { maxAttempts: 4 });
    const queue = queueOn(db);
    const attempts: number[] = [];
    queue.handle(effect, async (job, tx) => {
      attempts.push(job.attempt);
      await tx.query('insert into effects (job_id, worker) values ($1, $2)', [job.id, 'w']);
      throw new Error(`SMTP down (attempt ${job.attempt})`);
    });
    const start = clock;
    await queue.drain();
    expect(attempts).toEqual([1]);
    expect(await effects()).toEqual([]);
    // base 1 s, then doubling, capped at 1.5 s.
    for (const [attempt, delay] of [
      [2, 1000],
      [3, 1500],
      [4, 1500],
    ] as const) {
      const before = await jobRow(id);
      expect(before.run_at).toEqual(new Date(clock + delay));
      expect(before.last_error).toBe(`Error: SMTP down (attempt ${attempt - 1})`);
      clock += delay - 1;
      await queue.drain();
      expect(attempts).toHaveLength(attempt - 1);
      clock += 1;
      await queue.drain();
      expect(attempts).toHaveLength(attempt);
    }
    expect(clock - start).toBe(4000);
    const failed = await jobRow(id);
    expect(failed).toMatchObject({ attempts: 4, done_at: null, last_error: 'Error: SMTP down (attempt 4)' });
    expect(failed.failed_at).toEqual(new Date(clock));
    clock += 24 * 60 * 60 * 1000;
    await queue.drain();
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(await effects()).toEqual([]);
    expect(logged.filter((entry) => entry.level === 'warn')).toHaveLength(3);
    expect(logged.filter((entry) => entry.level === 'error')).toEqual([
      expect.objectContaining({ message: 'job failed', object: expect.objectContaining({ jobId: id, attempts: 4 }) }),
    ]);
  });

  it('claims only the kinds it has a handler for', async () => {
    await enqueue(db, other, { text: 'for another process' });
    const queue = queueOn(db);
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    await queue.drain();
    expect(runs).toEqual([]);
    expect(await queue.stats()).toEqual([{ kind: 'test.other', state: 'ready', count: 1 }]);
    expect(() => queue.handle(effect, handler)).toThrow(/already has a handler/);
  });

  it('counts jobs by kind and state', async () => {
    const queue = queueOn(db);
    queue.handle(effect, async (job) => {
      if (job.payload.n === 2) throw new Error('no');
    });
    await enqueueCommitted(1);
    await enqueueCommitted(2, { maxAttempts: 1 });
    await queue.drain();
    await enqueueCommitted(3);
    await enqueueCommitted(4, { runAt: new Date(clock + 1000) });
    await leaseAsDeadWorker(await enqueueCommitted(5));
    await enqueue(db, other, { text: 'x' });
    expect(await queue.stats()).toEqual([
      { kind: 'test.effect', state: 'done', count: 1 },
      { kind: 'test.effect', state: 'failed', count: 1 },
      { kind: 'test.effect', state: 'ready', count: 1 },
      { kind: 'test.effect', state: 'running', count: 1 },
      { kind: 'test.effect', state: 'scheduled', count: 1 },
      { kind: 'test.other', state: 'ready', count: 1 },
    ]);
  });
});

describe('leases', () => {
  it('runs a job whose worker died once its lease has run out, exactly once', async () => {
    const id = await enqueueCommitted(1);
    await leaseAsDeadWorker(id, 30_000);
    const queue = queueOn(db, { leaseMs: 30_000 });
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    await queue.drain();
    expect(runs).toEqual([]);
    clock += 30_000;
    await queue.drain();
    await queue.drain();
    expect(runs.map((job) => [job.id, job.attempt])).toEqual([[id, 2]]);
    expect(await effects()).toHaveLength(1);
  });

  it('fails a job whose worker died during its last attempt instead of leaving it leased for ever', async () => {
    const id = await enqueueCommitted(1, { maxAttempts: 1 });
    await leaseAsDeadWorker(id);
    const queue = queueOn(db);
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    clock += 30_000;
    await queue.drain();
    expect(runs).toEqual([]);
    expect(await jobRow(id)).toMatchObject({
      attempts: 1,
      done_at: null,
      last_error: 'the worker stopped during the last attempt (its lease expired)',
    });
    expect(logged).toEqual([expect.objectContaining({ level: 'error', message: 'job failed' })]);
  });

  it('does not let a second worker run a job whose lease ran out while its handler still runs', async () => {
    const id = await enqueueCommitted(1);
    const slow = queueOn(db, { workerId: 'slow' });
    const fast = queueOn(db, { workerId: 'fast' });
    const entered = gate();
    const release = gate();
    slow.handle(effect, async (job, tx) => {
      entered.open();
      await release.opened;
      await tx.query('insert into effects (job_id, worker) values ($1, $2)', [job.id, 'slow']);
    });
    const { runs, handler } = recording('fast');
    fast.handle(effect, handler);
    const slowDrained = slow.drain();
    await entered.opened;
    clock += 60_000;
    // On PostgreSQL the claim skips the row the running handler holds; on PGlite it waits for that transaction.
    const fastDrained = fast.drain();
    await new Promise((resolve) => setTimeout(resolve, 100));
    release.open();
    await Promise.all([slowDrained, fastDrained]);
    await fast.drain();
    expect(runs).toEqual([]);
    expect(await effects()).toEqual([{ job_id: id, worker: 'slow' }]);
  });
});

describe('the worker loop', () => {
  it('processes at start what is pending, including a dead worker’s expired lease', async () => {
    const ids = [await enqueueCommitted(1), await enqueueCommitted(2), await enqueueCommitted(3)];
    await leaseAsDeadWorker(ids[2] as string, 1000);
    clock += 1000;
    // Polling once an hour: only the pass at start can run them within the test.
    const queue = queueOn(db);
    const { runs, handler } = recording();
    queue.handle(effect, handler);
    queue.start();
    await until(() => runs.length === 3);
    expect(runs.map((job) => job.id).sort()).toEqual([...ids].sort());
  });

  it('runs at once what this process enqueues and notifies, and by polling what others enqueue', async () => {
    const notified = queueOn(db);
    const { runs, handler } = recording();
    notified.handle(effect, handler);
    notified.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await enqueueCommitted(1);
    notified.notify();
    await until(() => runs.length === 1);

    const polling = queueOn(db, { pollIntervalMs: 20 });
    const other = recording('poller');
    polling.handle(defineJob<{ n: number }>('test.polled'), other.handler);
    polling.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db.transaction((tx) => enqueue(tx, defineJob<{ n: number }>('test.polled'), { n: 2 }));
    await until(() => other.runs.length === 1);
  });

  it('stop() stops claiming and waits for the running handler to commit', async () => {
    const queue = queueOn(db);
    const entered = gate();
    const release = gate();
    let runs = 0;
    queue.handle(effect, async (job, tx) => {
      runs++;
      entered.open();
      await release.opened;
      await tx.query('insert into effects (job_id, worker) values ($1, $2)', [job.id, 'w']);
    });
    queue.start();
    const id = await enqueueCommitted(1);
    queue.notify();
    await entered.opened;
    let stopped = false;
    const stopping = queue.stop(5000).then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release.open();
    await stopping;
    expect(await effects()).toEqual([{ job_id: id, worker: 'w' }]);
    expect((await jobRow(id)).done_at).not.toBeNull();

    await enqueueCommitted(2);
    queue.notify();
    await queue.drain();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toBe(1);
  });

  it('stop() gives up waiting after its timeout and says so', async () => {
    const queue = queueOn(db);
    const entered = gate();
    const release = gate();
    queue.handle(effect, async () => {
      entered.open();
      await release.opened;
    });
    queue.start();
    const id = await enqueueCommitted(1);
    queue.notify();
    await entered.opened;
    await queue.stop(50);
    expect(logged).toEqual([expect.objectContaining({ level: 'warn', object: { running: 1 } })]);
    release.open();
    await until(async () => (await jobRow(id)).done_at !== null);
  });
});

describe('several workers on one database', () => {
  let second: Database;
  beforeAll(async () => {
    // On PostgreSQL a second pool on the same schema, as another server process has; on PGlite the one database.
    if (!postgresUrl) {
      second = db;
      return;
    }
    const [row] = await db.query<{ schema: string }>('select current_schema() as schema');
    second = await createPostgresDatabase(postgresUrl, { schema: row?.schema as string, max: 4 });
  });
  afterAll(async () => {
    if (second !== db) await second.close();
  });

  it('runs each of many jobs exactly once', async () => {
    const total = 200;
    const counts = { a: 0, b: 0 };
    const workers = (['a', 'b'] as const).map((name) => {
      const queue = queueOn(name === 'a' ? db : second, { workerId: name, pollIntervalMs: 5, concurrency: 4 });
      queue.handle(effect, async (job, tx) => {
        counts[name]++;
        await tx.query('insert into effects (job_id, worker) values ($1, $2)', [job.id, name]);
      });
      queue.start();
      return queue;
    });
    await db.transaction(async (tx) => {
      for (let n = 0; n < total; n++) await enqueue(tx, effect, { n });
    });
    for (const worker of workers) worker.notify();
    await until(async () => {
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from jobs where done_at is not null');
      return row?.n === total;
    }, 60_000);
    await Promise.all(workers.map((worker) => worker.stop(5000)));

    const [summary] = await db.query<{ rows: number; distinct: number; retried: number }>(
      `select (select count(*)::int from effects) as rows, (select count(distinct job_id)::int from effects) as distinct,
              (select count(*)::int from jobs where attempts <> 1) as retried`,
    );
    expect(summary).toEqual({ rows: total, distinct: total, retried: 0 });
    expect(counts.a + counts.b).toBe(total);
    expect(logged).toEqual([]);
  }, 90_000);

  it.skipIf(!postgresUrl)(
    'runs a job exactly once after its worker process was killed with SIGKILL in the middle of it',
    async () => {
      const id = await enqueueCommitted(7);
      const [row] = await db.query<{ schema: string }>('select current_schema() as schema');
      const leaseMs = 30_000;
      const child = spawn(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { runnerImport } from 'vite'; await runnerImport(${JSON.stringify(join(here, 'crashing-worker.ts'))});`,
        ],
        {
          cwd: join(here, '..', '..'),
          env: {
            ...process.env,
            CZP_CRASH_DATABASE_URL: postgresUrl,
            CZP_CRASH_SCHEMA: row?.schema,
            CZP_CRASH_LEASE_MS: String(leaseMs),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      let errors = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        errors += chunk;
      });
      const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, sig) => resolve(sig)),
      );
      expect(signal, errors).toBe('SIGKILL');
      const backendPid = Number(output.trim());
      expect(backendPid).toBeGreaterThan(0);
      // PostgreSQL rolls the dead connection's transaction back when it notices the socket closed.
      await until(async () => {
        const alive = await db.query('select 1 from pg_stat_activity where pid = $1', [backendPid]);
        return alive.length === 0;
      });

      // The effect written before the kill was rolled back; the attempt and the lease were committed at the claim.
      expect(await effects()).toEqual([]);
      const left = await jobRow(id);
      expect(left).toMatchObject({ attempts: 1, locked_by: 'crashing', done_at: null, failed_at: null });

      // The child used the real clock.
      clock = Date.now();
      const queue = queueOn(db, { workerId: 'survivor', leaseMs });
      const { runs, handler } = recording('survivor');
      queue.handle(effect, handler);
      await queue.drain();
      expect(runs).toEqual([]);
      clock = (left.locked_until as Date).getTime();
      await queue.drain();
      await queue.drain();
      expect(runs.map((job) => [job.id, job.attempt])).toEqual([[id, 2]]);
      expect(await effects()).toEqual([{ job_id: id, worker: 'survivor' }]);
      expect((await jobRow(id)).done_at).not.toBeNull();
    },
    30_000,
  );
});

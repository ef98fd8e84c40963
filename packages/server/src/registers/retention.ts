import { ACCESS_LOG_LIMITS } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { defineJob, enqueue } from '../jobs/job.js';
import type { JobQueue } from '../jobs/queue.js';

/** The daily deletion of access log rows older than ACCESS_LOG_LIMITS.keepDays; keyed by its day (UTC, YYYY-MM-DD). */
export const accessLogRetention = defineJob<{ day: string }>('registers.access-log-retention');

const DAY_MS = 24 * 60 * 60 * 1000;
/** A read pending this long was left by a process that died mid-read (the bus gives up within seconds). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
/** When the next day's run is due: early morning, when few citizens read their data. */
const RUN_AT_HOUR_UTC = 3;

export interface RetentionDeps {
  now: () => Date;
  log: { info(object: object, message: string): void };
}

/** The oldest moment a row may have and stay: keepDays before now. */
function retentionCutoff(now: Date): Date {
  return new Date(now.getTime() - ACCESS_LOG_LIMITS.keepDays * DAY_MS);
}

function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * The handler: delete what is older than the cutoff, record reads left pending by a dead process as failed (they
 * returned no data), then schedule the next day's run in the same transaction. The
 * key is the day, so however many replicas start or run it, each day has one job; after days with no server running
 * the next run is tomorrow's, not a backlog of missed days.
 */
export function handleRetention(jobs: JobQueue, deps: RetentionDeps): void {
  jobs.handle(accessLogRetention, async (job, tx) => {
    const now = deps.now();
    const [deleted] = await tx.query<{ count: number }>(
      'with gone as (delete from register_access_log where at < $1 returning 1) select count(*)::int as count from gone',
      [retentionCutoff(now)],
    );
    await tx.query(
      `update register_access_log set outcome = 'failed', finished_at = $1 where outcome = 'pending' and at < $2`,
      [now, new Date(now.getTime() - ABANDONED_AFTER_MS)],
    );
    const tomorrow = new Date(Date.parse(`${dayOf(now)}T00:00:00Z`) + DAY_MS + RUN_AT_HOUR_UTC * 60 * 60 * 1000);
    await enqueue(tx, accessLogRetention, { day: dayOf(tomorrow) }, { key: dayOf(tomorrow), runAt: tomorrow });
    deps.log.info(
      { day: job.payload.day, deleted: deleted?.count ?? 0 },
      'access log rows past their retention deleted',
    );
  });
}

/** At start-up (after migrations): today's run, unless this day already has one (another replica, an earlier start). */
export async function scheduleRetention(db: Queryable, jobs: JobQueue, now: Date): Promise<void> {
  const today = dayOf(now);
  if (await enqueue(db, accessLogRetention, { day: today }, { key: today })) jobs.notify();
}

import type { LocalizedText, SubmissionState } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../jobs/job.js';
import type { JobQueue } from '../jobs/queue.js';
import { clerkStep } from './jobs.js';
import { applyChange, type SubmissionsContext } from './store.js';

/**
 * The development clerk (development only: start.ts turns it on): an authority that moves every new submission along
 * by itself, delivered → accepted → in-progress → decided-granted, so the whole walk shows within a minute. Each step
 * is a job of the durable queue with its time (run_at) and a key per submission and step: it survives a restart and
 * runs once even with several server processes; a step finds the submission where the previous one left it or does
 * nothing (withdrawn meanwhile, or moved by the issuer itself).
 */
const CLERK_WALK: readonly {
  from: SubmissionState;
  to: SubmissionState;
  afterMs: number;
  note: LocalizedText;
}[] = [
  {
    from: 'delivered',
    to: 'accepted',
    afterMs: 10_000,
    note: {
      cs: 'Podání přijal automatický úředník vývojového prostředí.',
      en: 'The development environment’s automatic clerk accepted the application.',
    },
  },
  {
    from: 'accepted',
    to: 'in-progress',
    afterMs: 20_000,
    note: {
      cs: 'Automatický úředník vývojového prostředí podání vyřizuje.',
      en: 'The development environment’s automatic clerk is dealing with the application.',
    },
  },
  {
    from: 'in-progress',
    to: 'decided-granted',
    afterMs: 40_000,
    note: {
      cs: 'Automatický úředník vývojového prostředí rozhodl: vyhověno.',
      en: 'The development environment’s automatic clerk decided: granted.',
    },
  },
];

/** For `afterChange`: in the transaction of a change, schedules the clerk's next step (when the clerk is on). */
export function scheduleClerk(enabled: () => boolean, now: () => Date) {
  return async (tx: Queryable, change: { submissionId: string; state: SubmissionState; submittedAt: Date }) => {
    if (!enabled()) return;
    const step = CLERK_WALK.find((candidate) => candidate.from === change.state);
    if (!step) return;
    // Timed from the submission, so the walk takes the same minute however busy the queue was.
    const due = Math.max(change.submittedAt.getTime() + step.afterMs, now().getTime());
    await enqueue(
      tx,
      clerkStep,
      { submissionId: change.submissionId, to: step.to },
      { key: `${change.submissionId}:${step.to}`, runAt: new Date(due) },
    );
  };
}

/** The clerk's steps run by the queue (registered always: a step scheduled before a restart still runs). */
export function registerClerk(queue: JobQueue, context: Omit<SubmissionsContext, 'db'>): void {
  queue.handle(clerkStep, async (job, tx) => {
    const step = CLERK_WALK.find((candidate) => candidate.to === job.payload.to);
    const [row] = await tx.query<{ issuer_id: string; state: SubmissionState }>(
      'select issuer_id, state from submissions where id = $1 for update',
      [job.payload.submissionId],
    );
    if (!step || !row || row.state !== step.from) return;
    await applyChange(tx, context, {
      viewer: { issuerId: row.issuer_id },
      submissionId: job.payload.submissionId,
      to: step.to,
      actor: 'clerk',
      note: step.note,
      attachments: [],
    });
  });
}

import type { SubmissionState } from '@czp/contract';
import { defineJob } from '../jobs/job.js';

/**
 * A submission changed state (also when it was delivered). For the notification service: it will tell the citizen on
 * the channels they chose. Until it exists, the handler only logs. Keyed by `<submission id>:<history seq>`, so each
 * change is one job however often it is enqueued.
 */
export const submissionChanged = defineJob<{ submissionId: string; state: SubmissionState; seq: number }>(
  'submissions.changed',
);

/**
 * A step of the development clerk: move the submission to `to` if it is still where the previous step left it.
 * Keyed by `<submission id>:<to>`: each step once per submission, also with several server processes.
 */
export const clerkStep = defineJob<{ submissionId: string; to: SubmissionState }>('submissions.clerk-step');

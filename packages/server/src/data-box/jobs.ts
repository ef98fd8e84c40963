import type { Queryable } from '../db/database.js';
import { defineJob, enqueue } from '../jobs/job.js';

/**
 * A citizen's message was sent: its recipient's automatic responders answer, and it is marked delivered, in the one
 * transaction of the job (so each reply exists exactly once). Keyed by the message id.
 */
export const messageSent = defineJob<{ messageId: string }>('data-box.message-sent');

/**
 * A message arrived in a citizen's box: tell its owner on the channels they enabled. Its own job because it leaves the
 * database (e-mail, SMS): at least once, with the notification's key for a gateway that deduplicates. Keyed by the
 * arrived message's id.
 */
export const arrivalNotice = defineJob<{ messageId: string; boxId: string; sender: string }>('data-box.arrival-notice');

/** In the transaction that sends the message: the job exists if and only if the message does. */
export function enqueueMessageSent(tx: Queryable, messageId: string): Promise<string | null> {
  return enqueue(tx, messageSent, { messageId }, { key: messageId });
}

/** In the transaction that delivers the message into the box. */
export function enqueueArrivalNotice(
  tx: Queryable,
  arrived: { messageId: string; boxId: string; sender: string },
): Promise<string | null> {
  return enqueue(tx, arrivalNotice, arrived, { key: arrived.messageId });
}

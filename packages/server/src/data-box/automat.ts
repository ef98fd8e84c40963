import type { Database } from '../db/database.js';
import type { JobQueue } from '../jobs/queue.js';
import { localeOf } from '../notifications/store.js';
import { type AttachmentStore, databaseAttachmentStore } from './attachments.js';
import { type Authorities, SYSTEM_BOX_ID } from './authorities.js';
import { findAuthorityBox, syncAuthorityBoxes } from './boxes.js';
import { arrivalNotice, enqueueArrivalNotice, messageSent } from './jobs.js';
import { type Notifier, notifyArrival } from './notifier.js';
import { deliverReceived } from './store.js';

export interface AutomatDeps {
  /** Whose responders answer, and the directory of boxes. */
  authorities: Authorities;
  store?: AttachmentStore;
  /** Read at each notice: the notifier can be replaced after the routes are registered. */
  notifier: () => Notifier;
  now: () => Date;
}

/**
 * A notice from the portal operator's system box (e.g. "low credit"): delivered, and its arrival notice enqueued, in
 * one transaction. Returns the new message id. The server's job queue sends the notice (also when `czp-admin`, which
 * runs no queue, delivered the message).
 */
export async function systemNotice(
  db: Database,
  boxId: string,
  subject: string,
  body: string,
  options: { authorities: Authorities; store?: AttachmentStore; now?: Date },
): Promise<string> {
  await syncAuthorityBoxes(db, options.authorities);
  const from = await findAuthorityBox(db, SYSTEM_BOX_ID);
  if (!from) throw new Error('the system box is missing');
  return db.transaction(async (tx) => {
    const id = await deliverReceived(tx, options.store ?? databaseAttachmentStore, {
      boxId,
      from,
      subject,
      body,
      now: options.now ?? new Date(),
    });
    await enqueueArrivalNotice(tx, { messageId: id, boxId, sender: from.name.cs });
    return id;
  });
}

/**
 * The authorities' automatic responders as jobs of the durable queue (jobs/): a sent message is marked delivered and
 * every reply stored in the job's one transaction, so a crash leaves either all of it or none (and the job is run
 * again); each reply's arrival notice is a job of its own.
 */
export function registerAutomat(queue: JobQueue, deps: AutomatDeps): void {
  const store = deps.store ?? databaseAttachmentStore;

  queue.handle(messageSent, async (job, tx) => {
    const [message] = await tx.query<{
      box_id: string;
      conversation_id: string;
      subject: string;
      counterpart_box_id: string;
      citizen_name: string;
      person_id: string;
    }>(
      `update messages m set status = 'delivered' from data_boxes b join persons p on p.id = b.person_id
       where m.id = $1 and m.status = 'sent' and b.id = m.box_id
       returning m.box_id, m.conversation_id, m.subject, m.counterpart_box_id, p.name as citizen_name, p.id as person_id`,
      [job.payload.messageId],
    );
    // Deleted with its box, or delivered already: nothing to answer.
    if (!message) return;
    const to = await findAuthorityBox(tx, message.counterpart_box_id);
    if (!to) return;
    // The language the citizen last used the portal in (sending remembers it): the replies are in it alone.
    const locale = await localeOf(tx, message.person_id);
    for (const responder of deps.authorities.respondersOf(to)) {
      const answer = await responder.reply(
        { subject: message.subject, citizenName: message.citizen_name, locale },
        to,
        deps.now(),
      );
      if (!answer) continue;
      const id = await deliverReceived(tx, store, {
        boxId: message.box_id,
        from: to,
        conversationId: message.conversation_id,
        subject: answer.subject.slice(0, 255),
        body: answer.body,
        ...(answer.attachments ? { attachments: answer.attachments } : {}),
        automatic: true,
        now: deps.now(),
      });
      await enqueueArrivalNotice(tx, { messageId: id, boxId: message.box_id, sender: to.name.cs });
    }
  });

  queue.handle(arrivalNotice, async (job, tx) => {
    await notifyArrival(tx, deps.notifier(), job.payload.boxId, job.payload.sender, job.payload.messageId);
  });
}

import type { AuthorityBox } from '@czp/contract';
import type { Database } from '../db/database.js';
import { type AttachmentStore, databaseAttachmentStore } from './attachments.js';
import { type Authorities, type AutomaticReply, SYSTEM_BOX_ID } from './authorities.js';
import { findAuthorityBox, syncAuthorityBoxes } from './boxes.js';
import { type Notifier, notifyArrival } from './notifier.js';
import { deliverReceived } from './store.js';

/** Runs the authorities' automatic responders for the messages citizens send, one at a time, after the request. */
export interface Automat {
  /** Queues the rules for a message a citizen just sent; returns at once. */
  messageSent(messageId: string): void;
  /** Resolves when everything queued (also what the rules queued in turn) is done: tests wait on it. */
  drain(): Promise<void>;
  /** A notice from the portal operator's system box (e.g. "low credit"). Returns the new message id. */
  systemNotice(boxId: string, subject: string, body: string): Promise<string>;
}

export interface AutomatDeps {
  db: Database;
  /** Whose responders answer, and the directory of boxes. */
  authorities: Authorities;
  store?: AttachmentStore;
  /** Read at each delivery: the notifier can be replaced after the routes are registered. */
  notifier: () => Notifier;
  now: () => Date;
  log: { error(object: object, message: string): void };
}

export async function systemNotice(
  db: Database,
  boxId: string,
  subject: string,
  body: string,
  options: { authorities: Authorities; store?: AttachmentStore; notifier?: Notifier; now?: Date },
): Promise<string> {
  await syncAuthorityBoxes(db, options.authorities);
  const from = await findAuthorityBox(db, SYSTEM_BOX_ID);
  if (!from) throw new Error('the system box is missing');
  const id = await deliverReceived(db, options.store ?? databaseAttachmentStore, {
    boxId,
    from,
    subject,
    body,
    now: options.now ?? new Date(),
  });
  if (options.notifier) await notifyArrival(db, options.notifier, boxId, from.name.cs);
  return id;
}

/** An in-process queue: one job at a time, in order. Enough for one replica; a shared queue replaces it later. */
export function createAutomat(deps: AutomatDeps): Automat {
  const store = deps.store ?? databaseAttachmentStore;
  let tail: Promise<void> = Promise.resolve();

  const reply = async (
    message: { box_id: string; conversation_id: string },
    from: AuthorityBox,
    content: AutomaticReply,
  ) => {
    await deliverReceived(deps.db, store, {
      boxId: message.box_id,
      from,
      conversationId: message.conversation_id,
      subject: content.subject.slice(0, 255),
      body: content.body,
      ...(content.attachments ? { attachments: content.attachments } : {}),
      now: deps.now(),
    });
    await notifyArrival(deps.db, deps.notifier(), message.box_id, from.name.cs);
  };

  const handle = async (messageId: string) => {
    const [message] = await deps.db.query<{
      box_id: string;
      conversation_id: string;
      subject: string;
      status: string;
      counterpart_box_id: string;
      citizen_name: string;
    }>(
      `update messages m set status = 'delivered' from data_boxes b join persons p on p.id = b.person_id
       where m.id = $1 and m.status = 'sent' and b.id = m.box_id
       returning m.box_id, m.conversation_id, m.subject, m.status, m.counterpart_box_id, p.name as citizen_name`,
      [messageId],
    );
    if (!message) return;
    const to = await findAuthorityBox(deps.db, message.counterpart_box_id);
    if (!to) return;
    for (const responder of deps.authorities.respondersOf(to)) {
      const answer = await responder.reply(
        { subject: message.subject, citizenName: message.citizen_name },
        to,
        deps.now(),
      );
      if (answer) await reply(message, to, answer);
    }
  };

  return {
    messageSent(messageId) {
      tail = tail
        .then(() => handle(messageId))
        .catch((error: unknown) => deps.log.error({ err: error, messageId }, 'a data box automat rule failed'));
    },
    async drain() {
      let seen: Promise<void>;
      do {
        seen = tail;
        await seen;
      } while (seen !== tail);
    },
    systemNotice: (boxId, subject, body) =>
      systemNotice(deps.db, boxId, subject, body, {
        authorities: deps.authorities,
        store,
        notifier: deps.notifier(),
        now: deps.now(),
      }),
  };
}

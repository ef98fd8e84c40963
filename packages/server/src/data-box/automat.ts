import type { Database } from '../db/database.js';
import { criminalRecordExtract } from '../development/criminal-record.js';
import { type AttachmentStore, databaseAttachmentStore } from './attachments.js';
import { findAuthorityBox, JUSTICE_BOX_ID, SYSTEM_BOX_ID, syncAuthorityBoxes } from './boxes.js';
import { type Notifier, notifyArrival } from './notifier.js';
import { deliverReceived } from './store.js';
import { fold } from './text.js';
import type { AuthorityBox, LocalizedName } from './types.js';

/** Authorities that answer by themselves (development stand-ins for their real registries). */
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
  store?: AttachmentStore;
  /** Read at each delivery: the notifier can be replaced after the routes are registered. */
  notifier: () => Notifier;
  now: () => Date;
  log: { error(object: object, message: string): void };
}

const CRIMINAL_RECORD = [fold('výpis z rejstříku trestů'), 'criminal record'];

export async function systemNotice(
  db: Database,
  boxId: string,
  subject: string,
  body: string,
  options: { store?: AttachmentStore; notifier?: Notifier; now?: Date } = {},
): Promise<string> {
  await syncAuthorityBoxes(db);
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
    content: { subject: string; body: string; attachments?: { name: string; content: Buffer; mediaType: string }[] },
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
    const date = deps.now().toISOString().slice(0, 10);
    if (to.kind === 'municipality') {
      await reply(message, to, acknowledgement(message.subject, to.name, date));
    }
    const subject = fold(message.subject);
    if (to.id === JUSTICE_BOX_ID && CRIMINAL_RECORD.some((phrase) => subject.includes(phrase))) {
      const pdf = await criminalRecordExtract({ name: message.citizen_name, date: deps.now() });
      await reply(message, to, {
        subject: `Výpis z rejstříku trestů / Criminal record extract`,
        body:
          'V příloze zasíláme výpis z evidence Rejstříku trestů (vzor z vývojového prostředí).\n\n' +
          'Attached is your extract from the Criminal Record (a development sample).',
        attachments: [{ name: 'vypis-z-rejstriku-trestu.pdf', content: pdf, mediaType: 'application/pdf' }],
      });
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
      systemNotice(deps.db, boxId, subject, body, { store, notifier: deps.notifier(), now: deps.now() }),
  };
}

function acknowledgement(subject: string, authority: LocalizedName, date: string) {
  return {
    subject: `Potvrzení o doručení: ${subject}`,
    body:
      `Vaše zpráva „${subject}“ byla ${date} doručena do datové schránky: ${authority.cs}.\n` +
      'Tato zpráva byla odeslána automaticky; neodpovídejte na ni.\n\n' +
      `Your message “${subject}” was delivered to the data box of ${authority.en} on ${date}.\n` +
      'This message was sent automatically; do not reply to it.',
  };
}

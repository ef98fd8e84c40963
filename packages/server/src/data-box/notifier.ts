import type { NotificationChannel, NotificationSettings } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { notify } from '../notifications/notify.js';

interface Notification {
  channel: NotificationChannel;
  /** The address on that channel: an e-mail address, a phone number, or the box id for the portal. */
  to: string;
  text: string;
  /**
   * The same for every attempt to send this notification (`<message id>:<channel>`): a crash after the gateway took
   * it sends it again, and a gateway that deduplicates by a key sends it once.
   */
  key: string;
}

/** Tells a person something arrived. Real e-mail and SMS gateways implement it later. */
export interface Notifier {
  notify(personId: string, notification: Notification): Promise<void>;
}

/** The part of a logger the development sink needs (Fastify's pino logger fits). */
export interface NotifierLogger {
  info(object: object, message: string): void;
}

/** Development: nothing leaves the machine, the notice goes to the server log. */
export function logNotifier(logger: NotifierLogger): Notifier {
  return {
    async notify(personId, notification) {
      logger.info({ personId, ...notification }, 'data box notification (development sink)');
    },
  };
}

const DEFAULT_SETTINGS: NotificationSettings = { email: null, phone: null, channels: ['portal'] };

export async function readNotificationSettings(db: Queryable, personId: string): Promise<NotificationSettings> {
  const [row] = await db.query<{ email: string | null; phone: string | null; channels: NotificationChannel[] }>(
    'select email, phone, channels from notification_settings where person_id = $1',
    [personId],
  );
  return row ? { email: row.email, phone: row.phone, channels: row.channels } : DEFAULT_SETTINGS;
}

export async function writeNotificationSettings(
  db: Queryable,
  personId: string,
  settings: NotificationSettings,
): Promise<NotificationSettings> {
  await db.query(
    `insert into notification_settings (person_id, email, phone, channels) values ($1, $2, $3, $4)
     on conflict (person_id) do update set email = excluded.email, phone = excluded.phone, channels = excluded.channels`,
    [personId, settings.email, settings.phone, settings.channels],
  );
  return readNotificationSettings(db, personId);
}

/**
 * Tells the owner of a box that a message arrived: a `data-box-message` notification (notifications/), in the arrival
 * notice job's transaction, so it is written once; the centre shows it and e-mail and SMS follow the person's choices
 * in Settings → Notifications, to verified contacts only. The text names the sender only: e-mail and SMS travel outside
 * the box, the content stays in it. A message that carries a submission's change of state is not announced here: the
 * submission's own notification (`submission-changed`) tells of it, once.
 *
 * The Notifier seam is no longer called for arrivals (kept for the wiring that still sets it); the data box's own
 * channel settings are the default of the `data-box-message` kind until the person chooses in Settings.
 */
export async function notifyArrival(
  tx: Queryable,
  _notifier: Notifier,
  boxId: string,
  sender: string,
  messageId: string,
): Promise<void> {
  const [owner] = await tx.query<{ person_id: string }>('select person_id from data_boxes where id = $1', [boxId]);
  if (!owner) return;
  // submissions/ records the message each change of state travelled in (submission_history.message_id).
  const [ofSubmission] = await tx.query('select 1 from submission_history where message_id = $1 limit 1', [messageId]);
  if (ofSubmission) return;
  // The sender's name in both languages from the directory; the job's Czech name when the box is not in it.
  const [from] = await tx.query<{ name: { cs: string; en: string } }>(
    `select a.name from messages m join authority_boxes a on a.id = m.counterpart_box_id where m.id = $1`,
    [messageId],
  );
  const name = { cs: from?.name.cs ?? sender, en: from?.name.en ?? sender };
  await notify(tx, {
    personId: owner.person_id,
    kind: 'data-box-message',
    title: {
      cs: `Nová zpráva v datové schránce od: ${name.cs}`,
      en: `A new message in your data box from: ${name.en}`,
    },
    body: {
      cs: `Do vaší datové schránky přišla nová zpráva od: ${name.cs}. Přečtěte si ji na Portálu občana.`,
      en: `A new message from ${name.en} arrived in your data box. Read it in the Citizen Portal.`,
    },
    link: `/services/data-box/message/${encodeURIComponent(messageId)}`,
    key: `data-box-message:${messageId}`,
  });
}

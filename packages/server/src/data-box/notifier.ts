import type { NotificationChannel, NotificationSettings } from '@czp/contract';
import type { Queryable } from '../db/database.js';

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
 * Notifies the owner of a box that a message arrived, on each channel they enabled. The text names the sender only:
 * e-mail and SMS travel outside the box, the content stays in it.
 */
export async function notifyArrival(
  db: Queryable,
  notifier: Notifier,
  boxId: string,
  sender: string,
  messageId: string,
): Promise<void> {
  const [owner] = await db.query<{ person_id: string }>('select person_id from data_boxes where id = $1', [boxId]);
  if (!owner) return;
  const settings = await readNotificationSettings(db, owner.person_id);
  const text = `Do vaší datové schránky přišla nová zpráva od: ${sender}. Přečtěte si ji na Portálu občana.`;
  for (const channel of settings.channels) {
    const to = channel === 'portal' ? boxId : channel === 'email' ? settings.email : settings.phone;
    if (to) await notifier.notify(owner.person_id, { channel, to, text, key: `${messageId}:${channel}` });
  }
}

import type { NotificationKind } from '@czp/contract';
import type { Queryable } from '../db/database.js';
import { enqueue } from '../jobs/job.js';
import type { JobQueue } from '../jobs/queue.js';
import type { EmailChannel } from './channels/email.js';
import type { SmsGateway } from './channels/sms.js';
import { deliverNotification, sendNotification } from './jobs.js';
import { effectiveSettings, localeOf, verifiedContacts } from './store.js';
import { emailOf, type Outgoing, smsOf } from './texts.js';

export interface DeliveryDeps {
  /** Read at each send: tests and the wiring replace the channels after the app is built. */
  channels: () => { email: EmailChannel; sms: SmsGateway };
  publicUrl: string;
  now: () => Date;
}

interface Row extends Outgoing {
  person_id: string;
  kind: NotificationKind;
}

async function find(tx: Queryable, id: string): Promise<Row | undefined> {
  const [row] = await tx.query<Row>('select person_id, kind, title, body, link from notifications where id = $1', [id]);
  return row;
}

/**
 * The two steps of a notification's way out (the portal's centre has it already: the row is the centre's entry).
 * `deliver` chooses the channels by the person's settings when it runs, and enqueues one `send` per channel in its
 * transaction; `send` sends on one channel and records it, so a retried or a second worker's run sends nothing again.
 */
export function registerDelivery(queue: JobQueue, deps: DeliveryDeps): void {
  queue.handle(deliverNotification, async (job, tx) => {
    const { notificationId } = job.payload;
    const row = await find(tx, notificationId);
    // Gone with its person: nobody to tell.
    if (!row) return;
    const { choices } = await effectiveSettings(tx, row.person_id);
    for (const channel of ['email', 'sms'] as const) {
      if (choices[row.kind][channel]) {
        await enqueue(tx, sendNotification, { notificationId, channel }, { key: `${notificationId}:${channel}` });
      }
    }
  });

  queue.handle(sendNotification, async (job, tx) => {
    const { notificationId, channel } = job.payload;
    const [sent] = await tx.query('select 1 from notification_deliveries where notification_id = $1 and channel = $2', [
      notificationId,
      channel,
    ]);
    if (sent) return;
    const row = await find(tx, notificationId);
    if (!row) return;
    // The address as verified now: a contact removed since the choice was made gets nothing.
    const contacts = await verifiedContacts(tx, row.person_id);
    const to = channel === 'email' ? contacts.email : contacts.phone;
    if (!to) return;
    const locale = await localeOf(tx, row.person_id);
    const key = `notification:${notificationId}:${channel}`;
    const channels = deps.channels();
    // Sent before the record commits: a crash in between sends it again (at least once), with the same key.
    if (channel === 'email') await channels.email.send(emailOf(row, to, locale, deps.publicUrl, key));
    else await channels.sms.send(smsOf(row, to, locale, deps.publicUrl, key));
    await tx.query(
      'insert into notification_deliveries (notification_id, channel, sent_at) values ($1, $2, $3) on conflict do nothing',
      [notificationId, channel, deps.now()],
    );
  });
}

import type { NotificationChannel } from '@czp/contract';
import { defineJob } from '../jobs/job.js';

/**
 * A notification was written: decide by the person's choices and verified contacts which channels outside the portal
 * it goes to, and enqueue one send job per channel. Only database effects, so exactly once. Keyed by the notification.
 */
export const deliverNotification = defineJob<{ notificationId: string }>('notifications.deliver');

/**
 * Send one notification on one channel (e-mail or SMS). Its own job per channel, so a failing SMS never sends the
 * e-mail again: at least once, with `<notification id>:<channel>` as the Message-ID / Idempotency-Key, and never again
 * once recorded as sent. Keyed by `<notification id>:<channel>`.
 */
export const sendNotification = defineJob<{ notificationId: string; channel: Exclude<NotificationChannel, 'portal'> }>(
  'notifications.send',
);

import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import type { Feature } from '../feature.js';
import type { JobQueue } from '../jobs/queue.js';
import type { EmailChannel } from './channels/email.js';
import type { SmsGateway } from './channels/sms.js';
import { NOTIFICATIONS_MIGRATIONS } from './migrations.js';

export interface NotificationsDeps {
  db: Database;
  sessions: RequestSessions;
  /** Delivery is jobs: `notifications.deliver` per notification, `notifications.send` per channel. */
  jobs: JobQueue;
  now?: () => Date;
  /** Where e-mail goes (SMTP); default the app log. The same deps as contacts'. */
  email?: EmailChannel;
  sms?: SmsGateway;
  /** The portal's public URL: links in e-mail and SMS are absolute. */
  publicUrl: string;
}

/** The notification centre (under /api/notifications), its deliveries by e-mail and SMS, and the citizens' choices. */
export const notifications: Feature<NotificationsDeps> = {
  name: 'notifications',
  migrations: NOTIFICATIONS_MIGRATIONS,
  register() {},
};

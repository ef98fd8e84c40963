import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import type { Feature } from '../feature.js';
import type { JobQueue } from '../jobs/queue.js';
import type { EmailChannel } from './channels/email.js';
import { loggingEmailChannel, loggingSmsGateway } from './channels/log-sinks.js';
import type { SmsGateway } from './channels/sms.js';
import { registerDelivery } from './delivery.js';
import { NOTIFICATIONS_MIGRATIONS } from './migrations.js';
import { registerNotificationRoutes } from './routes.js';
import { registerSubmissionChanged } from './submission-changed.js';

export interface NotificationsDeps {
  db: Database;
  sessions: RequestSessions;
  /** Delivery is jobs: `notifications.deliver` per notification, `notifications.send` per channel. */
  jobs: JobQueue;
  now?: () => Date;
  /** Where e-mail goes (SMTP: channels/email.ts); default the app log. The same deps as contacts' codes. */
  email?: EmailChannel;
  /** Where SMS goes (channels/sms.ts); default the app log. */
  sms?: SmsGateway;
  /** The portal's public URL: links in e-mail and SMS are absolute. */
  publicUrl: string;
}

/** What tests and the wiring reach through `app.notifications`: the channels, replaceable before anything is sent. */
interface NotificationsRuntime {
  email: EmailChannel;
  sms: SmsGateway;
}

declare module 'fastify' {
  interface FastifyInstance {
    notifications: NotificationsRuntime;
  }
}

/**
 * One notification service for all (issue 14): every feature calls `notify()` (notify.ts) in its transaction; the
 * centre in the header reads /api/notifications; e-mail and SMS go out from the job queue by the person's choices, to
 * verified contacts only. It also turns the submissions' `submissions.changed` jobs into notifications.
 */
export const notifications: Feature<NotificationsDeps> = {
  name: 'notifications',
  migrations: NOTIFICATIONS_MIGRATIONS,
  register(app, deps) {
    const now = deps.now ?? (() => new Date());
    const runtime: NotificationsRuntime = {
      email: deps.email ?? loggingEmailChannel(app.log),
      sms: deps.sms ?? loggingSmsGateway(app.log),
    };
    app.decorate('notifications', runtime);
    registerDelivery(deps.jobs, { channels: () => runtime, publicUrl: deps.publicUrl, now });
    registerSubmissionChanged(deps.jobs);
    registerNotificationRoutes(app, { db: deps.db, sessions: deps.sessions, now });
  },
};

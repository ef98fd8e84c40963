import type { RequestSessions } from '../auth/request-session.js';
import { type AttachmentStore, databaseAttachmentStore } from '../data-box/attachments.js';
import { type Authorities, portalAuthorities } from '../data-box/authorities.js';
import { type DataBoxRegister, everyoneHasABox } from '../data-box/box-register.js';
import type { Database } from '../db/database.js';
import type { Feature } from '../feature.js';
import type { JobQueue } from '../jobs/queue.js';
import { registerClerk, scheduleClerk } from './clerk.js';
import { SUBMISSIONS_MIGRATIONS } from './migrations.js';
import { registerPublisherRoutes } from './publisher-routes.js';
import { registerCitizenRoutes } from './routes.js';
import { registerSectionRoutes } from './section-routes.js';
import type { SubmissionsContext } from './store.js';
import { registerWebhooks } from './webhook-routes.js';

export interface SubmissionsDeps {
  db: Database;
  sessions: RequestSessions;
  /** The durable queue: `submissions.changed` for each change, and the development clerk's steps. */
  jobs: JobQueue;
  now?: () => Date;
  /** The authorities' boxes (an issuer's box comes from the catalogue); the portal's directory by default. */
  authorities?: Authorities;
  attachmentStore?: AttachmentStore;
  dataBoxRegister?: DataBoxRegister;
  /** Development only: the automatic clerk moves every new submission to a decision within a minute (clerk.ts). */
  developmentClerk?: boolean;
}

/** What the wiring and tests reach through `app.submissions`. */
interface SubmissionsRuntime {
  /** Whether new submissions get the development clerk; may be switched before the first request. */
  developmentClerk: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    submissions: SubmissionsRuntime;
  }
}

/**
 * Submissions (podání): a service declares its types in czp.service.json, the citizen submits through the SDK, the
 * portal validates against the declared schema, delivers it to the issuer's authority box and follows its states; the
 * issuer reads and moves it with its publishing token.
 */
export const submissions: Feature<SubmissionsDeps> = {
  name: 'submissions',
  migrations: SUBMISSIONS_MIGRATIONS,
  register(app, deps) {
    const now = deps.now ?? (() => new Date());
    const runtime: SubmissionsRuntime = { developmentClerk: deps.developmentClerk ?? false };
    app.decorate('submissions', runtime);
    const context: SubmissionsContext = {
      db: deps.db,
      store: deps.attachmentStore ?? databaseAttachmentStore,
      authorities: deps.authorities ?? portalAuthorities,
      now,
      afterChange: scheduleClerk(() => runtime.developmentClerk, now),
    };
    registerClerk(deps.jobs, context);
    // `submissions.changed` (jobs.ts) is handled by the notification service (notifications/submission-changed.ts).
    registerSectionRoutes(app, { context, sessions: deps.sessions, dataBoxRegister: deps.dataBoxRegister });
    registerCitizenRoutes(app, {
      context,
      sessions: deps.sessions,
      jobs: deps.jobs,
      // The data box's runtime when it is there (start.ts and tests may replace its register after building the app).
      register: () => (app.hasDecorator('dataBox') ? app.dataBox.register : (deps.dataBoxRegister ?? everyoneHasABox)),
    });
    registerPublisherRoutes(app, { context, jobs: deps.jobs });
    registerWebhooks(app, { context, jobs: deps.jobs });
  },
};

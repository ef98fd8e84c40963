import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Redis } from 'ioredis';
import type { IdentityProvider } from './auth/identity-provider.js';
import { RequestSessions } from './auth/request-session.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, SessionStore } from './auth/sessions.js';
import { unconfiguredIdentityProvider } from './auth/unconfigured.js';
import type { BundleStore } from './catalogue/bundle-store.js';
import { registerOperatorPublishers } from './catalogue/publisher-api/operator-routes.js';
import type { Authorities } from './data-box/authorities.js';
import type { DataBoxRegister } from './data-box/box-register.js';
import type { Database } from './db/database.js';
import { FEATURES, type FeatureDeps, MIGRATIONS } from './features.js';
import { registerHttp } from './http/register.js';
import { createJobQueue, type JobQueue, type JobQueueOptions } from './jobs/queue.js';
import type { EmailChannel } from './notifications/channels/email.js';
import type { SmsGateway } from './notifications/channels/sms.js';
import { Metrics } from './operations/metrics.js';
import { OperatorCredential } from './operations/operator.js';
import { registerOperations } from './operations/register.js';
import { requestId } from './operations/request-id.js';
import { registerPage } from './page/register.js';
import type { PreviewSettings } from './preview/settings.js';
import type { RegistersDeps } from './registers/feature.js';

export interface AppOptions {
  db: Database;
  store: BundleStore;
  /** The portal's version (shown by /api/health and given to the shell). */
  version: string;
  /** The shell build: `<repo>/shell/dist` with client/index.html, client/static/** and optionally server/entry-server.js */
  shellDir?: string;
  /** The `lib/` folder of @gov-design-system-ce/icons, served at /assets/icons/ */
  iconsDir?: string;
  /** Signs cookies (CSRF secret). Random per process when omitted. */
  sessionSecret?: string;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies?: boolean;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Who logs citizens in. Without one, login answers 503 (tests of other parts need none). */
  identityProvider?: IdentityProvider;
  /** The portal's public URL, e.g. http://localhost:8080: redirect URIs at the identity provider start with it. */
  publicUrl?: string;
  sessionPolicy?: SessionPolicy;
  /** The clock of sessions and logins (tests move it). */
  now?: () => Date;
  remoteFailuresRateLimit?: { max: number; timeWindow: number | string };
  /** Seam: who has a data box (default: everyone; start.ts wires the development provider's test citizens). */
  dataBoxRegister?: DataBoxRegister;
  /** Seam: the authorities' boxes and automatic responders (default: the portal's directory). */
  authorities?: Authorities;
  /** Origins issuers may host their remotes on (CZP_REMOTE_ORIGINS, see catalogue/remote-origins.ts): added to the CSP. */
  remoteOrigins?: readonly string[];
  /** The operator's bearer token (operations/operator.ts): /metrics, the inventory, health details. None: refused. */
  operatorToken?: string | null;
  /** The metrics registry (start.ts makes it first to time the database's queries too). Default: a fresh one. */
  metrics?: Metrics;
  /** Rate limit counters in Redis (REDIS_URL), shared by every replica. Default: in this process's memory. */
  rateLimitRedis?: Redis;
  /** The job queue's timing (tests: a clock, a short lease, a fast poll). */
  jobs?: Pick<JobQueueOptions, 'now' | 'pollIntervalMs' | 'leaseMs' | 'concurrency' | 'workerId'>;
  /** The registers behind the service bus (httpGateway of @czp/service-bus). None: every read is 503 register-unavailable. */
  registersGateway?: RegistersDeps['registersGateway'];
  /** The service bus's time-outs, retries and circuit breakers (tests: small timings). */
  registersResilience?: RegistersDeps['registersResilience'];
  /** E-mail to citizens (notifications/channels/: SMTP from CZP_SMTP_URL, or the dev-mail catcher). Default: the log. */
  email?: EmailChannel;
  /** SMS to citizens (an HTTP gateway from CZP_SMS_URL, or the dev-mail sink). Default: the log. */
  sms?: SmsGateway;
  /** Developer previews (preview/): start.ts reads CZP_ALLOW_PREVIEW and CZP_PREVIEW_ORIGINS. Absent: read from the environment. */
  preview?: PreviewSettings;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The durable job queue of this process (jobs/): `stats()` for the metrics, `drain()` for tests. */
    jobs: JobQueue;
  }
}

/**
 * The CzP server: JSON API, published remotes, and the shell. The HTTP layer first, then every feature, then the page
 * (whose not-found handler serves the shell for every other path). Call listen() or inject().
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: false },
    // The proxy's x-request-id when it is a safe token, else a fresh one: in every log line and the answer's header.
    genReqId: requestId,
    // While closing, in-flight requests finish and new ones get 503 (the proxy tries another replica).
    return503OnClosing: true,
  });
  const { db } = options;
  const identityProvider = options.identityProvider ?? unconfiguredIdentityProvider;
  const secureCookies = options.secureCookies ?? false;
  const now = options.now ?? (() => new Date());
  const remoteOrigins = options.remoteOrigins ?? [];
  const sessions = new RequestSessions(
    new SessionStore(db, options.sessionPolicy ?? DEFAULT_SESSION_POLICY),
    secureCookies,
    now,
  );

  await registerHttp(app, {
    sessionSecret: options.sessionSecret,
    secureCookies,
    remoteOrigins,
    identityProviderOrigin: options.identityProvider ? identityProvider.origin : undefined,
    rateLimitRedis: options.rateLimitRedis,
    strictTransportSecurity: (options.publicUrl ?? '').startsWith('https:'),
  });
  // The operator's credential: /metrics, the inventory, and czp-admin's commands while this server holds the database.
  const operator = new OperatorCredential(options.operatorToken);
  registerOperations(app, {
    db,
    version: options.version,
    metrics: options.metrics ?? new Metrics(),
    operator,
    migrationIds: MIGRATIONS.map((migration) => migration.id),
    now,
  });
  // czp-admin talks to this server instead of opening an embedded database the server holds (admin/running-server.ts).
  registerOperatorPublishers(app, { db, operator, version: options.version, now });

  // One queue per app: started once the app is ready (it runs what is pending, also jobs of a crashed process) and
  // stopped when the app closes, before the entry point closes the database.
  const jobs = createJobQueue({ db, log: app.log, ...options.jobs });
  app.decorate('jobs', jobs);
  app.addHook('onReady', async () => jobs.start());
  app.addHook('onClose', async () => jobs.stop());

  const deps: FeatureDeps = {
    db,
    jobs,
    store: options.store,
    now,
    sessions,
    identityProvider,
    publicUrl: (options.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, ''),
    secureCookies,
    remoteOrigins,
    remoteFailuresRateLimit: options.remoteFailuresRateLimit ?? { max: 20, timeWindow: '1 minute' },
    ...(options.dataBoxRegister ? { dataBoxRegister: options.dataBoxRegister } : {}),
    ...(options.authorities ? { authorities: options.authorities } : {}),
    ...(options.registersGateway ? { registersGateway: options.registersGateway } : {}),
    ...(options.registersResilience ? { registersResilience: options.registersResilience } : {}),
    ...(options.email ? { email: options.email } : {}),
    ...(options.sms ? { sms: options.sms } : {}),
    ...(options.preview ? { preview: options.preview } : {}),
    // Contact codes are hashed with a key derived from it: the same in every replica and across restarts.
    ...(options.sessionSecret ? { contactCodeSecret: options.sessionSecret } : {}),
  };
  for (const feature of FEATURES) await feature.register(app, deps);

  await registerPage(app, {
    db,
    sessions,
    identityProvider,
    version: options.version,
    shellDir: options.shellDir,
    iconsDir: options.iconsDir,
  });
  return app;
}

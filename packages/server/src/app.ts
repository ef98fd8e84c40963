import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { IdentityProvider } from './auth/identity-provider.js';
import { RequestSessions } from './auth/request-session.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, SessionStore } from './auth/sessions.js';
import { unconfiguredIdentityProvider } from './auth/unconfigured.js';
import type { BundleStore } from './catalogue/bundle-store.js';
import type { Authorities } from './data-box/authorities.js';
import type { DataBoxRegister } from './data-box/box-register.js';
import type { Database } from './db/database.js';
import { FEATURES, type FeatureDeps } from './features.js';
import { registerHttp } from './http/register.js';
import { registerPage } from './page/register.js';

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
    db,
    version: options.version,
    sessionSecret: options.sessionSecret,
    secureCookies,
    remoteOrigins,
    identityProviderOrigin: options.identityProvider ? identityProvider.origin : undefined,
  });

  const deps: FeatureDeps = {
    db,
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

import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { IdentityProvider } from './auth/identity-provider.js';
import { RequestSessions } from './auth/request-session.js';
import { registerAuthRoutes } from './auth/routes.js';
import { DEFAULT_SESSION_POLICY, type SessionPolicy, SessionStore } from './auth/sessions.js';
import { unconfiguredIdentityProvider } from './auth/unconfigured.js';
import type { BundleStore } from './catalogue/bundle-store.js';
import { registerPublisherRoutes } from './catalogue/publisher-api/routes.js';
import { loadCatalogue } from './catalogue/serving/catalogue.js';
import { registerRemoteRoutes } from './catalogue/serving/remote-files.js';
import type { BoxPolicy } from './data-box/boxes.js';
import { registerDataBoxRoutes } from './data-box/routes.js';
import type { Database } from './db/database.js';
import { LOCALE_COOKIE, pickLocale } from './http/locale.js';
import { registerApiRoutes } from './http/routes.js';
import { registerMyServicesRoutes } from './my-services/routes.js';
import { listMyServices } from './my-services/store.js';
import {
  COOKIE_NOTICE_COOKIE,
  ShellDocument,
  serviceIdOfPath,
  servicePreloadHead,
  THEME_COOKIE,
  themeFromCookie,
} from './page/document.js';

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
  /** Who has a data box (default: everyone; the development provider's test citizens say for themselves). */
  dataBoxPolicy?: BoxPolicy;
  /** Origins issuers may host their remotes on (CZP_REMOTE_ORIGINS, see remote-origins.ts): added to the CSP. */
  remoteOrigins?: readonly string[];
}

export const CSRF_MESSAGE = 'The security token of this form is missing or expired. Reload the page and try again.';
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The CSP with the allow-listed origins of remotes: their scripts, styles, images and fetches (mf-manifest.json). */
export function contentSecurityPolicy(remoteOrigins: readonly string[]): typeof CONTENT_SECURITY_POLICY {
  const plus = (sources: string[]) => [...sources, ...remoteOrigins];
  return {
    ...CONTENT_SECURITY_POLICY,
    scriptSrc: plus(CONTENT_SECURITY_POLICY.scriptSrc),
    styleSrc: plus(CONTENT_SECURITY_POLICY.styleSrc),
    imgSrc: plus(CONTENT_SECURITY_POLICY.imgSrc),
    connectSrc: plus(CONTENT_SECURITY_POLICY.connectSrc),
  };
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NOT_DOCUMENT = /^\/(api|remotes|static|assets)(\/|$)/;

/** The CzP server: JSON API, published remotes, and the shell. Plugins are registered; call listen() or inject(). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: false },
  });
  const { db, store } = options;
  const identityProvider = options.identityProvider ?? unconfiguredIdentityProvider;
  const secureCookies = options.secureCookies ?? false;
  const now = options.now ?? (() => new Date());
  const remoteOrigins = options.remoteOrigins ?? [];
  const csp = contentSecurityPolicy(remoteOrigins);
  const sessions = new RequestSessions(
    new SessionStore(db, options.sessionPolicy ?? DEFAULT_SESSION_POLICY),
    secureCookies,
    now,
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (error.code?.startsWith('FST_CSRF')) {
      return reply.code(403).send({ error: 'csrf', message: CSRF_MESSAGE });
    }
    if (status === 429) {
      return reply.code(429).send({ error: 'rate-limited', message: error.message });
    }
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply
        .code(status)
        .send({ error: 'internal', message: 'Something went wrong on our side. Try again later.' });
    }
    const messages: Record<string, string> = {
      FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as JSON (Content-Type: application/json)',
      FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large',
      FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send JSON',
      FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
    };
    const message =
      messages[error.code] ?? (error instanceof SyntaxError ? messages.FST_ERR_CTP_INVALID_JSON_BODY : error.message);
    return reply.code(status).send({ error: status === 413 ? 'too-large' : 'bad-request', message });
  });

  await app.register(fastifyHelmet, {
    // A nonce per response: the page's import map (SRI of the services' scripts) is the only inline script.
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      // Chromium applies form-action to where a form's response redirects: logout goes on to the provider.
      directives: {
        ...csp,
        formAction: [
          ...CONTENT_SECURITY_POLICY.formAction,
          ...(options.identityProvider ? [identityProvider.origin] : []),
        ],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // Dynamic responses (HTML, API, remote files) at a brotli quality that costs about what gzip does;
  // the shell's static files come precompressed at the highest quality from the build.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(fastifyCookie, { secret: options.sessionSecret ?? randomBytes(32).toString('hex') });
  // Plain HTML forms (logout) work without JavaScript.
  await app.register(fastifyFormbody, { bodyLimit: 4096 });
  await app.register(fastifyCsrf, {
    cookieKey: 'czp_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true, secure: secureCookies },
    // The header for fetch calls; the `_csrf` field for plain forms.
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      if (header) return Array.isArray(header) ? header[0] : header;
      const field = (request.body as { _csrf?: unknown } | undefined)?._csrf;
      return typeof field === 'string' ? field : undefined;
    },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'rate-limited',
      message: `Too many requests; try again in ${context.after}.`,
    }),
  });

  // Every mutating API call carries the CSRF token of the signed-cookie secret. The publishing API is the exception:
  // it authenticates by a bearer token only, never by a cookie, so a cross-site request has nothing to ride on.
  app.addHook('onRequest', (request, reply, done) => {
    if (MUTATING.has(request.method) && /^\/api(\/|$)/.test(request.url) && !/^\/api\/publisher\//.test(request.url)) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });

  registerApiRoutes(app, {
    db,
    version: options.version,
    remoteFailuresRateLimit: options.remoteFailuresRateLimit ?? { max: 20, timeWindow: '1 minute' },
  });
  registerRemoteRoutes(app, { db, store });
  registerPublisherRoutes(app, { db, store, now, remoteOrigins });
  registerMyServicesRoutes(app, { db, sessions });
  registerDataBoxRoutes(app, {
    db,
    sessions,
    now,
    ...(options.dataBoxPolicy ? { boxPolicy: options.dataBoxPolicy } : {}),
  });
  registerAuthRoutes(app, {
    db,
    sessions,
    identityProvider,
    publicUrl: (options.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, ''),
    secureCookies,
    now,
  });

  const shell = options.shellDir ? new ShellDocument(options.shellDir, app.log) : null;
  if (shell && existsSync(join(shell.clientDir, 'static'))) {
    await app.register(fastifyStatic, {
      root: join(shell.clientDir, 'static'),
      prefix: '/static/',
      index: false,
      preCompressed: true,
      immutable: true,
      maxAge: '365d',
      decorateReply: false,
    });
  }
  if (options.iconsDir && existsSync(options.iconsDir)) {
    await app.register(fastifyStatic, {
      root: options.iconsDir,
      prefix: '/assets/icons/',
      index: false,
      maxAge: '1d',
      decorateReply: false,
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = (request.url.split('?')[0] ?? '/').replace(/\/{2,}/g, '/');
    const isDocument = (request.method === 'GET' || request.method === 'HEAD') && !NOT_DOCUMENT.test(pathname);
    if (!isDocument) {
      return reply.code(404).send({ error: 'not-found', message: `There is nothing at ${request.method} ${pathname}` });
    }
    if (!shell) {
      return reply.code(404).send({ error: 'not-found', message: 'The portal shell is not served by this server' });
    }
    const catalogue = await loadCatalogue(db);
    const locale = pickLocale(request.cookies[LOCALE_COOKIE], request.headers['accept-language']);
    const session = await sessions.active(request, reply);
    const sessionView = sessions.view(
      session ? { status: 'active', session } : await sessions.lookup(request, reply),
      identityProvider.development,
    );
    const serviceId = serviceIdOfPath(pathname);
    const service = serviceId ? catalogue.services.find((entry) => entry.id === serviceId) : undefined;
    let document: { body: string; status: number | undefined };
    try {
      document = await shell.render(
        request.url,
        {
          catalogue,
          locale,
          csrfToken: reply.generateCsrf(),
          version: options.version,
          session: sessionView,
          myServices: session ? await listMyServices(db, session.personId) : [],
          cspNonce: reply.cspNonce.script,
        },
        service ? servicePreloadHead(service, reply.cspNonce.script) : undefined,
        {
          cookieNoticeDismissed: request.cookies[COOKIE_NOTICE_COOKIE] === '1',
          theme: themeFromCookie(request.cookies[THEME_COOKIE]),
        },
      );
    } catch (error) {
      request.log.error({ err: error }, 'the shell document could not be read');
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The portal shell is not built yet. Run `pnpm build` and reload.');
    }
    return (
      reply
        .code(document.status ?? (serviceId && !service ? 404 : 200))
        // A signed-in page carries the person's name: never in a shared cache.
        .header('Cache-Control', 'private, no-cache')
        .header('Vary', 'Cookie, Accept-Language')
        .type('text/html; charset=utf-8')
        .send(document.body)
    );
  });

  return app;
}

import { randomBytes } from 'node:crypto';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './csp.js';
import { csrfTokenFor, registerCsrf } from './csrf.js';
import { handleError } from './errors.js';

export interface HttpDeps {
  /** Signs cookies (CSRF secret). Random per process when omitted. */
  sessionSecret?: string | undefined;
  secureCookies: boolean;
  /** Origins issuers host remotes on: added to the CSP. */
  remoteOrigins: readonly string[];
  /** The public URL is https: browsers are told to use nothing else (HSTS). */
  strictTransportSecurity?: boolean | undefined;
  /** The identity provider's origin, when there is one: logout's form response redirects there. */
  identityProviderOrigin?: string | undefined;
  /** Keeps the rate limit counters in Redis, shared by every replica (REDIS_URL); in memory without one. */
  rateLimitRedis?: Redis | undefined;
}

/**
 * Everything HTTP that is no feature: security headers and the CSP, compression, cookies, plain forms, the CSRF
 * check, rate limiting (each route sets its own; counters in Redis when given), the one error handler, and the
 * CSRF-token endpoint. The health endpoints are operations/'.
 */
/**
 * Powerful browser features no page of the portal uses, denied to it and to every remote it runs. Only features the
 * browsers know: an unknown one ("bluetooth") makes Chrome log a warning on every page.
 */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

export async function registerHttp(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  app.setErrorHandler(handleError);

  await app.register(fastifyHelmet, {
    // A nonce per response: the page's import map (SRI of the services' scripts) is the only inline script.
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      // Chromium applies form-action to where a form's response redirects: logout goes on to the provider.
      directives: {
        ...contentSecurityPolicy(deps.remoteOrigins),
        formAction: [
          ...CONTENT_SECURITY_POLICY.formAction,
          ...(deps.identityProviderOrigin ? [deps.identityProviderOrigin] : []),
        ],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS means something only over HTTPS; sent over plain http it would pin a development host (localhost).
    strictTransportSecurity: deps.strictTransportSecurity
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    // The CSP's frame-ancestors 'none' governs framing; X-Frame-Options: SAMEORIGIN would say otherwise.
    xFrameOptions: false,
  });
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
  });
  // Dynamic responses (HTML, API, remote files) at a brotli quality that costs about what gzip does;
  // the shell's static files come precompressed at the highest quality from the build.
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  const secret = deps.sessionSecret ?? randomBytes(32).toString('hex');
  await app.register(fastifyCookie, { secret });
  // Plain HTML forms (logout) work without JavaScript.
  await app.register(fastifyFormbody, { bodyLimit: 4096 });
  await registerCsrf(app, { secure: deps.secureCookies, hmacKey: secret });
  await app.register(fastifyRateLimit, {
    global: false,
    // Counters in Redis when replicas share them. If Redis fails, requests pass unlimited (and it is logged) rather
    // than every limited route answering 500.
    ...(deps.rateLimitRedis ? { redis: deps.rateLimitRedis, skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'rate-limited',
      message: `Too many requests; try again in ${context.after}.`,
    }),
  });

  app.get('/api/csrf-token', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { token: csrfTokenFor(request, reply) };
  });
}

import { createHash } from 'node:crypto';
import { COOKIES, hostCookieName } from '@czp/contract';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_MESSAGE = 'The security token of this form is missing or expired. Reload the page and try again.';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The publishing API authenticates by a bearer token only, never by a cookie, so a cross-site request has nothing
 * to ride on: its routes need no CSRF token.
 */
const BEARER_ONLY_ROUTES = /^\/api\/publisher\//;

/**
 * Does this request need the CSRF token? Decided by the route the router matched (its pattern, as registered),
 * never by the request's raw target: the router decodes `/%61pi/…` to `/api/…`, reads the path of an absolute-form
 * `PUT http://host/api/…` and so on, so a test of the raw text would let those through to the same handler.
 * Every mutating request needs it (also one no route matched), except those the router gave a bearer-only route.
 */
function needsCsrfToken(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return MUTATING.has(request.method) && !(route !== undefined && BEARER_ONLY_ROUTES.test(route));
}

/** The signed CSRF secret's cookie: `__Host-czp_csrf` over HTTPS. */
function csrfCookieName(secure: boolean): string {
  return hostCookieName(COOKIES.csrf, secure);
}

/**
 * What a token is bound to: the session the browser holds (a digest of its cookie), so a token issued before a login,
 * or to another session, is worth nothing in this one.
 */
function sessionBinding(request: FastifyRequest, secure: boolean): string {
  const session = request.cookies[hostCookieName(COOKIES.session, secure)];
  // Never empty: the token library treats an empty binding as none at all, and refuses it.
  return session ? createHash('sha256').update(session).digest('base64url') : 'no-session';
}

/** A CSRF token for this request's browser and session (the page's boot data and /api/csrf-token hand it out). */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  return reply.generateCsrf({ userInfo: sessionBinding(request, request.server.csrfSecureCookies) });
}

/**
 * A new CSRF secret at the next token (login and logout call it): what a page learnt before is worth nothing after.
 */
export function rotateCsrfSecret(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(csrfCookieName(secure), { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

declare module 'fastify' {
  interface FastifyInstance {
    csrfSecureCookies: boolean;
  }
}

/**
 * Every mutating call carries the CSRF token of the signed-cookie secret (header `x-csrf-token`, or the `_csrf`
 * field of a plain form), bound to the browser's session, except the bearer-token publishing API.
 */
export async function registerCsrf(app: FastifyInstance, options: { secure: boolean; hmacKey: string }): Promise<void> {
  const { secure } = options;
  app.decorate('csrfSecureCookies', secure);
  await app.register(fastifyCsrf, {
    cookieKey: csrfCookieName(secure),
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true, secure },
    csrfOpts: { hmacKey: options.hmacKey },
    getUserInfo: (request) => sessionBinding(request, secure),
    // The header for fetch calls; the `_csrf` field for plain forms.
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      if (header) return Array.isArray(header) ? header[0] : header;
      const field = (request.body as { _csrf?: unknown } | undefined)?._csrf;
      return typeof field === 'string' ? field : undefined;
    },
  });
  // preHandler: after the body is parsed, so a plain form's `_csrf` field counts; before every route's own handlers.
  app.addHook('preHandler', (request, reply, done) => {
    if (needsCsrfToken(request)) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });
}

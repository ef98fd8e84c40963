import { COOKIES } from '@czp/contract';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance, FastifyRequest } from 'fastify';

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
export function needsCsrfToken(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return MUTATING.has(request.method) && !(route !== undefined && BEARER_ONLY_ROUTES.test(route));
}

/**
 * Every mutating call carries the CSRF token of the signed-cookie secret (header `x-csrf-token`, or the `_csrf`
 * field of a plain form), except the bearer-token publishing API.
 */
export async function registerCsrf(app: FastifyInstance, secureCookies: boolean): Promise<void> {
  await app.register(fastifyCsrf, {
    cookieKey: COOKIES.csrf,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', signed: true, secure: secureCookies },
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

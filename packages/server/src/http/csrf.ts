import { COOKIES } from '@czp/contract';
import fastifyCsrf from '@fastify/csrf-protection';
import type { FastifyInstance } from 'fastify';

export const CSRF_MESSAGE = 'The security token of this form is missing or expired. Reload the page and try again.';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every mutating API call carries the CSRF token of the signed-cookie secret. The publishing API is the exception:
 * it authenticates by a bearer token only, never by a cookie, so a cross-site request has nothing to ride on.
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
  app.addHook('onRequest', (request, reply, done) => {
    if (MUTATING.has(request.method) && /^\/api(\/|$)/.test(request.url) && !/^\/api\/publisher\//.test(request.url)) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });
}

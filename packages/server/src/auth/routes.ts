import { COOKIES, LEVELS_OF_ASSURANCE, type LoginError, safeReturnPath, satisfiesLevel } from '@czp/contract';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { rotateCsrfSecret } from '../http/csrf.js';
import { pickLocale } from '../http/locale.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { IdentityProvider } from './identity-provider.js';
import { beginLoginTransaction, LOGIN_TRANSACTION_TTL_MS, takeLoginTransaction } from './login-transactions.js';
import { identityOfPerson, setConsent, upsertPerson } from './persons.js';
import { cookieOptions, loginCookieName, type RequestSessions, sessionCookieName } from './request-session.js';

export interface AuthRouteDeps {
  db: Database;
  sessions: RequestSessions;
  identityProvider: IdentityProvider;
  /** The portal's public URL (no trailing slash): the redirect URIs registered at the provider start with it. */
  publicUrl: string;
  secureCookies: boolean;
  now: () => Date;
}

/** Registered at the identity provider: where it sends the citizen after login and after logout. */
export function redirectUris(publicUrl: string) {
  return { callback: `${publicUrl}/auth/callback`, afterLogout: `${publicUrl}/logged-out` };
}

const loginQuerySchema = z.object({
  returnTo: z.string().optional(),
  level: z.enum(LEVELS_OF_ASSURANCE, { error: 'level must be one of low, substantial, high' }).optional(),
});

const consentSchema = z.object({
  consent: z.enum(['given', 'declined'], { error: 'consent must be "given" or "declined"' }),
});

/** Login (authorization code + PKCE at the provider), the callback, logout, the session and the consent. */
export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const { db, sessions, identityProvider: provider, secureCookies: secure } = deps;
  const uris = redirectUris(deps.publicUrl);
  const loginCookie = loginCookieName(secure);
  const sessionCookie = sessionCookieName(secure);

  const failLogin = (reply: FastifyReply, error: LoginError, returnTo = '/') => {
    reply.clearCookie(loginCookie, cookieOptions(secure));
    const query = new URLSearchParams({ error });
    if (returnTo !== '/') query.set('returnTo', returnTo);
    return reply.code(303).header('Cache-Control', 'no-store').redirect(`/login?${query}`);
  };

  app.get('/auth/login', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const query = parseOrRefuse(loginQuerySchema, request.query ?? {}, 'query');
    // A stronger login while signed in (step-up): the provider is told whom to expect, and offers that person.
    const current = query.level ? await sessions.lookup(request, reply) : null;
    const signedIn = current?.status === 'active' ? await identityOfPerson(db, current.session.personId) : null;
    const { id, transaction } = await beginLoginTransaction(
      db,
      { returnTo: safeReturnPath(query.returnTo), level: query.level ?? null },
      deps.now(),
    );
    let url: URL;
    try {
      url = await provider.authorizationUrl({
        state: transaction.state,
        nonce: transaction.nonce,
        codeVerifier: transaction.codeVerifier,
        locale: pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']),
        ...(transaction.level ? { level: transaction.level } : {}),
        ...(signedIn ? { loginHint: signedIn.subject } : {}),
      });
    } catch (error) {
      request.log.error({ err: error }, 'the identity provider cannot be reached');
      throw new Refusal(
        503,
        'identity-provider-unavailable',
        'The identity provider cannot be reached right now. Try logging in again in a few minutes.',
      );
    }
    reply.setCookie(loginCookie, id, cookieOptions(secure, LOGIN_TRANSACTION_TTL_MS / 1000));
    return reply.code(303).header('Cache-Control', 'no-store').redirect(url.href);
  });

  app.get('/auth/callback', async (request, reply) => {
    const now = deps.now();
    const transaction = await takeLoginTransaction(db, request.cookies[loginCookie], now);
    const query = request.query as Record<string, unknown>;
    if (!transaction) {
      request.log.warn('login callback without a live login transaction (expired, replayed or forged)');
      return failLogin(reply, 'expired');
    }
    if (typeof query.error === 'string') {
      request.log.info({ error: query.error }, 'the identity provider did not log the citizen in');
      return failLogin(reply, query.error === 'access_denied' ? 'cancelled' : 'failed', transaction.returnTo);
    }
    let identity: Awaited<ReturnType<IdentityProvider['completeLogin']>>;
    try {
      const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      identity = await provider.completeLogin(new URL(`${uris.callback}${search}`), transaction);
    } catch (error) {
      request.log.warn({ err: error }, 'login callback refused');
      return failLogin(reply, 'failed', transaction.returnTo);
    }
    if (transaction.level && !satisfiesLevel(identity.level, transaction.level)) {
      request.log.warn({ wanted: transaction.level, got: identity.level }, 'login at a lower level than asked for');
      return failLogin(reply, 'level-too-low', transaction.returnTo);
    }
    const previous = await sessions.lookup(request, reply);
    if (previous.status === 'active') {
      const before = await identityOfPerson(db, previous.session.personId);
      const samePerson = before?.issuer === identity.issuer && before.subject === identity.subject;
      if (!samePerson && transaction.level) {
        // A step-up proves more about the person signed in; somebody else's login proves nothing about them.
        request.log.warn({ person: previous.session.personId }, 'step-up refused: another person logged in');
        return failLogin(reply, 'different-person', transaction.returnTo);
      }
    }
    const person = await upsertPerson(db, identity);
    // Whatever session this browser had is gone (another person's too); the new one gets a new id (no session
    // fixation).
    await sessions.store.destroy(request.cookies[sessionCookie]);
    const created = await sessions.store.create(
      { personId: person.id, level: identity.level, idToken: identity.idToken },
      now,
    );
    request.log.info({ person: person.id, level: identity.level }, 'citizen logged in');
    reply.clearCookie(loginCookie, cookieOptions(secure));
    reply.setCookie(sessionCookie, created.id, cookieOptions(secure));
    rotateCsrfSecret(reply, secure);
    const next =
      person.consent === 'pending'
        ? `/consent?${new URLSearchParams({ returnTo: transaction.returnTo })}`
        : transaction.returnTo;
    return reply.code(303).header('Cache-Control', 'no-store').redirect(next);
  });

  app.post('/auth/logout', async (request, reply) => {
    const lookup = await sessions.lookup(request, reply);
    const idToken = lookup.status === 'active' ? lookup.session.idToken : null;
    await sessions.store.destroy(request.cookies[sessionCookie]);
    reply.clearCookie(sessionCookie, cookieOptions(secure));
    rotateCsrfSecret(reply, secure);
    let target = '/logged-out';
    if (lookup.status === 'active') {
      try {
        target = (await provider.logoutUrl(idToken, uris.afterLogout))?.href ?? target;
      } catch (error) {
        // The portal's session is gone either way; the provider's ends on its own.
        request.log.warn({ err: error }, 'could not reach the identity provider to log out there too');
      }
    }
    return reply.code(303).header('Cache-Control', 'no-store').redirect(target);
  });

  app.get('/api/session', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return sessions.view(await sessions.lookup(request, reply), provider.development);
  });

  /** "Stay logged in": restarts the idle clock. */
  app.post('/api/session/extend', { preHandler: sessions.guard() }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const session = await sessions.active(request, reply);
    return sessions.view(session ? { status: 'active', session } : { status: 'none' }, provider.development);
  });

  app.post('/api/consent', { preHandler: sessions.guard() }, async (request, reply) => {
    const { consent } = parseOrRefuse(consentSchema, request.body ?? {});
    const session = await sessions.active(request, reply);
    if (!session) throw new Refusal(401, 'signed-out', 'Log in to continue.');
    await setConsent(db, session.personId, consent);
    request.log.info({ person: session.personId, consent }, 'consent recorded');
    return { consent };
  });
}

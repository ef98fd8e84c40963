import type { LevelOfAssurance, SessionView } from '@czp/contract';
import { COOKIES, hostCookieName, satisfiesLevel } from '@czp/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Refusal } from '../http/refusal.js';
import type { Session, SessionLookup, SessionStore } from './sessions.js';

/** `__Host-` pins the cookie to this exact origin and path /, but browsers accept it only over HTTPS. */
export function sessionCookieName(secure: boolean): string {
  return hostCookieName(COOKIES.session, secure);
}
export function loginCookieName(secure: boolean): string {
  return hostCookieName(COOKIES.login, secure);
}

/**
 * httpOnly: scripts (also a remote's) never see it. SameSite=Lax: sent when the identity provider sends the citizen
 * back (a top-level navigation from another site), never on cross-site POSTs; CSRF tokens guard the rest.
 */
export function cookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
  };
}

export type ActiveSession = Session & { id: string };

/** Finds (once per request) the session of a request, and clears the cookie of one that has expired or is unknown. */
export class RequestSessions {
  private readonly cache = new WeakMap<FastifyRequest, Promise<SessionLookup & { id?: string }>>();
  private readonly touched = new WeakMap<FastifyRequest, Promise<ActiveSession | null>>();

  constructor(
    readonly store: SessionStore,
    private readonly secure: boolean,
    private readonly now: () => Date,
  ) {}

  lookup(request: FastifyRequest, reply: FastifyReply): Promise<SessionLookup & { id?: string }> {
    let found = this.cache.get(request);
    if (!found) {
      const id = request.cookies[sessionCookieName(this.secure)];
      found = this.store.find(id, this.now()).then((lookup) => {
        if (lookup.status !== 'active' && id !== undefined) {
          reply.clearCookie(sessionCookieName(this.secure), cookieOptions(this.secure));
        }
        return lookup.status === 'active' ? { ...lookup, id } : lookup;
      });
      this.cache.set(request, found);
    }
    return found;
  }

  /**
   * The session, with its idle clock restarted (once per request): for requests a citizen made (pages, API calls),
   * not for polling.
   */
  active(request: FastifyRequest, reply: FastifyReply): Promise<ActiveSession | null> {
    let touched = this.touched.get(request);
    if (!touched) {
      touched = this.lookup(request, reply).then(async (lookup) => {
        if (lookup.status !== 'active' || !lookup.id) return null;
        const session = await this.store.touch(lookup.id, lookup.session, this.now());
        reply.header('X-Session-Expires-At', session.expiresAt.toISOString());
        return { ...session, id: lookup.id };
      });
      this.touched.set(request, touched);
    }
    return touched;
  }

  view(lookup: SessionLookup, developmentIdentityProvider: boolean): SessionView {
    const session = lookup.status === 'active' ? lookup.session : null;
    return {
      person: session ? { id: session.personId, name: session.name, levelOfAssurance: session.level } : null,
      consent: session ? session.consent : null,
      expiresAt: session ? session.expiresAt.toISOString() : null,
      idleTimeoutSeconds: Math.round(this.store.policy.idleTimeoutMs / 1000),
      developmentIdentityProvider,
    };
  }

  /**
   * A preHandler for personal API routes: 401 without a (live) session, 403 when the level is too low or the citizen
   * has not consented to the processing of their data.
   */
  guard(options: { level?: LevelOfAssurance; consent?: boolean } = {}) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const lookup = await this.lookup(request, reply);
      if (lookup.status === 'expired') {
        throw new Refusal(
          401,
          'session-expired',
          `Your session ended after ${Math.round(this.store.policy.idleTimeoutMs / 60000)} minutes without activity. Log in again.`,
        );
      }
      if (lookup.status !== 'active') {
        throw new Refusal(401, 'signed-out', 'Log in to continue.');
      }
      if (!satisfiesLevel(lookup.session.level, options.level)) {
        throw new Refusal(
          403,
          'level-too-low',
          `This needs a ${options.level} level of assurance; you logged in with ${lookup.session.level}. Log in again with a stronger method.`,
        );
      }
      if (options.consent && lookup.session.consent !== 'given') {
        throw new Refusal(
          403,
          'consent-required',
          'This needs your consent to the processing of your personal data. You can give it in the portal.',
        );
      }
      await this.active(request, reply);
    };
  }
}

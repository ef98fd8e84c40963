import { type BootData, COOKIES, themeOf } from '@czp/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityProvider } from '../auth/identity-provider.js';
import type { RequestSessions } from '../auth/request-session.js';
import { loadCatalogue } from '../catalogue/serving/catalogue.js';
import type { Queryable } from '../db/database.js';
import { pickLocale } from '../http/locale.js';
import { listMyServices } from '../my-services/store.js';

export interface BootDataDeps {
  db: Queryable;
  sessions: RequestSessions;
  identityProvider: IdentityProvider;
  version: string;
}

/** What the page carries so the first paint needs no API round trip, and the request's preferences for the render. */
export async function bootDataOf(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: BootDataDeps,
): Promise<{ boot: BootData; preferences: { cookieNoticeDismissed: boolean; theme: ReturnType<typeof themeOf> } }> {
  const { db, sessions } = deps;
  const catalogue = await loadCatalogue(db);
  const locale = pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']);
  const session = await sessions.active(request, reply);
  const sessionView = sessions.view(
    session ? { status: 'active', session } : await sessions.lookup(request, reply),
    deps.identityProvider.development,
  );
  return {
    boot: {
      catalogue,
      locale,
      csrfToken: reply.generateCsrf(),
      version: deps.version,
      session: sessionView,
      myServices: session ? await listMyServices(db, session.personId) : [],
      cspNonce: reply.cspNonce.script,
    },
    preferences: {
      cookieNoticeDismissed: request.cookies[COOKIES.cookieNotice] === '1',
      theme: themeOf(request.cookies[COOKIES.theme]),
    },
  };
}

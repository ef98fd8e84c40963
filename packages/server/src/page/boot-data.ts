import { type BootData, type Catalogue, COOKIES, themeOf } from '@czp/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IdentityProvider } from '../auth/identity-provider.js';
import type { RequestSessions } from '../auth/request-session.js';
import { catalogueCacheOf } from '../catalogue/serving/catalogue-cache.js';
import type { Queryable } from '../db/database.js';
import { csrfTokenFor } from '../http/csrf.js';
import { pickLocale } from '../http/locale.js';
import { isDatabaseUnavailable } from '../http/unavailable.js';
import { listMyServices } from '../my-services/store.js';
import { previewOfPage } from '../preview/page.js';

export interface BootDataDeps {
  db: Queryable;
  sessions: RequestSessions;
  identityProvider: IdentityProvider;
  version: string;
}

type Preferences = { cookieNoticeDismissed: boolean; theme: ReturnType<typeof themeOf> };

/** The page's data, and the catalogue version it was drawn from (none while the database is away). */
export interface PageData {
  boot: BootData;
  preferences: Preferences;
  catalogueVersion: string | null;
}

/**
 * What the page carries so the first paint needs no API round trip, and the request's preferences for the render.
 * Keeps the last catalogue it loaded: while the database is away, pages are drawn from it (`unavailable`).
 */
export class BootDataSource {
  private lastGoodCatalogue: Catalogue = { services: [] };

  constructor(private readonly deps: BootDataDeps) {}

  async of(request: FastifyRequest, reply: FastifyReply): Promise<PageData> {
    const { db, sessions } = this.deps;
    let catalogue: Catalogue;
    let catalogueVersion: string;
    try {
      // Read once per catalogue version (catalogue-cache.ts), as GET /api/catalogue serves it.
      ({ catalogue, version: catalogueVersion } = await catalogueCacheOf(db).get());
      this.lastGoodCatalogue = catalogue;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      request.log.warn({ err: error }, 'the database cannot be reached: the page shows the last good catalogue');
      return this.unavailable(request, reply);
    }
    const session = await sessions.active(request, reply);
    const sessionView = sessions.view(
      session ? { status: 'active', session } : await sessions.lookup(request, reply),
      this.deps.identityProvider.development,
    );
    return {
      boot: {
        ...this.common(request, reply),
        catalogue,
        session: sessionView,
        myServices: session ? await listMyServices(db, session.personId) : [],
        ...previewOfPage(request, reply, catalogue),
      },
      preferences: preferencesOf(request),
      catalogueVersion,
    };
  }

  /** The page while the database is away: the last good catalogue, nobody signed in (the cookie stays as it is). */
  unavailable(request: FastifyRequest, reply: FastifyReply): PageData {
    return {
      boot: {
        ...this.common(request, reply),
        catalogue: this.lastGoodCatalogue,
        session: this.deps.sessions.view({ status: 'none' }, this.deps.identityProvider.development),
        myServices: [],
        unavailable: true,
        ...previewOfPage(request, reply, this.lastGoodCatalogue),
      },
      preferences: preferencesOf(request),
      catalogueVersion: null,
    };
  }

  private common(request: FastifyRequest, reply: FastifyReply) {
    return {
      locale: pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']),
      csrfToken: csrfTokenFor(request, reply),
      version: this.deps.version,
      cspNonce: reply.cspNonce.script,
    };
  }
}

function preferencesOf(request: FastifyRequest): Preferences {
  return {
    cookieNoticeDismissed: request.cookies[COOKIES.cookieNotice] === '1',
    theme: themeOf(request.cookies[COOKIES.theme]),
  };
}

import { COOKIES, type Locale, NOTIFICATIONS_API } from '@czp/contract';
import {
  notificationChoicesSchema,
  notificationIdParamsSchema,
  notificationsQuerySchema,
} from '@czp/contract/api-schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import { pickLocale } from '../http/locale.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import {
  effectiveSettings,
  listNotifications,
  markAllRead,
  markRead,
  rememberLocale,
  unreadCount,
  writeChoices,
} from './store.js';

export interface NotificationRouteDeps {
  db: Database;
  sessions: RequestSessions;
  now: () => Date;
}

const localeOfRequest = (request: FastifyRequest): Locale =>
  pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']);

/**
 * The centre's API under /api/notifications, for a signed-in citizen who consented (401 / 403 consent-required
 * otherwise); mutations need the CSRF token (the global check). Every answer is the person's own: another person's id is
 * 404, as an unknown one. Each request remembers the request's language as the one e-mail and SMS go out in.
 */
export function registerNotificationRoutes(app: FastifyInstance, deps: NotificationRouteDeps): void {
  const { db, sessions, now } = deps;
  const guard = sessions.guard({ consent: true });

  type Context = { personId: string; request: FastifyRequest };
  const handle =
    (handler: (context: Context) => Promise<unknown>) => async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'private, no-store');
      const personId = (await sessions.active(request, reply))?.personId;
      if (!personId) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      await rememberLocale(db, personId, localeOfRequest(request));
      return handler({ personId, request });
    };

  /**
   * The header polls the count: the session is checked but its idle clock is not restarted (a tab left open must not
   * keep a citizen signed in for ever), unlike every request the citizen makes.
   */
  const pollGuard = async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('Cache-Control', 'private, no-store');
    const lookup = await sessions.lookup(request, reply);
    if (lookup.status !== 'active') {
      throw new Refusal(401, lookup.status === 'expired' ? 'session-expired' : 'signed-out', 'Log in to continue.');
    }
    if (lookup.session.consent !== 'given') {
      throw new Refusal(
        403,
        'consent-required',
        'This needs your consent to the processing of your personal data. You can give it in the portal.',
      );
    }
    return lookup.session.personId;
  };

  const idOf = (request: FastifyRequest) => {
    const parsed = notificationIdParamsSchema.safeParse(request.params);
    // A malformed id is as unknown as another person's.
    if (!parsed.success) throw new Refusal(404, 'not-found', 'There is no such notification.');
    return parsed.data.id;
  };

  void app.register(
    async (scope) => {
      scope.get(
        '/',
        { preHandler: guard },
        handle(async ({ personId, request }) => {
          const { page } = parseOrRefuse(notificationsQuerySchema, request.query ?? {}, 'query');
          return listNotifications(db, personId, page);
        }),
      );
      scope.get('/unread-count', async (request, reply) => {
        const personId = await pollGuard(request, reply);
        await rememberLocale(db, personId, localeOfRequest(request));
        return { unread: await unreadCount(db, personId) };
      });
      scope.post(
        '/:id/read',
        { preHandler: guard },
        handle(async ({ personId, request }) => {
          const notification = await markRead(db, personId, idOf(request), now());
          return { notification, unread: await unreadCount(db, personId) };
        }),
      );
      scope.post(
        '/read-all',
        { preHandler: guard },
        handle(async ({ personId }) => {
          await markAllRead(db, personId, now());
          return { unread: await unreadCount(db, personId) };
        }),
      );
      scope.get(
        '/settings',
        { preHandler: guard },
        handle(async ({ personId }) => effectiveSettings(db, personId)),
      );
      scope.put(
        '/settings',
        { preHandler: guard },
        handle(async ({ personId, request }) => {
          const choices = parseOrRefuse(notificationChoicesSchema, request.body ?? {}, 'settings');
          return db.transaction((tx) => writeChoices(tx, personId, choices, localeOfRequest(request)));
        }),
      );
    },
    { prefix: NOTIFICATIONS_API },
  );
}

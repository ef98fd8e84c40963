import { type Conversation, SUBMISSIONS_API } from '@czp/contract';
import { submissionIdParamsSchema } from '@czp/contract/api-schemas';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { RequestSessions } from '../auth/request-session.js';
import { type DataBoxRegister, everyoneHasABox } from '../data-box/box-register.js';
import { boxOfPerson } from '../data-box/boxes.js';
import { NO_DATA_BOX_MESSAGE } from '../data-box/errors.js';
import { readConversation } from '../data-box/store.js';
import { Refusal } from '../http/refusal.js';
import { notFound, readSubmission, type SubmissionsContext } from './store.js';

/** PODÁNÍ's remote (service id `submissions`) reaches only its own service API: the citizen's routes are there too. */
const SUBMISSIONS_SECTION_API = '/api/services/submissions/submissions';

export interface SectionRouteDeps {
  context: SubmissionsContext;
  sessions: RequestSessions;
  /** Who has a data box when the data box feature is not there (its runtime's register is read at each request). */
  dataBoxRegister?: DataBoxRegister | undefined;
}

/** `/api/submissions…` → `/api/services/submissions/submissions…`; null for any other route. */
export function sectionUrl(url: string): string | null {
  if (url !== SUBMISSIONS_API && !url.startsWith(`${SUBMISSIONS_API}/`)) return null;
  return SUBMISSIONS_SECTION_API + url.slice(SUBMISSIONS_API.length);
}

/**
 * The citizen's submissions API (routes.ts: list, detail, attachments, withdraw, supplement) again below
 * /api/services/submissions/, where the PODÁNÍ remote's API client is confined (remote-props.ts ServiceApiClient).
 * Each alias is the same route — its handler, its guard (session, consent), its scope's multipart parser and CSRF —
 * made when the original is, so the two cannot drift apart. Registered before the citizen routes (onRoute sees only
 * routes added after it). A static path, so Fastify matches it before `/api/services/:serviceId/submissions`.
 *
 * Plus one route of its own: the submission's conversation in the citizen's data box, so PODÁNÍ can show it and link
 * to its messages in the data box (the data box's API is the data-box remote's namespace, not this one's).
 */
export function registerSectionRoutes(app: FastifyInstance, deps: SectionRouteDeps): void {
  app.addHook('onRoute', function alias(this: FastifyInstance, route: RouteOptions) {
    // A GET's HEAD twin is made again for the alias by Fastify itself.
    if (route.method === 'HEAD') return;
    const url = sectionUrl(route.url);
    if (!url) return;
    const {
      path: _path,
      prefix: _prefix,
      routePath: _routePath,
      ...options
    } = route as RouteOptions & {
      path?: string;
      prefix?: string;
      routePath?: string;
    };
    this.route({ ...options, url });
  });

  const { context, sessions } = deps;
  // As the citizen routes read it: start.ts and tests may replace the data box's register after building the app.
  const register = () =>
    app.hasDecorator('dataBox') ? app.dataBox.register : (deps.dataBoxRegister ?? everyoneHasABox);
  app.get(
    `${SUBMISSIONS_SECTION_API}/:id/conversation`,
    { preHandler: sessions.guard({ consent: true }) },
    async (request, reply): Promise<Conversation> => {
      reply.header('Cache-Control', 'private, no-store');
      const session = await sessions.active(request, reply);
      if (!session) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      const params = submissionIdParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound();
      // Another citizen's submission is as unknown as none (404), whatever its conversation holds.
      const submission = await readSubmission(context.db, { personId: session.personId }, params.data.id);
      const boxId = await boxOfPerson(context.db, session.personId, register());
      if (!boxId) throw new Refusal(403, 'no-data-box', NO_DATA_BOX_MESSAGE);
      return readConversation(context.db, boxId, submission.conversationId);
    },
  );
}

import { PUBLISHER_SUBMISSIONS_API, type PublisherSubmissionList } from '@czp/contract';
import { statusChangeSchema, submissionIdParamsSchema, submissionsQuerySchema } from '@czp/contract/api-schemas';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authenticate } from '../catalogue/publisher-api/tokens.js';
import type { IncomingAttachment } from '../data-box/upload.js';
import { MULTIPART_LIMITS, readMessageForm } from '../data-box/upload.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import { localizedNote, sendFile } from './http.js';
import {
  changeState,
  listSubmissions,
  notFound,
  readSubmission,
  readSubmissionAttachment,
  type SubmissionsContext,
} from './store.js';

export interface PublisherRouteDeps {
  context: SubmissionsContext;
  jobs: JobQueue;
}

/** Per route and client address, as the rest of the publishing API. */
const RATE_LIMIT = { config: { rateLimit: { max: 120, timeWindow: '1 minute' } } };
const attachmentParamsSchema = z.object({ id: z.uuid(), position: z.coerce.number().int().min(0).max(1000) });

/**
 * The issuer's side: its submissions, one with its files, and changing its state, with the token it publishes with.
 * A token sees only its own issuer's submissions: another issuer's is 404 by id and 403 by service. Bearer only, so
 * no CSRF token (the HTTP layer exempts /api/publisher/).
 */
export function registerPublisherRoutes(app: FastifyInstance, deps: PublisherRouteDeps): void {
  const { context } = deps;
  const { db } = context;
  const issuers = new WeakMap<FastifyRequest, string>();
  const issuerOf = (request: FastifyRequest) => {
    const issuerId = issuers.get(request);
    if (!issuerId) throw new Error('a submissions route of the publishing API ran without a token');
    return issuerId;
  };
  const idOf = (request: FastifyRequest) => {
    const parsed = submissionIdParamsSchema.safeParse(request.params);
    if (!parsed.success) throw notFound();
    return parsed.data.id;
  };

  void app.register(
    async (scope) => {
      await scope.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
      // Before a body is read: an unknown caller never gets an upload parsed.
      scope.addHook('preParsing', async (request, reply, payload) => {
        const result = await authenticate(db, request.headers.authorization, context.now());
        if (!result.ok) {
          reply.header('WWW-Authenticate', 'Bearer realm="czp-publisher"');
          throw new Refusal(401, result.code, result.message);
        }
        issuers.set(request, result.issuerId);
        return payload;
      });
      scope.addHook('onSend', async (_request, reply, payload) => {
        reply.header('Cache-Control', 'no-store');
        return payload;
      });

      scope.get('', RATE_LIMIT, async (request): Promise<PublisherSubmissionList> => {
        const issuerId = issuerOf(request);
        const filters = parseOrRefuse(submissionsQuerySchema, request.query ?? {}, 'query');
        if (filters.service) {
          const [service] = await db.query<{ issuer_id: string }>('select issuer_id from services where id = $1', [
            filters.service,
          ]);
          if (service && service.issuer_id !== issuerId) {
            throw new Refusal(
              403,
              'issuer-mismatch',
              `This token belongs to ${issuerId}; the service ${filters.service} is published by another issuer`,
              'service',
            );
          }
        }
        return { issuerId, submissions: await listSubmissions(db, { issuerId }, filters) };
      });

      scope.get('/:id', RATE_LIMIT, async (request) => {
        const { actions: _, ...detail } = await readSubmission(db, { issuerId: issuerOf(request) }, idOf(request));
        return detail;
      });

      scope.get('/:id/attachments/:position', RATE_LIMIT, async (request, reply) => {
        const params = attachmentParamsSchema.safeParse(request.params);
        if (!params.success) throw notFound();
        const file = await readSubmissionAttachment(
          db,
          context.store,
          { issuerId: issuerOf(request) },
          params.data.id,
          params.data.position,
        );
        if (!file) throw notFound();
        return sendFile(reply, file);
      });

      scope.post('/:id/status', RATE_LIMIT, async (request) => {
        const issuerId = issuerOf(request);
        const id = idOf(request);
        // JSON { status, note }, or a form with the same fields (note, or note.cs and note.en) and files as attachments.
        let body: unknown = request.body ?? {};
        let attachments: IncomingAttachment[] = [];
        if (request.isMultipart()) {
          const form = await readMessageForm(request);
          const { status, note, 'note.cs': cs, 'note.en': en, deadline } = form.fields;
          body = {
            status,
            ...(cs !== undefined || en !== undefined ? { note: { cs: cs ?? '', en: en ?? '' } } : { note }),
            ...(deadline !== undefined ? { deadline } : {}),
          };
          attachments = form.attachments;
        }
        const change = parseOrRefuse(statusChangeSchema, body, 'request body');
        const result = await changeState(context, {
          viewer: { issuerId },
          submissionId: id,
          to: change.status,
          actor: 'authority',
          note: localizedNote(change.note),
          attachments,
          ...(change.deadline ? { deadline: change.deadline } : {}),
        });
        deps.jobs.notify();
        return {
          ...result,
          message: `The submission ${result.submission.reference} is now ${change.status} (it was ${result.previousState}); the citizen has it in the data box.`,
        };
      });
    },
    { prefix: PUBLISHER_SUBMISSIONS_API },
  );
}

import {
  type LevelOfAssurance,
  SERVICE_SUBMISSIONS_PATH,
  type ServiceMetadata,
  SUBMISSIONS_API,
  type SubmissionDetail,
  type SubmissionTypeDeclaration,
  satisfiesLevel,
  serviceIdSchema,
} from '@czp/contract';
import {
  submissionFieldsSchema,
  submissionIdParamsSchema,
  submissionsQuerySchema,
  supplementFieldsSchema,
} from '@czp/contract/api-schemas';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { RequestSessions } from '../auth/request-session.js';
import type { DataBoxRegister } from '../data-box/box-register.js';
import { boxOfPerson } from '../data-box/boxes.js';
import { NO_DATA_BOX_MESSAGE } from '../data-box/errors.js';
import { MULTIPART_LIMITS, readMessageForm } from '../data-box/upload.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import { localizedNote, sendFile } from './http.js';
import {
  changeState,
  createSubmission,
  listSubmissions,
  notFound,
  readSubmission,
  readSubmissionAttachment,
  type SubmissionsContext,
} from './store.js';
import { activeService, checkAttachments, declarationOf, validateData } from './validate.js';

export interface CitizenRouteDeps {
  context: SubmissionsContext;
  sessions: RequestSessions;
  jobs: JobQueue;
  /** Who has a data box (read at each request: the data box's runtime may be replaced after the routes are made). */
  register: () => DataBoxRegister;
}

const serviceParamsSchema = z.object({ serviceId: z.string().pipe(serviceIdSchema) });
const attachmentParamsSchema = z.object({ id: z.uuid(), position: z.coerce.number().int().min(0).max(1000) });

/** The citizen's view: the same as the issuer's, less who submitted it (the citizen knows). */
function citizenView(detail: SubmissionDetail & { citizen: unknown }): SubmissionDetail {
  const { citizen: _, ...view } = detail;
  return view;
}

/**
 * The citizen's submissions: sending one to a service (below the service's API, the namespace its remote may reach),
 * and PODÁNÍ's list, detail, withdrawal and supplement under /api/submissions/. Personal data: session and the portal
 * consent (guard), CSRF on every POST (the HTTP layer), and another citizen's submission is as unknown as none (404).
 */
export function registerCitizenRoutes(app: FastifyInstance, deps: CitizenRouteDeps): void {
  const { context, sessions } = deps;
  const { db } = context;

  type Citizen = { personId: string; level: LevelOfAssurance };
  const citizen = async (request: FastifyRequest, reply: FastifyReply): Promise<Citizen> => {
    reply.header('Cache-Control', 'private, no-store');
    const session = await sessions.active(request, reply);
    if (!session) throw new Refusal(401, 'signed-out', 'Log in to continue.');
    return { personId: session.personId, level: session.level };
  };
  const idOf = (request: FastifyRequest) => {
    const parsed = submissionIdParamsSchema.safeParse(request.params);
    if (!parsed.success) throw notFound();
    return parsed.data.id;
  };
  const boxOf = async (personId: string) => {
    const boxId = await boxOfPerson(db, personId, deps.register());
    // A submission travels as a data message: without a box there is nothing to send it from.
    if (!boxId) throw new Refusal(403, 'no-data-box', NO_DATA_BOX_MESSAGE);
    return boxId;
  };
  /** The declared type a submission was made under (its version's metadata), for the files of a supplement. */
  const declarationOfSubmission = async (personId: string, id: string): Promise<SubmissionTypeDeclaration | null> => {
    const [row] = await db.query<{ metadata: ServiceMetadata; type_id: string }>(
      `select v.metadata, su.type_id from submissions su
       join service_versions v on v.service_id = su.service_id and v.version = su.service_version
       where su.id = $1 and su.person_id = $2`,
      [id, personId],
    );
    if (!row) throw notFound();
    return row.metadata.submissions?.find((declaration) => declaration.id === row.type_id) ?? null;
  };

  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
    const guard = { preHandler: sessions.guard({ consent: true }) };

    scope.post(`/api/services/:serviceId${SERVICE_SUBMISSIONS_PATH}`, guard, async (request, reply) => {
      const { personId, level } = await citizen(request, reply);
      const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params);
      const service = await activeService(db, serviceId);
      if (!satisfiesLevel(level, service.requiredLevel)) {
        throw new Refusal(
          403,
          'level-too-low',
          `This service needs a ${service.requiredLevel} level of assurance; you logged in with ${level}. Log in again with a stronger method.`,
        );
      }
      const form = await readMessageForm(request);
      const fields = parseOrRefuse(submissionFieldsSchema, form.fields);
      const declaration = declarationOf(service, fields.type);
      // Everything is checked before anything is stored: a refusal leaves no trace.
      const data = validateData(service, declaration, fields.data);
      checkAttachments(declaration, form.attachments);
      const boxId = await boxOf(personId);
      const { id, created } = await createSubmission(context, {
        personId,
        boxId,
        serviceId,
        serviceVersion: service.version,
        issuerId: service.issuerId,
        declaration,
        data,
        attachments: form.attachments,
        idempotencyKey: fields.idempotencyKey,
      });
      deps.jobs.notify();
      if (!created) reply.header('Idempotent-Replayed', 'true');
      const detail = citizenView(await readSubmission(db, { personId }, id));
      return reply.code(created ? 201 : 200).send(detail);
    });

    scope.get(`/api/services/:serviceId${SERVICE_SUBMISSIONS_PATH}`, guard, async (request, reply) => {
      const { personId } = await citizen(request, reply);
      const { serviceId } = parseOrRefuse(serviceParamsSchema, request.params);
      const list = await listSubmissions(db, { personId }, { service: serviceId });
      return { submissions: list.map(({ citizen: _, ...summary }) => summary) };
    });

    scope.get(SUBMISSIONS_API, guard, async (request, reply) => {
      const { personId } = await citizen(request, reply);
      const filters = parseOrRefuse(submissionsQuerySchema, request.query ?? {}, 'query');
      const list = await listSubmissions(db, { personId }, filters);
      return { submissions: list.map(({ citizen: _, ...summary }) => summary) };
    });

    scope.get(`${SUBMISSIONS_API}/:id`, guard, async (request, reply) => {
      const { personId } = await citizen(request, reply);
      return citizenView(await readSubmission(db, { personId }, idOf(request)));
    });

    scope.get(`${SUBMISSIONS_API}/:id/attachments/:position`, guard, async (request, reply) => {
      const { personId } = await citizen(request, reply);
      const params = attachmentParamsSchema.safeParse(request.params);
      if (!params.success) throw notFound();
      const file = await readSubmissionAttachment(
        db,
        context.store,
        { personId },
        params.data.id,
        params.data.position,
      );
      if (!file) throw notFound();
      return sendFile(reply, file);
    });

    scope.post(`${SUBMISSIONS_API}/:id/withdraw`, guard, async (request, reply) => {
      const { personId } = await citizen(request, reply);
      const id = idOf(request);
      const { note } = parseOrRefuse(supplementFieldsSchema, request.body ?? {});
      const result = await changeState(context, {
        viewer: { personId },
        submissionId: id,
        to: 'withdrawn',
        actor: 'citizen',
        note: localizedNote(note),
        attachments: [],
      });
      deps.jobs.notify();
      return { ...result, message: `The submission ${result.submission.reference} was withdrawn.` };
    });

    scope.post(`${SUBMISSIONS_API}/:id/supplement`, guard, async (request, reply) => {
      const { personId } = await citizen(request, reply);
      const id = idOf(request);
      const declaration = await declarationOfSubmission(personId, id);
      const form = await readMessageForm(request);
      const { note } = parseOrRefuse(supplementFieldsSchema, form.fields);
      if (!note && form.attachments.length === 0) {
        throw new Refusal(400, 'validation', 'Write what you add, or attach a file', 'note');
      }
      if (declaration && form.attachments.length > 0) checkAttachments(declaration, form.attachments);
      const result = await changeState(context, {
        viewer: { personId },
        submissionId: id,
        to: 'supplemented',
        actor: 'citizen',
        note: localizedNote(note),
        attachments: form.attachments,
      });
      deps.jobs.notify();
      return { ...result, message: `The submission ${result.submission.reference} was supplemented.` };
    });
  });
}

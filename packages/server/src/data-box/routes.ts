import { COOKIES, DATA_BOX_API_PREFIX } from '@czp/contract';
import {
  attachmentParamsSchema,
  dataBoxIdParamsSchema,
  folderQuerySchema,
  messageFieldsSchema,
  notificationsSchema,
} from '@czp/contract/api-schemas';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import { pickLocale } from '../http/locale.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import { rememberLocale } from '../notifications/store.js';
import { type AttachmentStore, databaseAttachmentStore } from './attachments.js';
import { type Authorities, portalAuthorities } from './authorities.js';
import { registerAutomat, systemNotice } from './automat.js';
import { type DataBoxRegister, everyoneHasABox } from './box-register.js';
import { boxOfPerson, listRecipients } from './boxes.js';
import { NO_DATA_BOX_MESSAGE, notFound } from './errors.js';
import {
  logNotifier,
  type Notifier,
  type NotifierLogger,
  readNotificationSettings,
  writeNotificationSettings,
} from './notifier.js';
import { storageOf } from './quota.js';
import {
  boxSummary,
  createMessage,
  deleteDraft,
  listMessages,
  readAttachment,
  readConversation,
  readMessage,
  sendDraft,
  unreadCount,
  updateDraft,
} from './store.js';
import { MULTIPART_LIMITS, readMessageForm } from './upload.js';

export interface DataBoxRouteDeps {
  db: Database;
  sessions: RequestSessions;
  /** The durable job queue: the automatic replies and the arrival notices are its jobs. */
  jobs: JobQueue;
  now?: () => Date;
  /** Who has a box at all; everyone by default (start.ts wires the development IdP's test citizens). */
  dataBoxRegister?: DataBoxRegister;
  /** The authorities' boxes and automatic responders; the portal's directory by default. */
  authorities?: Authorities;
  /** Where "a message arrived" goes; by default the development sink into `logger`. */
  notifier?: Notifier;
  logger?: NotifierLogger;
  attachmentStore?: AttachmentStore;
}

/**
 * What the server wiring (start.ts) and tests reach through `app.dataBox`: the register and notifier, which can be
 * replaced before the first request (buildApp registers the routes with the defaults), and the operator's notices.
 * The automatic replies run on the job queue (`app.jobs`; tests wait with `app.jobs.drain()`).
 */
export interface DataBoxRuntime {
  register: DataBoxRegister;
  notifier: Notifier;
  /** A notice from the portal operator's system box; its arrival notice is a job. Returns the new message id. */
  systemNotice(boxId: string, subject: string, body: string): Promise<string>;
}

declare module 'fastify' {
  interface FastifyInstance {
    dataBox: DataBoxRuntime;
  }
}

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The citizen's data box: messages to and from authorities, with attachments checked by content and a storage quota.
 * Only under /api/services/data-box/, the one API namespace the data-box remote may reach.
 */
export function registerDataBoxRoutes(app: FastifyInstance, deps: DataBoxRouteDeps): DataBoxRuntime {
  const { db, sessions } = deps;
  const now = deps.now ?? (() => new Date());
  const store = deps.attachmentStore ?? databaseAttachmentStore;
  const authorities = deps.authorities ?? portalAuthorities;
  const runtime: DataBoxRuntime = {
    register: deps.dataBoxRegister ?? everyoneHasABox,
    notifier: deps.notifier ?? logNotifier(deps.logger ?? app.log),
    async systemNotice(boxId, subject, body) {
      const id = await systemNotice(db, boxId, subject, body, { authorities, store, now: now() });
      deps.jobs.notify();
      return id;
    },
  };
  registerAutomat(deps.jobs, { authorities, store, notifier: () => runtime.notifier, now });
  app.decorate('dataBox', runtime);

  type Context = { boxId: string; personId: string; request: FastifyRequest; reply: FastifyReply };
  const handle =
    (handler: (context: Context) => Promise<unknown>, options: { withoutBox?: unknown } = {}) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'private, no-store');
      const personId = (await sessions.active(request, reply))?.personId;
      if (!personId) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      const boxId = await boxOfPerson(db, personId, runtime.register);
      if (!boxId) {
        if (options.withoutBox !== undefined) return options.withoutBox;
        throw new Refusal(403, 'no-data-box', NO_DATA_BOX_MESSAGE);
      }
      return handler({ boxId, personId, request, reply });
    };
  const idOf = (request: FastifyRequest, what?: string) => {
    const result = dataBoxIdParamsSchema.safeParse(request.params);
    // A malformed id is as unknown as a well-formed one of someone else's message.
    if (!result.success) throw notFound(what);
    return result.data.id;
  };
  // The automatic replies are written in the person's last language: sending remembers the one the message was sent in.
  const rememberLanguage = (personId: string, request: FastifyRequest) =>
    rememberLocale(db, personId, pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']));
  const readFields = async (request: FastifyRequest) => {
    const form = await readMessageForm(request);
    const fields = parseOrRefuse(messageFieldsSchema, form.fields);
    return { ...fields, attachments: form.attachments };
  };

  void app.register(
    async (scope) => {
      await scope.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
      // The box holds the citizen's correspondence: the portal keeps it only for a citizen who consented to the
      // processing of their personal data (declined or not yet asked: 403 consent-required, as the guard says).
      const guard = { preHandler: sessions.guard({ consent: true }) };

      scope.get(
        '/box',
        guard,
        handle(async ({ boxId }) => boxSummary(db, boxId), { withoutBox: { exists: false } }),
      );
      scope.get(
        '/storage',
        guard,
        handle(async ({ boxId }) => storageOf(db, boxId)),
      );
      scope.get(
        '/unread-count',
        guard,
        handle(
          async ({ boxId }) => {
            const unread = await unreadCount(db, boxId);
            // `count` is the contract's badge (czp.service.json badgeApi); `unread` says what it counts.
            return { count: unread, unread };
          },
          // The navigation asks everyone signed in for the badge: no box has nothing unread, not a refusal (which
          // the browser would log as an error on every page of a citizen without a box).
          { withoutBox: { count: 0, unread: 0 } },
        ),
      );
      scope.get(
        '/recipients',
        guard,
        handle(async () => ({ recipients: await listRecipients(db, authorities) })),
      );

      scope.get(
        '/messages',
        guard,
        handle(async ({ boxId, request }) => listMessages(db, boxId, parseOrRefuse(folderQuerySchema, request.query))),
      );
      scope.get(
        '/messages/:id',
        guard,
        handle(async ({ boxId, request }) => readMessage(db, boxId, idOf(request), now())),
      );
      scope.get(
        '/conversations/:id',
        guard,
        handle(async ({ boxId, request }) => readConversation(db, boxId, idOf(request, 'conversation'))),
      );

      scope.post(
        '/messages',
        guard,
        handle(async ({ boxId, personId, request, reply }) => {
          const fields = await readFields(request);
          const draft = fields.draft === 'true';
          if (!draft) await rememberLanguage(personId, request);
          const { message, created } = await createMessage(db, store, {
            boxId,
            recipient: fields.recipient,
            subject: fields.subject,
            body: fields.body,
            attachments: fields.attachments,
            draft,
            idempotencyKey: fields.idempotencyKey,
            replyTo: fields.replyTo,
            now: now(),
            authorities,
          });
          // Its automatic replies were enqueued with it: start them now rather than at the next poll.
          if (created && !draft) deps.jobs.notify();
          // A repeated idempotency key answers with the first message, as a replay rather than a creation.
          if (!created) reply.header('Idempotent-Replayed', 'true');
          return reply.code(created ? 201 : 200).send(message);
        }),
      );
      scope.put(
        '/drafts/:id',
        guard,
        handle(async ({ boxId, request }) => {
          const id = idOf(request, 'draft');
          const fields = await readFields(request);
          const keep = fields.keepAttachments ? fields.keepAttachments.split(',').map(Number) : [];
          return updateDraft(db, store, {
            boxId,
            id,
            recipient: fields.recipient,
            subject: fields.subject,
            body: fields.body,
            attachments: fields.attachments,
            keep,
            now: now(),
            authorities,
          });
        }),
      );
      scope.post(
        '/drafts/:id/send',
        guard,
        handle(async ({ boxId, personId, request }) => {
          await rememberLanguage(personId, request);
          const message = await sendDraft(db, boxId, idOf(request, 'draft'), now());
          deps.jobs.notify();
          return message;
        }),
      );
      scope.delete(
        '/drafts/:id',
        guard,
        handle(async ({ boxId, request, reply }) => {
          await deleteDraft(db, boxId, idOf(request, 'draft'));
          return reply.code(204).send();
        }),
      );

      scope.get(
        '/attachments/:messageId/:position',
        guard,
        handle(async ({ boxId, request, reply }) => {
          const params = attachmentParamsSchema.safeParse(request.params);
          if (!params.success) throw notFound('attachment');
          const found = await readAttachment(db, store, boxId, params.data.messageId, params.data.position);
          if (!found) throw notFound('attachment');
          return reply
            .header('Content-Type', found.blob.mediaType || 'application/octet-stream')
            .header('Content-Disposition', contentDisposition(found.name))
            .header('X-Content-Type-Options', 'nosniff')
            .header('Content-Security-Policy', "sandbox; default-src 'none'")
            .header('Cache-Control', 'private, no-store')
            .send(found.blob.content);
        }),
      );

      scope.get(
        '/notifications',
        guard,
        handle(async ({ personId }) => readNotificationSettings(db, personId)),
      );
      scope.put(
        '/notifications',
        guard,
        handle(async ({ personId, request }) =>
          writeNotificationSettings(db, personId, parseOrRefuse(notificationsSchema, request.body ?? {})),
        ),
      );
    },
    { prefix: DATA_BOX_API_PREFIX },
  );
  return runtime;
}

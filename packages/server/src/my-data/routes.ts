/**
 * The "my data" API under /api/services/my-data/ (the portal's PROFILE, DATA and DOCUMENTS tabs reach only this):
 * the citizen's register data through the service bus, their documents, where the state keeps their data, who used
 * it (with the exports) and data-related complaints. Every route is for a signed-in citizen who consented to the
 * processing of their personal data, and nothing is cached on the way.
 */
import {
  type AgendaList,
  COOKIES,
  type ComplaintReceipt,
  type DocumentList,
  type Locale,
  MY_DATA_API_PREFIX,
  type PortalReader,
  REGISTER_INFO,
  REGISTER_ITEMS,
  type RegisterAnswer,
  type RegisterData,
  type RegisterId,
  type RegisterItem,
} from '@czp/contract';
import { BusRefusal, type PersonRef, type ServiceBus } from '@czp/service-bus';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ActiveSession, RequestSessions } from '../auth/request-session.js';
import { type AttachmentStore, databaseAttachmentStore } from '../data-box/attachments.js';
import { type Authorities, portalAuthorities } from '../data-box/authorities.js';
import { boxOfPerson } from '../data-box/boxes.js';
import { createMessage } from '../data-box/store.js';
import type { Database } from '../db/database.js';
import { pickLocale } from '../http/locale.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import { refusalOfBus } from '../registers/bus-refusal.js';
import { accessLogPage, allReads } from './access-log.js';
import {
  COMPLAINT_MULTIPART_LIMITS,
  complaintMessage,
  newComplaintReference,
  readComplaintForm,
} from './complaints.js';
import { pragueDate } from './dates.js';
import { documentsOf } from './documents.js';
import { accessLogCsv } from './export-csv.js';
import { accessLogPdf } from './export-pdf.js';
import {
  type AccessLogFilter,
  accessLogExportQuerySchema,
  accessLogQuerySchema,
  complaintFieldsSchema,
  registerParamsSchema,
  registerQuerySchema,
} from './schemas.js';
import { EXPORT_TEXTS } from './texts.js';

export interface MyDataRouteDeps {
  db: Database;
  sessions: RequestSessions;
  /** The data box's job queue: a complaint's automatic replies start at once. */
  jobs: JobQueue;
  /** The server's clock: documents' days left, the date of issue of a statement. */
  now?: () => Date;
  /** The authorities' boxes (the registers' editors among them); the portal's directory by default. */
  authorities?: Authorities;
  /** Where a complaint's attachment is kept (the data box's store); the database by default. */
  attachmentStore?: AttachmentStore;
}

const NO_DATA_BOX_FOR_COMPLAINT =
  'A complaint is delivered as a data box message, and you have no data box. You can set one up at a Czech POINT ' +
  'office or online at mojedatovaschranka.cz, or write to the authority that keeps the register.';

/** Every item of a register (the portal's own sections may read them all). */
const allItems = <R extends RegisterId>(register: R) => Object.keys(REGISTER_ITEMS[register]) as RegisterItem<R>[];

export function registerMyDataRoutes(app: FastifyInstance, deps: MyDataRouteDeps): void {
  const { db, sessions } = deps;
  const now = deps.now ?? (() => new Date());
  const authorities = deps.authorities ?? portalAuthorities;
  // Decorated by the registers feature (registered before this one).
  const bus = (): ServiceBus => app.serviceBus;

  type Context = {
    session: ActiveSession;
    person: () => Promise<PersonRef>;
    request: FastifyRequest;
    reply: FastifyReply;
  };
  const handle =
    (handler: (context: Context) => Promise<unknown>) => async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'private, no-store');
      const session = await sessions.active(request, reply);
      if (!session) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      let person: Promise<PersonRef> | undefined;
      return handler({
        session,
        person: () => {
          person ??= app.personRef(session.personId);
          return person;
        },
        request,
        reply,
      });
    };
  const localeOf = (request: FastifyRequest, chosen?: Locale): Locale =>
    chosen ?? pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']);

  /** A read for a portal section; the bus's refusal becomes the server's (status, code, message). */
  async function read<R extends RegisterId>(
    person: PersonRef,
    reader: PortalReader,
    register: R,
    items: RegisterItem<R>[],
    purpose: 'show-to-citizen' | 'document-validity',
  ): Promise<RegisterData[R]> {
    try {
      return await bus().read({ person, reader: { kind: 'portal', id: reader }, register, items, purpose });
    } catch (error) {
      throw refusalOfBus(error);
    }
  }

  async function exportReads(context: Context) {
    const query = parseOrRefuse(accessLogExportQuerySchema, context.request.query, 'query');
    const { locale: chosen, ...filter } = query;
    const locale = localeOf(context.request, chosen);
    const reads = await allReads(
      {
        db,
        bus: bus(),
        person: await context.person(),
        warn: (register, error) =>
          context.request.log.warn({ err: error, register }, 'a register did not give its access records'),
      },
      filter satisfies AccessLogFilter,
    );
    const name = `${EXPORT_TEXTS.fileName[locale]}-${pragueDate(now())}`;
    return { reads, filter, locale, name };
  }

  void app.register(
    async (scope) => {
      await scope.register(fastifyMultipart, { limits: COMPLAINT_MULTIPART_LIMITS });
      const guard = { preHandler: sessions.guard({ consent: true }) };

      scope.get(
        '/registers/:register',
        guard,
        handle(async ({ person, request }): Promise<RegisterAnswer> => {
          const { register } = parseOrRefuse(registerParamsSchema, request.params, 'path');
          const { section } = parseOrRefuse(registerQuerySchema, request.query, 'query');
          const data = await read(await person(), section, register, allItems(register), 'show-to-citizen');
          return { register, data, readAt: now().toISOString() };
        }),
      );

      scope.get(
        '/documents',
        guard,
        handle(async ({ person, request }): Promise<DocumentList> => {
          const ref = await person();
          const unavailable: RegisterId[] = [];
          // Each register on its own: one that does not answer leaves its documents out, not the others'.
          const settle = async <R extends RegisterId>(register: R, items: RegisterItem<R>[]) => {
            try {
              return await bus().read({
                person: ref,
                reader: { kind: 'portal', id: 'documents' },
                register,
                items,
                purpose: 'document-validity',
              });
            } catch (error) {
              if (!(error instanceof BusRefusal)) throw error;
              request.log.warn({ err: error, register }, 'a register did not give the documents');
              unavailable.push(register);
              return null;
            }
          };
          const [residents, drivers] = await Promise.all([
            settle('residents', ['documents']),
            settle('drivers', ['licence']),
          ]);
          return {
            documents: documentsOf(residents, drivers, pragueDate(now())),
            unavailable: unavailable.sort(),
          };
        }),
      );

      scope.get(
        '/agendas',
        guard,
        handle(async ({ person }): Promise<AgendaList> => {
          try {
            return { agendas: await bus().agendas(await person()) };
          } catch (error) {
            throw refusalOfBus(error);
          }
        }),
      );

      scope.get(
        '/access-log',
        guard,
        handle(async ({ person, request }) => {
          const { page, ...filter } = parseOrRefuse(accessLogQuerySchema, request.query, 'query');
          return accessLogPage(
            {
              db,
              bus: bus(),
              person: await person(),
              warn: (register, error) =>
                request.log.warn({ err: error, register }, 'a register did not give its access records'),
            },
            filter,
            page,
          );
        }),
      );

      scope.get(
        '/access-log.csv',
        guard,
        handle(async (context) => {
          const { reads, locale, name } = await exportReads(context);
          return context.reply
            .header('Content-Type', 'text/csv; charset=utf-8')
            .header('Content-Disposition', `attachment; filename="${name}.csv"`)
            .header('Content-Language', locale)
            .send(accessLogCsv(reads.entries, locale));
        }),
      );

      scope.get(
        '/access-log.pdf',
        guard,
        handle(async (context) => {
          const { reads, filter, locale, name } = await exportReads(context);
          const pdf = await accessLogPdf({
            reads: reads.entries,
            locale,
            personName: context.session.name,
            from: filter.from,
            to: filter.to,
            register: filter.register,
            reader: filter.reader,
            unavailable: reads.unavailable,
            issuedAt: now(),
          });
          return context.reply
            .header('Content-Type', 'application/pdf')
            .header('Content-Disposition', `attachment; filename="${name}.pdf"`)
            .header('Content-Language', locale)
            .header('X-Content-Type-Options', 'nosniff')
            .send(pdf);
        }),
      );

      scope.post(
        '/complaints',
        guard,
        handle(async ({ session, request, reply }) => {
          // Before the form is read: without a box there is nothing to send it from.
          const boxId = await boxOfPerson(db, session.personId, app.dataBox.register);
          if (!boxId) throw new Refusal(403, 'no-data-box', NO_DATA_BOX_FOR_COMPLAINT);
          const form = await readComplaintForm(request);
          const fields = parseOrRefuse(complaintFieldsSchema, form.fields, 'form');
          const locale = localeOf(request);
          const at = now();
          const reference = await newComplaintReference(db, at);
          const editor = REGISTER_INFO[fields.register].editor;
          const { subject, body } = complaintMessage(
            {
              register: fields.register,
              item: fields.item,
              problem: fields.problem,
              correctValue: fields.correctValue || undefined,
              attachmentName: form.attachment?.name,
              reference,
              citizenName: session.name,
            },
            locale,
          );
          const { message } = await createMessage(db, deps.attachmentStore ?? databaseAttachmentStore, {
            boxId,
            recipient: editor.boxId,
            subject,
            body,
            attachments: form.attachment ? [form.attachment] : [],
            draft: false,
            now: at,
            authorities,
          });
          deps.jobs.notify();
          const receipt: ComplaintReceipt = { messageId: message.id, reference, editor };
          return reply.code(201).send(receipt);
        }),
      );
    },
    { prefix: MY_DATA_API_PREFIX },
  );
}

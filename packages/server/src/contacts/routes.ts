import { randomBytes } from 'node:crypto';
import { CONTACT_KINDS, CONTACT_LIMITS, COOKIES, type ContactKind, MY_DATA_API_PREFIX } from '@czp/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type RequestSessions, sessionCookieName } from '../auth/request-session.js';
import type { Database } from '../db/database.js';
import { pickLocale } from '../http/locale.js';
import { Refusal } from '../http/refusal.js';
import type { JobQueue } from '../jobs/queue.js';
import type { EmailChannel } from '../notifications/channels/email.js';
import { loggingEmailChannel, loggingSmsGateway } from '../notifications/channels/log-sinks.js';
import type { SmsGateway } from '../notifications/channels/sms.js';
import { CodeHasher } from './codes.js';
import { registerCodeSender } from './jobs.js';
import { readContacts, removeContact, requestCode, verifyCode } from './store.js';
import { normaliseContact } from './values.js';

export interface ContactsDeps {
  db: Database;
  sessions: RequestSessions;
  /** Sending a code is a job of the durable queue. */
  jobs: JobQueue;
  now?: () => Date;
  /** Where e-mail codes go (SMTP: notifications/channels/email.ts). Default: the app log. */
  email?: EmailChannel;
  /** Where SMS codes go (notifications/channels/sms.ts). Default: the app log. */
  sms?: SmsGateway;
  /**
   * Keys the codes' hashes (contacts/codes.ts): the server's secret, the same in every replica and across restarts.
   * Default: random per process (tests), when a code sent by one process is not accepted by another.
   */
  contactCodeSecret?: string;
}

/** What tests and the wiring reach through `app.contacts`: the channels, replaceable before a code is sent. */
export interface ContactsRuntime {
  email: EmailChannel;
  sms: SmsGateway;
}

declare module 'fastify' {
  interface FastifyInstance {
    contacts: ContactsRuntime;
  }
}

/**
 * Changes a session may ask for in an hour (each sends a code; refused values count too): enough for typos and a
 * lost message, too few to flood someone else's phone or mailbox.
 */
export const CODE_REQUESTS_PER_HOUR = 20;

function kindOf(request: FastifyRequest): ContactKind {
  const { kind } = request.params as { kind?: string };
  const found = CONTACT_KINDS.find((known) => known === kind);
  if (!found) throw new Refusal(404, 'not-found', `There is no contact "${kind}": use email or phone.`);
  return found;
}

function codeOf(body: unknown): string {
  const raw = (typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined) ?? '';
  const code = typeof raw === 'string' ? raw.replace(/\s/g, '') : '';
  if (!new RegExp(`^\\d{${CONTACT_LIMITS.codeLength}}$`).test(code)) {
    throw new Refusal(
      400,
      'validation',
      `code is required: the ${CONTACT_LIMITS.codeLength}-digit code from the message`,
      'code',
    );
  }
  return code;
}

function valueIn(body: unknown): unknown {
  return typeof body === 'object' && body !== null ? (body as { value?: unknown }).value : undefined;
}

/**
 * The citizen's e-mail and phone for notifications, under /api/services/my-data/contacts: a new value is verified by
 * a code sent to it (a job), and only a verified value replaces the one in use.
 */
export function registerContactsRoutes(app: FastifyInstance, deps: ContactsDeps): ContactsRuntime {
  const { db, sessions } = deps;
  const now = deps.now ?? (() => new Date());
  const runtime: ContactsRuntime = {
    email: deps.email ?? loggingEmailChannel(app.log),
    sms: deps.sms ?? loggingSmsGateway(app.log),
  };
  app.decorate('contacts', runtime);
  const hasher = new CodeHasher(deps.contactCodeSecret ?? randomBytes(32).toString('hex'));
  registerCodeSender(deps.jobs, { hasher, channels: () => runtime, now });

  type Context = { personId: string; request: FastifyRequest; reply: FastifyReply };
  const handle =
    (handler: (context: Context) => Promise<unknown>) => async (request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Cache-Control', 'private, no-store');
      const personId = (await sessions.active(request, reply))?.personId;
      if (!personId) throw new Refusal(401, 'signed-out', 'Log in to continue.');
      return handler({ personId, request, reply });
    };
  // Contacts are personal data: only for a citizen who consented to their processing (else 403 consent-required).
  const guard = sessions.guard({ consent: true });
  const codeRequests = {
    max: CODE_REQUESTS_PER_HOUR,
    timeWindow: '1 hour',
    // Per session (the cookie is there whenever the guard lets the request through), else per address.
    keyGenerator: (request: FastifyRequest) =>
      request.cookies[sessionCookieName(true)] ?? request.cookies[sessionCookieName(false)] ?? request.ip,
  };

  void app.register(
    async (scope) => {
      scope.get(
        '/',
        { preHandler: guard },
        handle(async ({ personId }) => readContacts(db, personId, now())),
      );
      scope.put(
        '/:kind',
        { preHandler: guard, config: { rateLimit: codeRequests } },
        handle(async ({ personId, request }) => {
          const kind = kindOf(request);
          const value = normaliseContact(kind, valueIn(request.body));
          const locale = pickLocale(request.cookies[COOKIES.locale], request.headers['accept-language']);
          const sent = await requestCode(db, { personId, kind, value, locale, now: now() });
          // Its job was committed with it: send now rather than at the next poll.
          if (sent) deps.jobs.notify();
          return readContacts(db, personId, now());
        }),
      );
      scope.post(
        '/:kind/verify',
        { preHandler: guard },
        handle(async ({ personId, request }) => {
          const kind = kindOf(request);
          await verifyCode(db, hasher, { personId, kind, code: codeOf(request.body), now: now() });
          return readContacts(db, personId, now());
        }),
      );
      scope.delete(
        '/:kind',
        { preHandler: guard },
        handle(async ({ personId, request }) => {
          await removeContact(db, personId, kindOf(request));
          return readContacts(db, personId, now());
        }),
      );
    },
    { prefix: `${MY_DATA_API_PREFIX}/contacts` },
  );
  return runtime;
}

/** Tests of notifications: portal processes on one database with a movable clock and capturing channels. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COOKIES, NOTIFICATIONS_API } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import type { EmailChannel, EmailMessage } from './channels/email.js';
import type { SmsGateway, SmsMessage } from './channels/sms.js';

const PEOPLE = { jan: 'Jan Novák', eva: 'Eva Svobodová', petr: 'Petr Dvořák' };
type Person = keyof typeof PEOPLE;

interface Sent {
  emails: EmailMessage[];
  sms: SmsMessage[];
}

export interface NotificationsPortal {
  db: Database;
  app: FastifyInstance;
  sent: Sent;
  /** Moves the clock of every process (sessions, the queue's backoff). */
  advance(ms: number): void;
  /** Another server process on the same database: its own queue, the same capturing channels. */
  another(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/** Channels that capture what they are given, unless a test makes them fail. */
function capturing(sent: Sent): { email: EmailChannel; sms: SmsGateway } {
  return {
    email: { send: async (message) => void sent.emails.push(message) },
    sms: { send: async (message) => void sent.sms.push(message) },
  };
}

export async function notificationsPortal(): Promise<NotificationsPortal> {
  const db = await createTestDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'czp-notifications-'));
  let at = new Date('2026-12-03T09:00:00.000Z').getTime();
  const now = () => new Date(at);
  const sent: Sent = { emails: [], sms: [] };
  const apps: FastifyInstance[] = [];
  const make = async () => {
    const app = await buildApp({
      db,
      store: new FileBundleStore(join(dir, 'remotes')),
      version: '1.0.0',
      sessionSecret: 'n'.repeat(32),
      identityProvider: scriptedIdentityProvider(PEOPLE),
      publicUrl: 'http://portal.test',
      now,
      // Jobs run when a test drains them, by the same clock.
      jobs: { now, pollIntervalMs: 60_000 },
    });
    Object.assign(app.notifications, capturing(sent));
    apps.push(app);
    return app;
  };
  const app = await make();
  return {
    db,
    app,
    sent,
    advance: (ms) => {
      at += ms;
    },
    another: make,
    async close() {
      for (const each of apps) await each.close();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
}

export interface Citizen {
  personId: string;
  /** A call of /api/notifications<path>. */
  request(
    method: 'GET' | 'PUT' | 'POST',
    path: string,
    payload?: object,
    options?: { csrf?: boolean },
  ): Promise<Answer>;
  jar: CookieJar;
}

/** A signed-in browser of a test citizen (consent given unless told otherwise), in Czech unless told otherwise. */
export async function signIn(
  app: FastifyInstance,
  subject: Person,
  options: { consent?: boolean; locale?: 'cs' | 'en' } = {},
): Promise<Citizen> {
  const jar = new CookieJar();
  jar.set(COOKIES.locale, options.locale ?? 'cs');
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const token = await app.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
  jar.store(token.headers['set-cookie']);
  const csrf = token.json().token as string;
  const call = async (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, withCsrf = true) => {
    const response = await app.inject({
      method,
      url,
      headers: { cookie: jar.header(), ...(withCsrf ? { 'x-csrf-token': csrf } : {}) },
      ...(payload ? { payload } : {}),
    });
    jar.store(response.headers['set-cookie']);
    const type = String(response.headers['content-type'] ?? '');
    return { status: response.statusCode, body: type.startsWith('application/json') ? response.json() : null };
  };
  if (options.consent !== false) await call('POST', '/api/consent', { consent: 'given' });
  const session = await call('GET', '/api/session');
  return {
    personId: session.body.person.id,
    jar,
    request: (method, path, payload, requestOptions) =>
      call(method, `${NOTIFICATIONS_API}${path}`, payload, requestOptions?.csrf ?? true),
  };
}

/** A contact as PROFILE leaves it once its code was entered (or, `verified: false`, still waiting for it). */
export async function setContact(
  db: Database,
  personId: string,
  kind: 'email' | 'phone',
  value: string,
  options: { verified?: boolean } = {},
): Promise<void> {
  const verified = options.verified ?? true;
  await db.query(
    `insert into person_contacts (person_id, kind, value, verified_at, pending_value)
     values ($1, $2, $3, $4, $5)
     on conflict (person_id, kind) do update set value = excluded.value, verified_at = excluded.verified_at,
       pending_value = excluded.pending_value`,
    [personId, kind, verified ? value : null, verified ? new Date() : null, verified ? null : value],
  );
}

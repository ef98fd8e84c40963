/** Tests of the calendar: a portal on a given database with a movable clock, the registers of my-data's tests, citizens. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import type { RegistersGateway } from '../registers/gateway.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';

export interface Clock {
  now: () => Date;
  set(iso: string): void;
}

export function clockAt(iso: string): Clock {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    set(next) {
      at = new Date(next).getTime();
    },
  };
}

export async function calendarPortal(
  db: Database,
  gateway: RegistersGateway,
  clock: Clock,
  options: { pollIntervalMs?: number; workerId?: string } = {},
) {
  const dir = await mkdtemp(join(tmpdir(), 'czp-calendar-'));
  const app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'c'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová' }),
    publicUrl: 'http://portal.test',
    now: clock.now,
    registersGateway: gateway,
    registersResilience: { timeoutMs: 1000, retries: 0, breakerThreshold: 1000 },
    jobs: {
      now: clock.now,
      pollIntervalMs: options.pollIntervalMs ?? 60_000,
      ...(options.workerId ? { workerId: options.workerId } : {}),
    },
  });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
  text: string;
  headers: Record<string, unknown>;
}

/** Jan or Eva signed in with consent; `send` goes to whichever app is given (a session works in every replica). */
export async function citizen(app: FastifyInstance, db: Database, subject: string) {
  const jar = new CookieJar();
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const send = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    via: FastifyInstance = app,
    headers: Record<string, string> = {},
  ): Promise<Answer> => {
    const token = await via.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
    jar.store(token.headers['set-cookie']);
    const response = await via.inject({
      method,
      url,
      headers: { ...headers, cookie: jar.header(), 'x-csrf-token': token.json().token },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    jar.store(response.headers['set-cookie']);
    let body: unknown = null;
    try {
      body = response.json();
    } catch {
      body = null;
    }
    return { status: response.statusCode, body, text: response.body, headers: response.headers };
  };
  const consent = await send('POST', '/api/consent', { consent: 'given' });
  if (consent.status >= 300) throw new Error(`consent: ${consent.status} ${consent.text}`);
  const [person] = await db.query<{ id: string }>('select id::text as id from persons where subject = $1', [subject]);
  return { send, personId: person?.id ?? '' };
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTACT_LIMITS, COOKIES, type Contacts, MY_DATA_API_PREFIX } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { DEFAULT_SESSION_POLICY } from '../auth/sessions.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import type { EmailMessage } from '../notifications/channels/email.js';
import type { SmsMessage } from '../notifications/channels/sms.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { CODE_REQUESTS_PER_HOUR } from './routes.js';

const API = `${MY_DATA_API_PREFIX}/contacts`;
const PEOPLE = { jan: 'Jan Novák', eva: 'Eva Svobodová', petr: 'Petr Dvořák', lenka: 'Lenka Malá', ota: 'Ota Král' };

let db: Database;
let dir: string;
let clock: Date;
const emails: EmailMessage[] = [];
const sms: SmsMessage[] = [];
const apps: FastifyInstance[] = [];

/** An app on the shared database with its own clock-driven queue and capturing channels, like one server process. */
async function startApp(): Promise<FastifyInstance> {
  const app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'c'.repeat(32),
    identityProvider: scriptedIdentityProvider(PEOPLE),
    publicUrl: 'http://portal.test',
    now: () => clock,
    // Codes expire after minutes; the tests move the clock past that without the session ending.
    sessionPolicy: { ...DEFAULT_SESSION_POLICY, idleTimeoutMs: 24 * 60 * 60 * 1000 },
    jobs: { now: () => clock, pollIntervalMs: 60_000 },
  });
  app.contacts.email = { send: async (message) => void emails.push(message) };
  app.contacts.sms = { send: async (message) => void sms.push(message) };
  apps.push(app);
  return app;
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-contacts-'));
}, 30_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  clock = new Date('2026-12-03T09:00:00.000Z');
  emails.length = 0;
  sms.length = 0;
});

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
  headers: Record<string, unknown>;
}

async function signIn(app: FastifyInstance, subject: keyof typeof PEOPLE, options: { locale?: 'cs' | 'en' } = {}) {
  const jar = new CookieJar();
  if (options.locale) jar.set(COOKIES.locale, options.locale);
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
  const request = async (method: 'GET' | 'PUT' | 'POST' | 'DELETE', path: string, payload?: object) => {
    const response = await app.inject({
      method,
      url: `${API}${path}`,
      headers: { cookie: jar.header(), 'x-csrf-token': csrf },
      ...(payload ? { payload } : {}),
    });
    jar.store(response.headers['set-cookie']);
    const type = String(response.headers['content-type'] ?? '');
    return {
      status: response.statusCode,
      body: type.startsWith('application/json') ? response.json() : null,
      headers: response.headers,
    } as Answer;
  };
  const consent = async (value: 'given' | 'declined') => {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/consent',
      headers: { cookie: jar.header(), 'x-csrf-token': csrf },
      payload: { consent: value },
    });
    jar.store(answer.headers['set-cookie']);
  };
  return {
    request,
    consent,
    jar,
    csrf,
    contacts: async () => (await request('GET', '')).body as Contacts,
    set: (kind: string, value: unknown) => request('PUT', `/${kind}`, { value }),
    verify: (kind: string, code: unknown) => request('POST', `/${kind}/verify`, { code }),
  };
}

/** The code in the last message captured (as the citizen reads it). */
function lastCode(from: { text: string }[]): string {
  const text = from.at(-1)?.text ?? '';
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in ${JSON.stringify(text)}`);
  return code;
}

/** A code that is not `code`. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

let app: FastifyInstance;
beforeAll(async () => {
  app = await startApp();
});

describe('contacts', () => {
  it('sends a code to a new e-mail, verifies it, and answers private no-store Contacts', async () => {
    const jan = await signIn(app, 'jan');
    await jan.consent('given');
    const empty = await jan.request('GET', '');
    expect(empty.status).toBe(200);
    expect(empty.headers['cache-control']).toBe('private, no-store');
    expect(empty.body).toEqual({ email: null, phone: null });

    const put = await jan.set('email', '  Jan.Novak@Example.CZ ');
    expect(put.status).toBe(200);
    expect(put.headers['cache-control']).toBe('private, no-store');
    const until = new Date(clock.getTime() + CONTACT_LIMITS.codeMinutes * 60_000).toISOString();
    expect(put.body).toEqual({
      email: {
        value: 'Jan.Novak@example.cz',
        verified: false,
        verifiedAt: null,
        pendingUntil: until,
        pendingValue: 'Jan.Novak@example.cz',
      },
      phone: null,
    });

    await app.jobs.drain();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.to).toBe('Jan.Novak@example.cz');
    expect(emails[0]?.subject).toBe('Ověření e-mailové adresy na Portálu občana');
    const code = lastCode(emails);
    // Only the hash is stored: the code is nowhere in the contact's row or in the job's payload.
    const rows = await db.query<Record<string, unknown>>('select * from person_contacts');
    const jobs = await db.query<{ payload: unknown }>("select payload from jobs where kind = 'contacts.send-code'");
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(JSON.stringify(jobs)).not.toContain(code);
    expect(rows[0]?.code_hash).toMatch(/^[0-9a-f]{64}$/);

    clock = new Date(clock.getTime() + 60_000);
    const verified = await jan.verify('email', ` ${code.slice(0, 3)} ${code.slice(3)} `);
    expect(verified.status).toBe(200);
    expect(verified.body.email).toEqual({
      value: 'Jan.Novak@example.cz',
      verified: true,
      verifiedAt: clock.toISOString(),
      pendingUntil: null,
      pendingValue: null,
    });
    expect(await jan.contacts()).toEqual(verified.body);
    // A used code is gone.
    expect((await jan.verify('email', code)).body.error).toBe('code-expired');
  });

  it('keeps the verified phone while a new one waits, and replaces it only when the new code is entered', async () => {
    const eva = await signIn(app, 'eva');
    await eva.consent('given');
    expect((await eva.set('phone', '602 234 567')).body.phone.value).toBe('+420 602 234 567');
    await app.jobs.drain();
    expect(sms[0]?.to).toBe('+420 602 234 567');
    expect(sms[0]?.text).toMatch(/^Portál občana: váš ověřovací kód je \d{6}\. Platí 15 minut\.$/);
    expect((await eva.verify('phone', lastCode(sms))).body.phone.verified).toBe(true);
    const verifiedAt = clock.toISOString();

    clock = new Date(clock.getTime() + 60_000);
    const pending = await eva.set('phone', '00420 777 123 456');
    expect(pending.body.phone).toEqual({
      value: '+420 602 234 567',
      verified: true,
      verifiedAt,
      pendingUntil: new Date(clock.getTime() + CONTACT_LIMITS.codeMinutes * 60_000).toISOString(),
      pendingValue: '+420 777 123 456',
    });
    await app.jobs.drain();
    expect(sms.at(-1)?.to).toBe('+420 777 123 456');
    const code = lastCode(sms);

    // A wrong code is counted and changes nothing.
    const miss = await eva.verify('phone', wrong(code));
    expect(miss.status).toBe(400);
    expect(miss.body).toMatchObject({ error: 'wrong-code', field: 'code' });
    expect(miss.body.message).toContain(`${CONTACT_LIMITS.codeAttempts - 1} tries left`);
    const [counted] = await db.query<{ code_attempts: number }>(
      "select code_attempts from person_contacts where pending_value = '+420 777 123 456'",
    );
    expect(counted?.code_attempts).toBe(1);
    expect((await eva.contacts()).phone?.value).toBe('+420 602 234 567');

    // Its code expires: the old number is still the one in use, the new one waits for a new code.
    clock = new Date(clock.getTime() + CONTACT_LIMITS.codeMinutes * 60_000 + 1);
    const late = await eva.verify('phone', code);
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ error: 'code-expired', field: 'code' });
    expect(late.body.message).toMatch(/new code/);
    expect((await eva.contacts()).phone).toEqual({
      value: '+420 602 234 567',
      verified: true,
      verifiedAt,
      pendingUntil: null,
      pendingValue: '+420 777 123 456',
    });

    // A new code for the same number works.
    await eva.set('phone', '+420777123456');
    await app.jobs.drain();
    const fresh = lastCode(sms);
    const done = await eva.verify('phone', fresh);
    expect(done.status).toBe(200);
    expect(done.body.phone).toMatchObject({ value: '+420 777 123 456', verified: true, pendingValue: null });
  });

  it('voids a code after the allowed wrong attempts, even if the right one comes next', async () => {
    const petr = await signIn(app, 'petr');
    await petr.consent('given');
    await petr.set('email', 'petr@example.cz');
    await app.jobs.drain();
    const code = lastCode(emails);
    for (let attempt = 1; attempt < CONTACT_LIMITS.codeAttempts; attempt++) {
      expect((await petr.verify('email', wrong(code))).body.error).toBe('wrong-code');
    }
    const last = await petr.verify('email', wrong(code));
    expect(last.body).toMatchObject({ error: 'code-expired', field: 'code' });
    expect((await petr.contacts()).email).toMatchObject({ verified: false, pendingUntil: null });
    const right = await petr.verify('email', code);
    expect(right.status).toBe(400);
    expect(right.body.error).toBe('code-expired');
    expect((await petr.contacts()).email?.verified).toBe(false);
  });

  it('lets no other citizen see or verify a contact, and drops a code superseded by a newer request', async () => {
    const lenka = await signIn(app, 'lenka');
    const ota = await signIn(app, 'ota');
    await lenka.consent('given');
    await ota.consent('given');
    await lenka.set('email', 'lenka@example.cz');
    await app.jobs.drain();
    const code = lastCode(emails);
    expect(await ota.contacts()).toEqual({ email: null, phone: null });
    // Ota entering Lenka's code verifies nothing of anyone's.
    expect((await ota.verify('email', code)).body.error).toBe('code-expired');
    await ota.set('email', 'ota@example.cz');
    await app.jobs.drain();
    const otaCode = lastCode(emails);
    expect((await ota.verify('email', code === otaCode ? wrong(code) : code)).body.error).toBe('wrong-code');
    expect((await lenka.contacts()).email?.verified).toBe(false);

    // A second request before the first's job ran: only the newer value gets a code.
    emails.length = 0;
    await app.jobs.stop(); // (the poll loop is stopped; a fresh app below takes over the queue)
    await lenka.set('email', 'lenka.first@example.cz');
    await lenka.set('email', 'lenka.second@example.cz');
    const next = await startApp();
    await next.jobs.drain();
    expect(emails.map((email) => email.to)).toEqual(['lenka.second@example.cz']);
    app = next;
  });

  it('loses no code when the process dies between the commit and the send: the next process sends it', async () => {
    const jan = await signIn(app, 'jan');
    // The process's queue is down (as if it died right after the commit), so nothing is sent here.
    await app.jobs.stop();
    expect((await jan.set('phone', '+420 601 123 456')).status).toBe(200);
    expect(sms).toHaveLength(0);
    await app.close();

    const restarted = await startApp();
    await restarted.jobs.drain();
    expect(sms.map((message) => message.to)).toEqual(['+420 601 123 456']);
    const again = await signIn(restarted, 'jan');
    const verified = await again.verify('phone', lastCode(sms));
    expect(verified.status).toBe(200);
    expect(verified.body.phone).toMatchObject({ value: '+420 601 123 456', verified: true });
    app = restarted;
  });

  it('retries a send that failed, with a new code, and the earlier one never becomes valid', async () => {
    const jan = await signIn(app, 'jan');
    const failing = app.contacts.email;
    let calls = 0;
    app.contacts.email = {
      send: async (message) => {
        calls++;
        if (calls === 1) throw new Error('SMTP relay down');
        emails.push(message);
      },
    };
    await jan.set('email', 'jan@obec-telc.cz');
    await app.jobs.drain();
    expect(calls).toBe(1);
    expect(emails).toHaveLength(0);
    expect((await jan.verify('email', '000000')).body.error).toBe('wrong-code');
    clock = new Date(clock.getTime() + 5_000);
    await app.jobs.drain();
    expect(calls).toBe(2);
    expect((await jan.verify('email', lastCode(emails))).body.email.value).toBe('jan@obec-telc.cz');
    app.contacts.email = failing;
  });

  it('writes the code in the citizen language', async () => {
    const eva = await signIn(app, 'eva', { locale: 'en' });
    await eva.set('email', 'eva@example.cz');
    await eva.set('phone', '+421 905 123 456');
    await app.jobs.drain();
    expect(emails.at(-1)?.subject).toBe('Confirm your e-mail address for the Citizen Portal');
    expect(emails.at(-1)?.text).toContain('your confirmation code is');
    expect(sms.at(-1)).toMatchObject({ to: '+421 905 123 456' });
    expect(sms.at(-1)?.text).toMatch(/^Citizen Portal: your confirmation code is \d{6}\. Valid 15 min\.$/);
  });

  it('refuses bad values naming value, bad codes naming code, and unknown kinds', async () => {
    const jan = await signIn(app, 'jan');
    for (const [kind, value] of [
      ['email', 'not-an-address'],
      ['email', ''],
      ['email', `${'a'.repeat(250)}@example.cz`],
      ['email', 42],
      ['phone', '12345'],
      ['phone', '+420 224 012 345'],
      ['phone', 'call me'],
      ['phone', undefined],
    ] as const) {
      const answer = await jan.set(kind, value);
      expect(answer.status, `${kind} ${String(value)}`).toBe(400);
      expect(answer.body).toMatchObject({ error: 'validation', field: 'value' });
      expect(answer.body.message.length).toBeGreaterThan(10);
    }
    expect((await jan.set('email', 'x@y')).body.message).toContain('jana.novakova@example.cz');
    expect((await jan.set('phone', '+420 224 012 345')).body.message).toMatch(/mobile/);
    for (const code of ['12345', 'abcdef', '', 1234567]) {
      expect((await jan.verify('phone', code)).body).toMatchObject({ error: 'validation', field: 'code' });
    }
    const eva = await signIn(app, 'eva');
    expect((await eva.set('fax', '123')).status).toBe(404);
    expect((await eva.verify('fax', '123456')).status).toBe(404);
    // Nothing of that was stored or sent.
    await app.jobs.drain();
    expect(emails).toHaveLength(0);
    expect(sms).toHaveLength(0);
  });

  it('removes a contact, and entering the verified value again drops a pending change', async () => {
    const lenka = await signIn(app, 'lenka');
    await lenka.set('phone', '+420 603 345 678');
    await app.jobs.drain();
    await lenka.verify('phone', lastCode(sms));
    await lenka.set('phone', '+420 604 000 111');
    await app.jobs.drain();
    const dropped = lastCode(sms);
    const back = await lenka.set('phone', '603345678');
    expect(back.body.phone).toEqual({
      value: '+420 603 345 678',
      verified: true,
      verifiedAt: clock.toISOString(),
      pendingUntil: null,
      pendingValue: null,
    });
    // The dropped change's code verifies nothing any more.
    expect((await lenka.verify('phone', dropped)).body.error).toBe('code-expired');
    expect((await lenka.contacts()).phone?.value).toBe('+420 603 345 678');

    const removed = await lenka.request('DELETE', '/phone');
    expect(removed.status).toBe(200);
    expect(removed.body.phone).toBeNull();
    expect((await lenka.contacts()).phone).toBeNull();
  });

  it('sends at most CODE_REQUESTS_PER_HOUR codes an hour to one session', async () => {
    const ota = await signIn(app, 'ota');
    for (let i = 0; i < CODE_REQUESTS_PER_HOUR; i++) {
      expect((await ota.set('phone', `+420 601 000 ${String(i).padStart(3, '0')}`)).status).toBe(200);
    }
    const flood = await ota.set('phone', '+420 601 000 999');
    expect(flood.status).toBe(429);
    expect(flood.body.error).toBe('rate-limited');
    await app.jobs.drain();
    expect(sms.map((message) => message.to)).not.toContain('+420 601 000 999');
  });

  it('is for a signed-in citizen who consented, and mutating calls need the CSRF token', async () => {
    expect((await app.inject({ url: API })).statusCode).toBe(401);
    const jan = await signIn(app, 'jan');
    await jan.consent('declined');
    const declined = await jan.request('GET', '');
    expect(declined.status).toBe(403);
    expect(declined.body.error).toBe('consent-required');
    expect((await jan.set('email', 'jan@example.cz')).status).toBe(403);
    await jan.consent('given');
    const noToken = await app.inject({
      method: 'PUT',
      url: `${API}/email`,
      headers: { cookie: jan.jar.header() },
      payload: { value: 'jan@example.cz' },
    });
    expect(noToken.statusCode).toBe(403);
  });
});

afterEach(async () => {
  // Each test's jobs are run by the end of it (a leftover would send into the next test's captures).
  if (apps.at(-1) === app) await app.jobs.drain();
});

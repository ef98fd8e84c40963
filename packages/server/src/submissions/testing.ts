/** Tests of submissions: a portal with services that declare submission types, citizens, issuers' tokens, a clock. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceMetadata, SubmissionTypeDeclaration } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { createToken } from '../catalogue/publisher-api/tokens.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { CookieJar } from '../test/cookie-jar.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

const PEOPLE = { jan: 'Jan Novák', eva: 'Eva Svobodová', petr: 'Petr Dvořák', lenka: 'Lenka Malá' };
type Person = keyof typeof PEOPLE;

/** Telč's dog registration: a name, an age and a chip number; a PDF or JPEG of the vaccination card. */
const DOG: SubmissionTypeDeclaration = {
  id: 'prihlaseni-psa',
  name: { cs: 'Přihlášení psa', en: 'Registering a dog' },
  schema: {
    type: 'object',
    required: ['name', 'age'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 100 },
      age: { type: 'integer', minimum: 0, maximum: 30 },
      chip: { type: 'string', pattern: '^[0-9]{15}$' },
      owner: {
        type: 'object',
        required: ['email'],
        properties: { email: { type: 'string', format: 'email' } },
      },
    },
  },
  attachments: { max: 2, maxBytes: 1024 * 1024, mediaTypes: ['application/pdf', 'image/jpeg'] },
};

/** Znojmo's fee declaration: no attachments. */
const FEE: SubmissionTypeDeclaration = {
  id: 'poplatek',
  name: { cs: 'Ohlášení k místnímu poplatku', en: 'Local fee declaration' },
  schema: { type: 'object', required: ['persons'], properties: { persons: { type: 'integer', minimum: 1 } } },
};

export const TOKENS = { telc: 'czp_test_telc_token', znojmo: 'czp_test_znojmo_token' } as const;

interface Clock {
  now(): Date;
  advance(ms: number): void;
}

/** A clock that moves only when told (and by a millisecond at each reading, so rows keep their order). */
function testClock(start = new Date('2026-12-03T09:00:00.000Z')): Clock {
  let at = start.getTime();
  return {
    now: () => {
      at += 1;
      return new Date(at);
    },
    advance: (ms) => {
      at += ms;
    },
  };
}

export interface TestPortal {
  db: Database;
  app: FastifyInstance;
  clock: Clock;
  /** Another server process on the same database (for the clerk's "once with two processes"). */
  another(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function testPortal(): Promise<TestPortal> {
  const db = await createTestDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'czp-submissions-'));
  const store = new FileBundleStore(join(dir, 'remotes'));
  const services: ServiceMetadata[] = [
    serviceMetadata('telc', { submissions: [DOG] }),
    serviceMetadata('znojmo', { submissions: [FEE] }),
    serviceMetadata('lysa'),
  ];
  for (const metadata of services) {
    await publishBundle(db, store, { metadata, version: '1.0.0', files: bundleFiles(metadata.id, '1.0.0') });
  }
  await createToken(db, 'mesto-telc', 'test', TOKENS.telc);
  await createToken(db, 'mesto-znojmo', 'test', TOKENS.znojmo);
  const clock = testClock();
  const apps: FastifyInstance[] = [];
  const make = async () => {
    const app = await buildApp({
      db,
      store,
      version: '1.0.0',
      sessionSecret: 's'.repeat(32),
      identityProvider: scriptedIdentityProvider(PEOPLE),
      publicUrl: 'http://portal.test',
      dataBoxRegister: (person) => person.subject !== 'petr',
      now: clock.now,
      // Jobs run when a test drains them, by the same clock.
      jobs: { now: clock.now, pollIntervalMs: 60_000 },
    });
    apps.push(app);
    return app;
  };
  const app = await make();
  return {
    db,
    app,
    clock,
    another: make,
    async close() {
      for (const each of apps) await each.close();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

interface TestFile {
  name: string;
  content: Buffer;
  type?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
}

/** A multipart/form-data body as a browser sends it. */
function form(fields: Record<string, string>, files: TestFile[] = []) {
  const boundary = `----czp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type Body = { json: object } | { form: Record<string, string>; files?: TestFile[] };

function answerOf(response: { statusCode: number; headers: Record<string, unknown>; body: string }): Answer {
  const type = String(response.headers['content-type'] ?? '');
  return {
    status: response.statusCode,
    headers: response.headers,
    body: type.startsWith('application/json') ? JSON.parse(response.body) : response.body,
  };
}

export interface TestCitizen {
  request(method: 'GET' | 'POST', url: string, body?: Body): Promise<Answer>;
  /** POST /api/services/<serviceId>/submissions. */
  submit(serviceId: string, fields: Record<string, string>, files?: TestFile[]): Promise<Answer>;
}

/** A signed-in browser of a test citizen, with the portal consent given unless told otherwise. */
export async function signIn(
  app: FastifyInstance,
  subject: Person,
  consent: 'given' | 'pending' = 'given',
): Promise<TestCitizen> {
  const jar = new CookieJar();
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
  const request: TestCitizen['request'] = async (method, url, body) => {
    const multipart = body && 'form' in body ? form(body.form, body.files) : null;
    const response = await app.inject({
      method,
      url,
      headers: {
        cookie: jar.header(),
        'x-csrf-token': csrf,
        ...(multipart ? { 'content-type': multipart.contentType } : {}),
      },
      ...(multipart ? { payload: multipart.payload } : body && 'json' in body ? { payload: body.json } : {}),
    });
    jar.store(response.headers['set-cookie']);
    return answerOf(response);
  };
  if (consent === 'given') await request('POST', '/api/consent', { json: { consent: 'given' } });
  return {
    request,
    submit: (serviceId, fields, files) =>
      request('POST', `/api/services/${serviceId}/submissions`, { form: fields, ...(files ? { files } : {}) }),
  };
}

/** A request of the issuer's side with its token. */
export async function asIssuer(
  app: FastifyInstance,
  token: string,
  method: 'GET' | 'POST',
  url: string,
  body?: Body,
): Promise<Answer> {
  const multipart = body && 'form' in body ? form(body.form, body.files) : null;
  const response = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}`, ...(multipart ? { 'content-type': multipart.contentType } : {}) },
    ...(multipart ? { payload: multipart.payload } : body && 'json' in body ? { payload: body.json } : {}),
  });
  return answerOf(response);
}

/** A one-page PDF (the data box accepts files by their content). */
export async function pdfFile(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  return Buffer.from(await document.save());
}

/** Rows of a table, for "nothing stored". */
export async function count(db: Database, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? 0;
}

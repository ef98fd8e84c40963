/** Tests of webhooks: a portal whose processes can be told not to run jobs (a crashed one), a receiver, requests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceMetadata, SubmissionTypeDeclaration } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import { createToken } from '../catalogue/publisher-api/tokens.js';
import { publishBundle } from '../catalogue/publishing/publish.js';
import type { Database } from '../db/database.js';
import { bundleFiles, serviceMetadata } from '../test/fixtures.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

const PEOPLE = { jan: 'Jan Novák', eva: 'Eva Svobodová' };

const DOG: SubmissionTypeDeclaration = {
  id: 'prihlaseni-psa',
  name: { cs: 'Přihlášení psa', en: 'Registering a dog' },
  schema: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
};
const FEE: SubmissionTypeDeclaration = {
  id: 'poplatek',
  name: { cs: 'Ohlášení k místnímu poplatku', en: 'Local fee declaration' },
  schema: { type: 'object', required: ['persons'], properties: { persons: { type: 'integer', minimum: 1 } } },
};

export const WEBHOOK_TOKENS = { telc: 'czp_test_telc_webhooks', znojmo: 'czp_test_znojmo_webhooks' } as const;

export interface WebhookPortal {
  db: Database;
  app: FastifyInstance;
  /** The portal's clock (jobs, attempts): moves only when told, and by a millisecond at each reading. */
  now(): Date;
  advance(ms: number): void;
  /** Another server process on the same database; `runsJobs: false` is one that dies before running any. */
  another(options?: { runsJobs?: boolean }): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export async function webhookPortal(): Promise<WebhookPortal> {
  const db = await createTestDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'czp-webhooks-'));
  const store = new FileBundleStore(join(dir, 'remotes'));
  const services: ServiceMetadata[] = [
    serviceMetadata('telc', { submissions: [DOG] }),
    serviceMetadata('znojmo', { submissions: [FEE] }),
  ];
  for (const metadata of services) {
    await publishBundle(db, store, { metadata, version: '1.0.0', files: bundleFiles(metadata.id, '1.0.0') });
  }
  await createToken(db, 'mesto-telc', 'test', WEBHOOK_TOKENS.telc);
  await createToken(db, 'mesto-znojmo', 'test', WEBHOOK_TOKENS.znojmo);
  let at = new Date('2026-12-03T09:00:00.000Z').getTime();
  const now = () => {
    at += 1;
    return new Date(at);
  };
  const apps: FastifyInstance[] = [];
  const make = async (options: { runsJobs?: boolean } = {}) => {
    const app = await buildApp({
      db,
      store,
      version: '1.0.0',
      sessionSecret: 's'.repeat(32),
      identityProvider: scriptedIdentityProvider(PEOPLE),
      publicUrl: 'http://portal.test',
      now,
      // Concurrency 0: the process claims nothing, as one that stopped right after its commits.
      jobs: { now, pollIntervalMs: 60_000, concurrency: options.runsJobs === false ? 0 : 4 },
    });
    apps.push(app);
    return app;
  };
  const app = await make();
  return {
    db,
    app,
    now,
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

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** The statuses of the next answers, in order; 200 once they are used up. */
  answer(...statuses: number[]): void;
  close(): Promise<void>;
}

/** The issuer's own system on 127.0.0.1: keeps every request and answers as told. */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = statuses.shift() ?? 200;
      if (status >= 300 && status < 400) response.setHeader('Location', 'http://127.0.0.1:1/elsewhere');
      response.statusCode = status;
      response.end(status < 300 ? 'ok' : 'not now');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/czp-webhook`,
    received,
    answer: (...next) => statuses.push(...next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever the API answered.
  body: any;
}

/** A request of the publishing API with an issuer's token. */
export async function issuerRequest(
  app: FastifyInstance,
  token: string,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  url: string,
  json?: object,
): Promise<Answer> {
  const response = await app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(json ? { payload: json } : {}),
  });
  return { status: response.statusCode, body: response.body === '' ? undefined : response.json() };
}

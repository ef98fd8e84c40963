import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import { loadInventory } from './inventory.js';
import type { Metrics, QueueDepth } from './metrics.js';
import type { OperatorCredential } from './operator.js';
import { REQUEST_ID_HEADER } from './request-id.js';

export interface OperationsDeps {
  db: Database;
  /** The portal's version: in the operator's health details. */
  version: string;
  metrics: Metrics;
  operator: OperatorCredential;
  /** The ids of every migration this build brings: readiness waits until all are applied. */
  migrationIds: readonly string[];
  now: () => Date;
}

/** What the job queue (jobs/, decorated on the app by its wiring as `app.jobs`) offers the operator. */
interface QueueStats {
  stats(): Promise<readonly QueueDepth[]>;
}

/** Routes an unmatched request was answered by (the page's not-found handler): one label value for all of them. */
const UNMATCHED_ROUTE = '(unmatched)';

/**
 * What operators and the infrastructure see: the request id on every answer, request metrics, the health endpoints
 * (`/api/health` for compatibility, `/api/health/live` for the process, `/api/health/ready` for the load balancer),
 * and, with the operator's token, `/metrics`, the inventory and the health details.
 */
export function registerOperations(app: FastifyInstance, deps: OperationsDeps): void {
  const { db, metrics, operator } = deps;
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  const jobs = (): QueueStats | undefined => (app as unknown as { jobs?: QueueStats }).jobs;
  metrics.observe({ db, queueDepth: async () => (await jobs()?.stats()) ?? [] });

  app.addHook('onRequest', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    // The matched pattern (`/remotes/:serviceId/:version/*`), never the raw URL: label values stay bounded.
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const method = METHODS.has(request.method) ? request.method : 'OTHER';
    metrics.requests.inc({ method, route, status: String(reply.statusCode) });
    metrics.durations.observe({ method, route }, reply.elapsedTime / 1000);
  });

  const requireOperator = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!operator.allows(request)) {
      reply.header('WWW-Authenticate', 'Bearer realm="czp-operator"');
      throw new Refusal(401, 'operator-only', 'This needs the operator token (Authorization: Bearer <token>)');
    }
  };

  /** The database answers and carries every migration of this build; the error text only for the operator. */
  const checkDatabase = async (): Promise<{ ok: true } | { ok: false; error: string }> => {
    try {
      const applied = new Set(
        (await db.query<{ id: string }>('select id from schema_migrations')).map((row) => row.id),
      );
      const missing = deps.migrationIds.filter((id) => !applied.has(id));
      return missing.length ? { ok: false, error: `migrations not applied: ${missing.join(', ')}` } : { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };

  app.get('/api/health/live', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/api/health/ready', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    const database = closing ? { ok: false as const, error: 'shutting down' } : await checkDatabase();
    const status = database.ok ? 'ok' : closing ? 'closing' : 'unavailable';
    return reply
      .code(database.ok ? 200 : 503)
      .send(operator.allows(request) ? { status, database: { kind: db.kind, ...database } } : { status });
  });

  // Kept for what polls it (the e2e suite, Playwright's web server): anonymous callers learn only the status.
  app.get('/api/health', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    let database: { ok: true } | { ok: false; error: string };
    try {
      await db.query('select 1');
      database = { ok: true };
    } catch (error) {
      database = { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const status = database.ok ? 'ok' : 'degraded';
    reply.code(database.ok ? 200 : 503);
    if (!operator.allows(request)) return { status };
    const queue = await jobs()
      ?.stats()
      .catch(() => null);
    return {
      status,
      version: deps.version,
      database: { kind: db.kind, ...database },
      ...(queue ? { queue } : {}),
    };
  });

  app.get('/metrics', { onRequest: requireOperator }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store').type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });

  app.get('/api/operations/inventory', { onRequest: requireOperator }, async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return loadInventory(db, deps.now());
  });
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

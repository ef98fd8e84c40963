import { serviceIdSchema } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { etagOf, loadCatalogue } from '../catalogue/serving/catalogue.js';
import type { Database } from '../db/database.js';

export const FAILURE_REASONS = ['load-failed', 'timeout', 'crashed', 'integrity'] as const;

const required = (field: string, expectation: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${field} is required` : `${field} must be ${expectation}`;

/** What the shell reports when a remote failed to load or crashed. */
export const remoteFailureSchema = z.object({
  serviceId: z.string({ error: required('serviceId', 'a service id') }).pipe(serviceIdSchema),
  version: z
    .string({ error: required('version', 'a semantic version such as 1.0.0') })
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'version must be a semantic version such as 1.0.0')
    .optional(),
  reason: z.enum(FAILURE_REASONS, { error: required('reason', `one of ${FAILURE_REASONS.join(', ')}`) }),
  message: z.string({ error: required('message', 'text') }).max(500, 'message must be at most 500 characters'),
  page: z
    .string({ error: required('page', 'a path starting with /') })
    .max(2000, 'page must be at most 2000 characters')
    .regex(/^\/(?!\/)/, 'page must be a path starting with / (not a full URL)'),
});

export interface ApiDeps {
  db: Database;
  version: string;
  remoteFailuresRateLimit: { max: number; timeWindow: number | string };
}

export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const { db } = deps;

  app.get('/api/health', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await db.query('select 1');
      return { status: 'ok', version: deps.version, database: { kind: db.kind, ok: true } };
    } catch (error) {
      return reply.code(503).send({
        status: 'degraded',
        version: deps.version,
        database: { kind: db.kind, ok: false, error: error instanceof Error ? error.message : String(error) },
      });
    }
  });

  app.get('/api/catalogue', async (request, reply) => {
    const body = JSON.stringify(await loadCatalogue(db));
    const etag = etagOf(body);
    reply.header('ETag', etag).header('Cache-Control', 'no-cache');
    const inm = request.headers['if-none-match'];
    if (inm?.split(',').some((tag) => tag.trim() === etag)) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });

  app.get('/api/csrf-token', async (_request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { token: reply.generateCsrf() };
  });

  app.post(
    '/api/remote-failures',
    { bodyLimit: 16 * 1024, config: { rateLimit: deps.remoteFailuresRateLimit } },
    async (request, reply) => {
      const parsed = remoteFailureSchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.map(String).join('.') ?? '';
        return reply.code(400).send({
          error: 'validation',
          message: issue?.message ?? 'The report is not valid',
          field,
        });
      }
      const report = parsed.data;
      const [service] = await db.query('select 1 from services where id = $1', [report.serviceId]);
      if (!service) {
        return reply.code(404).send({
          error: 'not-found',
          message: `There is no service "${report.serviceId}" in the catalogue`,
          field: 'serviceId',
        });
      }
      const userAgent = request.headers['user-agent']?.slice(0, 500) ?? null;
      const [row] = await db.query<{ id: string }>(
        `insert into remote_failure_reports (service_id, version, reason, message, page, user_agent)
         values ($1, $2, $3, $4, $5, $6) returning id`,
        [report.serviceId, report.version ?? null, report.reason, report.message, report.page, userAgent],
      );
      request.log.warn({ report }, 'a remote failed in a browser');
      return reply.code(202).send({ id: row?.id });
    },
  );
}

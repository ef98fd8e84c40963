import { remoteFailureSchema } from '@czp/contract/api-schemas';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';

export interface FailureReportDeps {
  db: Database;
  remoteFailuresRateLimit: { max: number; timeWindow: number | string };
}

/** POST /api/remote-failures: the shell reports a service whose remote failed to load or crashed in a browser. */
export function registerFailureReports(app: FastifyInstance, deps: FailureReportDeps): void {
  const { db } = deps;
  app.post(
    '/api/remote-failures',
    { bodyLimit: 16 * 1024, config: { rateLimit: deps.remoteFailuresRateLimit } },
    async (request, reply) => {
      const report = parseOrRefuse(remoteFailureSchema, request.body ?? {}, 'report');
      const [service] = await db.query('select 1 from services where id = $1', [report.serviceId]);
      if (!service) {
        throw new Refusal(404, 'not-found', `There is no service "${report.serviceId}" in the catalogue`, 'serviceId');
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

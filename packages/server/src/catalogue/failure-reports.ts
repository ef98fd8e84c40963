import type { FailureReportEntry, FailureReportList, RemoteFailureReason } from '@czp/contract';
import { remoteFailureSchema } from '@czp/contract/api-schemas';
import type { FastifyInstance } from 'fastify';
import type { Database, Queryable } from '../db/database.js';
import { parseOrRefuse, Refusal } from '../http/refusal.js';
import { PublishError } from './publishing/errors.js';
import { checkPublisherOwns, type Publisher } from './publishing/ownership.js';

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

/**
 * The failure reports about one of the publisher's own services, newest first (GET
 * /api/publisher/services/:serviceId/reports). Another issuer's service is refused like any foreign service (403
 * issuer-mismatch); the browser's user agent stays with the operator.
 */
export async function listFailureReports(
  db: Queryable,
  publisher: Publisher,
  serviceId: string,
  limit: number,
): Promise<FailureReportList> {
  const [service] = await db.query<{ issuer_id: string }>('select issuer_id from services where id = $1', [serviceId]);
  if (!service) {
    throw new PublishError(
      'unknown-service',
      `There is no service ${serviceId}; publish a first version with POST /api/publisher/services/${serviceId}/versions`,
    );
  }
  checkPublisherOwns(publisher, serviceId, undefined, service.issuer_id);
  const rows = await db.query<{
    id: string;
    created_at: Date | string;
    version: string | null;
    reason: RemoteFailureReason;
    message: string;
    page: string;
  }>(
    `select id, created_at, version, reason, message, page from remote_failure_reports
      where service_id = $1 order by created_at desc, id desc limit $2`,
    [serviceId, limit],
  );
  const reports: FailureReportEntry[] = rows.map((row) => ({
    id: row.id,
    at: new Date(row.created_at).toISOString(),
    version: row.version,
    reason: row.reason,
    message: row.message,
    page: row.page,
  }));
  return { serviceId, reports };
}

import type { FastifyInstance } from 'fastify';
import type { RequestSessions } from '../auth/request-session.js';
import type { Database } from '../db/database.js';

export interface MyServicesRouteDeps {
  db: Database;
  sessions: RequestSessions;
}

/** The citizen's own list of services under /api/my-services. */
export function registerMyServicesRoutes(_app: FastifyInstance, _deps: MyServicesRouteDeps): void {}

import type { FastifyInstance } from 'fastify';
import type { BundleStore } from '../bundles/store.js';
import type { Database } from '../db/database.js';

export interface PublisherRouteDeps {
  db: Database;
  store: BundleStore;
  now: () => Date;
}

/** The publishing API under /api/publisher/ (issuer tokens, versions, activation, audit). */
export function registerPublisherRoutes(_app: FastifyInstance, _deps: PublisherRouteDeps): void {}

import type { FastifyInstance } from 'fastify';
import type { Migration } from './db/migrations.js';

/**
 * A feature of the server: one folder that owns its routes, store, schemas and tables. The wiring (app.ts) registers
 * every feature of features.ts with the same dependencies; each takes the part it declares in Deps.
 */
export interface Feature<Deps> {
  /** Its folder. */
  readonly name: string;
  /** Its tables, applied with every other feature's in release order (db/migrations.ts). */
  readonly migrations: readonly Migration[];
  register(app: FastifyInstance, deps: Deps): void | Promise<void>;
}

import { join } from 'node:path';
import type { Database } from './database.js';
import { createPgliteDatabase } from './pglite.js';
import { createPostgresDatabase } from './postgres.js';

/** PostgreSQL when a connection string is given, else embedded PGlite persisted in `<dataDir>/db`. */
export function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  return options.databaseUrl
    ? createPostgresDatabase(options.databaseUrl)
    : createPgliteDatabase(join(options.dataDir, 'db'));
}

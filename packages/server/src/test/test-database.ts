import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../db/database.js';
import { createPgliteDatabase } from '../db/pglite.js';
import { createPostgresDatabase, quoteIdentifier } from '../db/postgres.js';
import { migrate } from '../features.js';

/**
 * A real database for a test file: in-memory PGlite by default, or PostgreSQL when CZP_TEST_DATABASE_URL is set, in
 * a freshly created schema of its own that close() drops.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  const url = process.env.CZP_TEST_DATABASE_URL;
  let db: Database;
  if (url) {
    const schema = `czp_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${quoteIdentifier(schema)}`);
    await admin.end();
    const inner = await createPostgresDatabase(url, { schema, max: 4 });
    db = {
      ...inner,
      kind: inner.kind,
      async close() {
        await inner.close();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        await dropper.query(`drop schema if exists ${quoteIdentifier(schema)} cascade`);
        await dropper.end();
      },
    };
  } else {
    db = await createPgliteDatabase();
  }
  if (options.migrate !== false) await migrate(db);
  return db;
}

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import { createPostgresDatabase } from './postgres.js';

const url = process.env.CZP_TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL: a connection lost during a transaction', () => {
  let db: Database;
  let admin: pg.Client;
  beforeAll(async () => {
    db = await createPostgresDatabase(url as string, { max: 2 });
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await db.close();
  });

  it('fails that transaction, without an unhandled error, and the pool goes on with a fresh connection', async () => {
    // The server ends the transaction's connection while the transaction waits between two queries: pg emits
    // 'error' on the checked-out client, which, unheard, would be an uncaught exception (vitest fails the run).
    const outcome = db.transaction(async (tx) => {
      const [row] = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
      await admin.query('select pg_terminate_backend($1)', [row?.pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return tx.query('select 1');
    });
    await expect(outcome).rejects.toThrow();
    // Both pool slots still work: the broken client was destroyed, not handed out again.
    const rows = await Promise.all([db.query('select 1 as one'), db.query('select 2 as two')]);
    expect(rows).toEqual([[{ one: 1 }], [{ two: 2 }]]);
    expect(await db.transaction((tx) => tx.query('select 3 as three'))).toEqual([{ three: 3 }]);
  });
});

import pg from 'pg';
import type { Database, Queryable } from './database.js';

export interface PostgresOptions {
  /** Sets search_path on every connection (tests isolate each file in its own schema). */
  schema?: string;
  max?: number;
}

/** PostgreSQL through a `pg` connection pool. */
export async function createPostgresDatabase(
  connectionString: string,
  options: PostgresOptions = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  });
  // Idle clients can fail (server restart); log-free: the next query gets a fresh client.
  pool.on('error', () => {});
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await client.query(sql, params);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  const self = wrap(pool);
  return {
    kind: 'postgresql',
    query: self.query,
    exec: self.exec,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no error listener of the pool's: a connection lost while it is held (the server
      // restarts, the network drops) would be an unhandled 'error' event, which ends the process. The query that
      // was running fails with it anyway; the broken client is then destroyed, not given back to the pool.
      let lost: Error | undefined;
      const onLost = (error: Error) => {
        lost = error;
      };
      client.on('error', onLost);
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        if (!lost) await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.removeListener('error', onLost);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

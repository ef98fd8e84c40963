import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './portal-server.js';

/** The PostgreSQL server CI runs (trust authentication); E2E_POSTGRES_URL points elsewhere. */
const POSTGRES_URL = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

/** A fresh, empty database of this name on the server of POSTGRES_URL (dropped first if a run left it); its URL. */
export async function freshDatabase(name: string): Promise<string> {
  // The server's own PostgreSQL client: the e2e package needs no driver of its own for two statements.
  const pg = createRequire(join(root, 'packages/server/package.json'))('pg') as {
    Client: new (options: { connectionString: string }) => PgClient;
  };
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.href;
}

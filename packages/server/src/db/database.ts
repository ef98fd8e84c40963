/** Something SQL can be sent to: the database itself, or one transaction of it. PostgreSQL dialect, $1 params. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
}

type DatabaseKind = 'pglite' | 'postgresql';

/** The one query layer of the server: embedded PGlite by default, PostgreSQL when DATABASE_URL is set. */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

import type { Database } from './database.js';

/**
 * One step of the schema, owned by the feature whose tables it touches. Kept as TypeScript strings so the server
 * bundle carries them; PostgreSQL dialect (PGlite and PostgreSQL).
 */
export interface Migration {
  /**
   * `NNNN-name`: the number orders the migrations of every feature into one sequence (the next one takes the next
   * free number); never renamed or edited once released: add a new one instead.
   */
  id: string;
  sql: string;
}

/**
 * The features' migrations as one sequence, by id: the order they were released in, whichever feature owns them, so
 * an existing database applies exactly what it has not applied yet. Two migrations with one id are a mistake.
 */
export function inReleaseOrder(...lists: readonly (readonly Migration[])[]): readonly Migration[] {
  const all = lists.flat();
  const ids = new Set<string>();
  for (const migration of all) {
    if (ids.has(migration.id)) throw new Error(`two migrations have the id ${migration.id}`);
    ids.add(migration.id);
  }
  return [...all].sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Any constant works; it only has to be the same in every replica. */
const MIGRATION_LOCK = 7_426_001;

/** Applies the migrations not applied yet, in one transaction, serialised across replicas. Returns their ids. */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(`create table if not exists schema_migrations (
      id text primary key,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set((await tx.query<{ id: string }>('select id from schema_migrations')).map((row) => row.id));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id) values ($1)', [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  });
}

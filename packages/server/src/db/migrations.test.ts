import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../features.js';
import { createTestDatabase } from '../test/test-database.js';
import type { Database } from './database.js';

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await db.close();
  });

  it('applies every migration once, then nothing', async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ id: string }>('select id from schema_migrations order by id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('creates the tables the server needs', async () => {
    const tables = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'issuers',
        'remote_failure_reports',
        'schema_migrations',
        'service_versions',
        'services',
      ]),
    );
  });

  it('rolls a failing migration back entirely', async () => {
    const broken = [
      ...MIGRATIONS,
      { id: '9999-broken', sql: 'create table half_done (id int); select * from nowhere;' },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/nowhere/);
    const [row] = await db.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema = current_schema() and table_name = 'half_done'`,
    );
    expect(row?.n).toBe(0);
    expect(await migrate(db)).toEqual([]);
  });

  it('runs transactions: commit on success, rollback on error', async () => {
    await db.exec('create table tx_probe (v int)');
    await db.transaction(async (tx) => {
      await tx.query('insert into tx_probe values ($1)', [1]);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into tx_probe values ($1)', [2]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query('select v from tx_probe')).toEqual([{ v: 1 }]);
  });
});

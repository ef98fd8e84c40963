import type { AccessLogPort, AccessLogStart, RefusalCode } from '@czp/service-bus';
import type { Queryable } from '../db/database.js';

/**
 * The bus's access log on the portal's database (table register_access_log, migration 0008). Each call is one
 * statement outside any transaction, so the pending row of `start` is committed before the bus asks the register:
 * a read that could not be logged is never made, and a process that dies mid-read leaves the row pending, still
 * visible to the citizen.
 */
export function databaseAccessLog(db: Queryable): AccessLogPort {
  return {
    async start(entry) {
      const [row] = await db.query<{ id: string }>(
        `${INSERT} values ($1, $2, $3, $4, $5::jsonb, $6, $7::text[], $8, 'pending', null, null) returning id::text as id`,
        values(entry),
      );
      if (!row) throw new Error('the access log row was not written');
      return row.id;
    },
    async finish(id, outcome, at) {
      // Only a pending row: a finished read is never rewritten (a late retry of finish changes nothing).
      await db.query(
        `update register_access_log set outcome = $2, finished_at = $3 where id = $1 and outcome = 'pending'`,
        [id, outcome, at],
      );
    },
    async refused(entry, refusal: RefusalCode) {
      await db.query(`${INSERT} values ($1, $2, $3, $4, $5::jsonb, $6, $7::text[], $8, 'refused', $9, $2)`, [
        ...values(entry),
        refusal,
      ]);
    },
  };
}

const INSERT = `insert into register_access_log
  (person_id, at, reader_kind, reader_id, reader_name, register, items, purpose, outcome, refusal, finished_at)`;

function values(entry: AccessLogStart): unknown[] {
  return [
    entry.personId,
    entry.at,
    entry.reader.kind,
    entry.reader.id,
    JSON.stringify({ cs: entry.reader.name.cs, en: entry.reader.name.en }),
    entry.register,
    [...entry.items],
    entry.purpose,
  ];
}

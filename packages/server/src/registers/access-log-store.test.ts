import type { AccessLogStart } from '@czp/service-bus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertPerson } from '../auth/persons.js';
import type { Database } from '../db/database.js';
import { createTestDatabase } from '../test/test-database.js';
import { databaseAccessLog } from './access-log-store.js';

let db: Database;
let personId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  personId = (await upsertPerson(db, { issuer: 'https://idp.test', subject: 'jan', name: 'Jan Novák' })).id;
});
afterAll(async () => {
  await db.close();
});

const entry = (overrides: Partial<AccessLogStart> = {}): AccessLogStart => ({
  personId,
  at: new Date('2026-12-03T09:00:00.000Z'),
  reader: { kind: 'service', id: 'telc', name: { cs: 'Město Telč', en: 'The Town of Telč' } },
  register: 'residents',
  items: ['name', 'address'],
  purpose: 'prefill-form',
  ...overrides,
});

const rowOf = async (id: string) =>
  (
    await db.query<Record<string, unknown>>(
      `select person_id, at, reader_kind, reader_id, reader_name, register, items, purpose, outcome, refusal, finished_at
         from register_access_log where id = $1`,
      [id],
    )
  )[0];

describe('the access log on the database', () => {
  it('starts a read as pending and finishes it once', async () => {
    const log = databaseAccessLog(db);
    const id = await log.start(entry());
    expect(await rowOf(id)).toEqual({
      person_id: personId,
      at: new Date('2026-12-03T09:00:00.000Z'),
      reader_kind: 'service',
      reader_id: 'telc',
      reader_name: { cs: 'Město Telč', en: 'The Town of Telč' },
      register: 'residents',
      items: ['name', 'address'],
      purpose: 'prefill-form',
      outcome: 'pending',
      refusal: null,
      finished_at: null,
    });
    await log.finish(id, 'ok', new Date('2026-12-03T09:00:01.000Z'));
    // A finished read is never rewritten.
    await log.finish(id, 'failed', new Date('2026-12-03T09:00:05.000Z'));
    expect(await rowOf(id)).toMatchObject({ outcome: 'ok', finished_at: new Date('2026-12-03T09:00:01.000Z') });
  });

  it('writes a refused read in one step, with the reason', async () => {
    const log = databaseAccessLog(db);
    await log.refused(
      entry({ reader: { kind: 'portal', id: 'data', name: { cs: 'Údaje', en: 'Data' } }, items: ['points'] }),
      'undeclared-read',
    );
    const [row] = await db.query<Record<string, unknown>>(
      `select reader_kind, reader_id, items, outcome, refusal, finished_at from register_access_log
        where outcome = 'refused'`,
    );
    expect(row).toEqual({
      reader_kind: 'portal',
      reader_id: 'data',
      items: ['points'],
      outcome: 'refused',
      refusal: 'undeclared-read',
      finished_at: new Date('2026-12-03T09:00:00.000Z'),
    });
  });

  it('throws when the row cannot be written (the bus then does not read)', async () => {
    const log = databaseAccessLog(db);
    await expect(log.start(entry({ personId: '00000000-0000-4000-8000-000000000000' }))).rejects.toThrow();
  });
});

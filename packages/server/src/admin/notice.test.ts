import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDataBox } from '../data-box/boxes.js';
import type { Database } from '../db/database.js';
import { createTestDatabase } from '../test/test-database.js';
import { type AdminIo, runAdmin } from './cli.js';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.close();
});

async function admin(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: AdminIo = {
    openDatabase: async () => ({ ...db, close: async () => {} }),
    describeDatabase: () => 'test database',
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { code: await runAdmin(argv, io), out: out.join('\n'), err: err.join('\n') };
}

describe('czp-admin notice send', () => {
  it('delivers a notice from the operator’s system box into a citizen’s box, unread', async () => {
    const [person] = await db.query<{ id: string }>(
      `insert into persons (issuer, subject, name) values ('https://idp.test', 'jan', 'Jan Novák') returning id`,
    );
    const box = await ensureDataBox(db, person?.id ?? '');
    const sent = await admin(
      'notice',
      'send',
      '--box',
      box,
      '--subject',
      'Nízký kredit',
      '--text',
      'Dobijte si kredit.',
    );
    expect(sent.code).toBe(0);
    expect(sent.out).toMatch(
      new RegExp(`^Sent the notice "Nízký kredit" to the data box ${box} \\(message [0-9a-f-]{36}\\)\\.$`),
    );
    const rows = await db.query<{
      subject: string;
      body: string;
      direction: string;
      read_at: unknown;
      counterpart_box_id: string;
    }>('select subject, body, direction, read_at, counterpart_box_id from messages where box_id = $1', [box]);
    expect(rows).toEqual([
      {
        subject: 'Nízký kredit',
        body: 'Dobijte si kredit.',
        direction: 'received',
        read_at: null,
        counterpart_box_id: 'provozovatel-portalu',
      },
    ]);
  });

  it('says which box does not exist, and what is missing', async () => {
    const unknown = await admin('notice', 'send', '--box', 'zzzzzzz', '--subject', 'S', '--text', 'T');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('there is no data box "zzzzzzz"');
    const missing = await admin('notice', 'send', '--box', 'zzzzzzz');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('missing --subject, --text');
  });
});

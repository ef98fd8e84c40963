import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { createTestDatabase } from '../test/test-database.js';
import { type NotificationRequest, notify } from './notify.js';

let db: Database;
let personId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const [person] = await db.query<{ id: string }>(
    `insert into persons (issuer, subject, name) values ('test', 'jan', 'Jan Novák') returning id::text as id`,
  );
  personId = person?.id ?? '';
});
afterAll(() => db.close());

const request = (key: string, overrides: Partial<NotificationRequest> = {}): NotificationRequest => ({
  personId,
  kind: 'submission-changed',
  title: { cs: 'Vaše podání TEL-2026-000042 bylo přijato', en: 'Your application TEL-2026-000042 was accepted' },
  body: { cs: 'Úřad podání přijal.', en: 'The authority accepted the application.' },
  link: '/services/submissions/1',
  key,
  ...overrides,
});

const counts = async (key: string) => {
  const [row] = await db.query<{ notifications: number; jobs: number }>(
    `select (select count(*)::int from notifications where person_id = $1 and key = $2) as notifications,
            (select count(*)::int from jobs j join notifications n on j.key = n.id::text
             where j.kind = 'notifications.deliver' and n.key = $2) as jobs`,
    [personId, key],
  );
  return row;
};

describe('notify()', () => {
  it('writes the notification and its delivery job once per key', async () => {
    await db.transaction((tx) => notify(tx, request('a')));
    await db.transaction((tx) => notify(tx, request('a', { title: { cs: 'Jiný', en: 'Other' } })));
    expect(await counts('a')).toEqual({ notifications: 1, jobs: 1 });
    const [row] = await db.query<{ title: { cs: string } }>('select title from notifications where key = $1', ['a']);
    expect(row?.title.cs).toBe('Vaše podání TEL-2026-000042 bylo přijato');
  });

  it('writes nothing when the caller rolls back', async () => {
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, request('rolled-back'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await counts('rolled-back')).toEqual({ notifications: 0, jobs: 0 });
  });

  it('refuses a link outside the portal and texts missing a language', async () => {
    await expect(db.transaction((tx) => notify(tx, request('b', { link: '//evil.example/x' })))).rejects.toThrow(
      /link/,
    );
    await expect(db.transaction((tx) => notify(tx, request('b', { link: 'https://evil.example' })))).rejects.toThrow(
      /link/,
    );
    await expect(
      db.transaction((tx) => notify(tx, request('b', { title: { cs: 'Jen česky', en: ' ' } }))),
    ).rejects.toThrow(/title/);
    expect(await counts('b')).toEqual({ notifications: 0, jobs: 0 });
  });
});

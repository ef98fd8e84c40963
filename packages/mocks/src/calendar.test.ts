import { CALENDAR_ITEM_KINDS } from '@czp/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarHandlers, janNovakCalendar } from './calendar.js';

const server = setupServer(...calendarHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
const api = (path: string, init?: RequestInit) => fetch(`http://portal.test/api/services/calendar${path}`, init);
const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' },
});

describe("Jan Novák's calendar", () => {
  it('has one item of every kind, each with a portal link or none', () => {
    const items = janNovakCalendar();
    expect(items.map((item) => item.kind).sort()).toEqual([...CALENDAR_ITEM_KINDS].sort());
    for (const item of items) expect(item.link === null || item.link.startsWith('/')).toBe(true);
  });

  it('answers a range, refuses a bad one naming the field', async () => {
    const december = await (await api('/items?from=2026-12-01&to=2026-12-31')).json();
    expect(december.items.map((item: { date: string }) => item.date)).toEqual([
      '2026-12-09',
      '2026-12-10',
      '2026-12-15',
      '2026-12-20',
    ]);
    expect((await (await api('/items?from=2026-12-31&to=2026-12-01')).json()).field).toBe('to');
  });

  it('makes, changes and deletes reminders as the server does', async () => {
    expect((await (await api('/reminders', json('POST', { title: '', date: '2026-12-10' }))).json()).field).toBe(
      'title',
    );
    const made = await (await api('/reminders', json('POST', { title: 'Lékař', date: '2026-12-11' }))).json();
    expect(made).toMatchObject({ kind: 'reminder', date: '2026-12-11', time: null });
    expect((await api(`/reminders/${made.id}`, json('PUT', { title: 'Lékař', date: '2026-12-12' }))).status).toBe(200);
    expect((await api(`/reminders/${made.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/reminders/${made.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('rotates the feed URL', async () => {
    const first = await (await api('/feed')).json();
    expect((await (await api('/feed')).json()).url).toBe(first.url);
    const rotated = await (await api('/feed/rotate', { method: 'POST' })).json();
    expect(rotated.url).not.toBe(first.url);
  });
});

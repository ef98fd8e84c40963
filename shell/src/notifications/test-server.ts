/** An in-memory /api/notifications over msw for the shell's component tests, answering as the server does. */
import type { NotificationChoices, NotificationKind, NotificationSettingsView, NotificationView } from '@czp/contract';
import axe from 'axe-core';
import { HttpResponse, http } from 'msw';
import { expect } from 'vitest';
import { PortalApi } from '../api/api-client.js';

const ORIGIN = 'http://portal.test';
const API = `${ORIGIN}/api/notifications`;

/** The portal API over msw: relative paths resolved against the test origin. */
export const testTransport = () =>
  new PortalApi('csrf-1', (input, init) => fetch(new URL(String(input), ORIGIN), init));

export function notification(id: string, overrides: Partial<NotificationView> = {}): NotificationView {
  return {
    id,
    kind: 'submission-changed',
    title: { cs: `Vaše podání ${id} bylo přijato`, en: `Your application ${id} was accepted` },
    body: { cs: 'Úřad podání přijal.', en: 'The authority accepted the application.' },
    link: `/services/submissions/${id}`,
    createdAt: '2026-12-03T09:15:00.000Z',
    readAt: null,
    ...overrides,
  };
}

const NONE: NotificationChoices = {
  'data-box-message': { email: false, sms: false },
  'submission-changed': { email: false, sms: false },
  'document-expiry': { email: false, sms: false },
  reminder: { email: false, sms: false },
};

export interface FakeNotifications {
  items: NotificationView[];
  settings: NotificationSettingsView;
  /** What each call was, in order ("GET /unread-count", "POST /x/read", "PUT /settings {…}"). */
  calls: string[];
  /** The next PUT /settings answers this refusal instead. */
  refuseNext: { status: number; body: object } | null;
  handlers: ReturnType<typeof http.get>[];
}

export function fakeNotifications(
  items: NotificationView[],
  contacts: NotificationSettingsView['contacts'] = { email: null, phone: null },
): FakeNotifications {
  const fake: FakeNotifications = {
    items,
    settings: { choices: structuredClone(NONE), contacts },
    calls: [],
    refuseNext: null,
    handlers: [],
  };
  const unread = () => fake.items.filter((item) => item.readAt === null).length;
  fake.handlers = [
    http.get(`${API}/unread-count`, () => {
      fake.calls.push('GET /unread-count');
      return HttpResponse.json({ unread: unread() });
    }),
    http.get(`${API}/settings`, () => {
      fake.calls.push('GET /settings');
      return HttpResponse.json(fake.settings);
    }),
    http.put(`${API}/settings`, async ({ request }) => {
      const body = (await request.json()) as Partial<NotificationChoices>;
      fake.calls.push(`PUT /settings ${JSON.stringify(body)}`);
      if (request.headers.get('x-csrf-token') !== 'csrf-1')
        return HttpResponse.json({ error: 'csrf' }, { status: 403 });
      if (fake.refuseNext) {
        const { status, body: refusal } = fake.refuseNext;
        fake.refuseNext = null;
        return HttpResponse.json(refusal, { status });
      }
      for (const [kind, channels] of Object.entries(body) as [NotificationKind, { email: boolean; sms: boolean }][]) {
        fake.settings.choices[kind] = { ...fake.settings.choices[kind], ...channels };
      }
      return HttpResponse.json(fake.settings);
    }),
    http.get(API, () => {
      fake.calls.push('GET /');
      return HttpResponse.json({
        notifications: fake.items,
        page: 1,
        pageSize: 20,
        total: fake.items.length,
        unread: unread(),
      });
    }),
    http.post(`${API}/read-all`, () => {
      fake.calls.push('POST /read-all');
      for (const item of fake.items) item.readAt ??= '2026-12-03T10:00:00.000Z';
      return HttpResponse.json({ unread: 0 });
    }),
    http.post(`${API}/:id/read`, ({ params }) => {
      fake.calls.push(`POST /${String(params.id)}/read`);
      const item = fake.items.find((each) => each.id === params.id);
      if (!item) return HttpResponse.json({ error: 'not-found' }, { status: 404 });
      item.readAt ??= '2026-12-03T10:00:00.000Z';
      return HttpResponse.json({ notification: item, unread: unread() });
    }),
  ];
  return fake;
}

/** axe-core over the rendered tree (the rules jsdom cannot evaluate off, as the design system's tests do). */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { region: { enabled: false }, 'color-contrast': { enabled: false } },
  });
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

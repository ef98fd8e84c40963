import type { NotificationKind } from '@czp/contract';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notify } from './notify.js';
import { type Citizen, type NotificationsPortal, notificationsPortal, setContact, signIn } from './testing.js';

let portal: NotificationsPortal;
let jan: Citizen;
let eva: Citizen;

beforeAll(async () => {
  portal = await notificationsPortal();
  // Jan uses the portal in English; both his contacts are verified, and he chose e-mail and SMS for submissions.
  jan = await signIn(portal.app, 'jan', { locale: 'en' });
  await setContact(portal.db, jan.personId, 'email', 'jan@example.cz');
  await setContact(portal.db, jan.personId, 'phone', '+420 601 123 456');
  const saved = await jan.request('PUT', '/settings', {
    'submission-changed': { email: true, sms: true },
    'document-expiry': { email: true },
  });
  expect(saved.status).toBe(200);
  eva = await signIn(portal.app, 'eva');
}, 60_000);
afterAll(() => portal.close());
beforeEach(() => {
  portal.sent.emails.length = 0;
  portal.sent.sms.length = 0;
});

const tell = (personId: string, key: string, kind: NotificationKind = 'submission-changed') =>
  portal.db.transaction((tx) =>
    notify(tx, {
      personId,
      kind,
      title: { cs: 'Vaše podání TEL-2026-000042 bylo přijato', en: 'Your application TEL-2026-000042 was accepted' },
      body: { cs: 'Úřad podání přijal.', en: 'The authority accepted the application.' },
      link: '/services/submissions/42',
      key,
    }),
  );

describe('delivery', () => {
  it('sends by the person’s choices, in their language, with a key', async () => {
    await tell(jan.personId, 'accepted');
    await portal.app.jobs.drain();
    expect(portal.sent.emails).toHaveLength(1);
    expect(portal.sent.emails[0]).toMatchObject({
      to: 'jan@example.cz',
      subject: 'Your application TEL-2026-000042 was accepted',
      key: expect.stringMatching(/^notification:.+:email$/),
    });
    expect(portal.sent.emails[0]?.text).toContain('The authority accepted the application.');
    expect(portal.sent.emails[0]?.text).toContain('http://portal.test/services/submissions/42');
    expect(portal.sent.emails[0]?.text).toContain('http://portal.test/settings/notifications');
    expect(portal.sent.sms).toEqual([
      {
        to: '+420 601 123 456',
        text: 'Citizen Portal: Your application TEL-2026-000042 was accepted http://portal.test/services/submissions/42',
        key: expect.stringMatching(/^notification:.+:sms$/),
      },
    ]);
  });

  it('sends nothing outside the portal for a kind not chosen, or a channel not chosen', async () => {
    await tell(jan.personId, 'a reminder', 'reminder');
    await tell(jan.personId, 'expiry', 'document-expiry');
    await portal.app.jobs.drain();
    expect(portal.sent.emails.map((email) => email.to)).toEqual(['jan@example.cz']);
    expect(portal.sent.sms).toEqual([]);
    // The centre has them all.
    expect((await jan.request('GET', '/unread-count')).body.unread).toBe(3);
  });

  it('sends only to verified contacts: a pending one, or one removed after the choice, gets nothing', async () => {
    await setContact(portal.db, eva.personId, 'email', 'eva@example.cz');
    expect((await eva.request('PUT', '/settings', { reminder: { email: true } })).status).toBe(200);
    // Eva asks for a new address: it waits for its code, and the verified one is not in use in the meantime here.
    await setContact(portal.db, eva.personId, 'email', 'nova@example.cz', { verified: false });
    await tell(eva.personId, 'pending', 'reminder');
    await portal.app.jobs.drain();
    expect(portal.sent.emails).toEqual([]);
    await setContact(portal.db, eva.personId, 'email', 'nova@example.cz');
    await tell(eva.personId, 'verified', 'reminder');
    await portal.app.jobs.drain();
    expect(portal.sent.emails.map((email) => [email.to, email.subject])).toEqual([
      ['nova@example.cz', 'Vaše podání TEL-2026-000042 bylo přijato'],
    ]);
  });

  it('loses nothing when the process stops between the commit and the send: the next one sends it', async () => {
    const first = await portal.another();
    await tell(jan.personId, 'before the crash');
    // The first process never ran its queue and is gone.
    await first.close();
    expect(portal.sent.emails).toEqual([]);
    const second = await portal.another();
    await second.jobs.drain();
    expect(portal.sent.emails.map((email) => email.subject)).toEqual(['Your application TEL-2026-000042 was accepted']);
    expect(portal.sent.sms).toHaveLength(1);
    await second.close();
  });

  it('retries a failed channel without sending the other one again', async () => {
    const sms = portal.app.notifications.sms;
    let failures = 2;
    portal.app.notifications.sms = {
      send: async (message) => {
        if (failures-- > 0) throw new Error('the gateway is down');
        await sms.send(message);
      },
    };
    try {
      await tell(jan.personId, 'retried');
      await portal.app.jobs.drain();
      expect(portal.sent.emails).toHaveLength(1);
      expect(portal.sent.sms).toHaveLength(0);
      for (let attempt = 0; attempt < 3; attempt++) {
        portal.advance(10_000);
        await portal.app.jobs.drain();
      }
      expect(portal.sent.emails).toHaveLength(1);
      expect(portal.sent.sms).toHaveLength(1);
      const [row] = await portal.db.query<{ channels: string[] }>(
        `select array_agg(d.channel order by d.channel) as channels from notification_deliveries d
         join notifications n on n.id = d.notification_id where n.key = 'retried'`,
      );
      expect(row?.channels).toEqual(['email', 'sms']);
    } finally {
      portal.app.notifications.sms = sms;
    }
  });

  it('sends again with the same key when the send went out but its record did not commit', async () => {
    const email = portal.app.notifications.email;
    let lost = 1;
    // The relay took the message, then the process lost its answer (as if it crashed before the commit).
    portal.app.notifications.email = {
      send: async (message) => {
        await email.send(message);
        if (lost-- > 0) throw new Error('connection reset after DATA');
      },
    };
    try {
      await tell(jan.personId, 'at least once');
      await portal.app.jobs.drain();
      portal.advance(10_000);
      await portal.app.jobs.drain();
      portal.advance(10_000);
      await portal.app.jobs.drain();
      expect(portal.sent.emails).toHaveLength(2);
      // The same Message-ID both times: a mail system that drops duplicates delivers it once.
      expect(new Set(portal.sent.emails.map((sent) => sent.key)).size).toBe(1);
    } finally {
      portal.app.notifications.email = email;
    }
  });

  it('sends once with two processes draining the same queue', async () => {
    const other = await portal.another();
    for (let i = 0; i < 5; i++) await tell(jan.personId, `parallel ${i}`);
    await Promise.all([portal.app.jobs.drain(), other.jobs.drain()]);
    expect(portal.sent.emails).toHaveLength(5);
    expect(portal.sent.sms).toHaveLength(5);
    expect(new Set(portal.sent.emails.map((sent) => sent.key)).size).toBe(5);
    await other.close();
  });
});

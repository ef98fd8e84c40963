import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from './notify.js';
import { type Citizen, type NotificationsPortal, notificationsPortal, setContact, signIn } from './testing.js';

let portal: NotificationsPortal;
let jan: Citizen;
let eva: Citizen;

beforeAll(async () => {
  portal = await notificationsPortal();
  jan = await signIn(portal.app, 'jan');
  eva = await signIn(portal.app, 'eva');
}, 60_000);
afterAll(() => portal.close());

const tell = (personId: string, key: string, title = key) =>
  portal.db.transaction((tx) =>
    notify(tx, {
      personId,
      kind: 'reminder',
      title: { cs: `${title} (cs)`, en: `${title} (en)` },
      body: { cs: 'Text', en: 'Text' },
      link: '/calendar',
      key,
    }),
  );

describe('the centre', () => {
  it('lists the person’s own notifications newest first, with the unread count', async () => {
    await tell(jan.personId, 'first');
    await tell(jan.personId, 'second');
    await tell(eva.personId, 'evas');
    const page = await jan.request('GET', '');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 20, total: 2, unread: 2 });
    expect(page.body.notifications.map((n: { title: { en: string } }) => n.title.en)).toEqual([
      'second (en)',
      'first (en)',
    ]);
    expect(page.body.notifications[0]).toMatchObject({ kind: 'reminder', link: '/calendar', readAt: null });
    expect((await jan.request('GET', '/unread-count')).body).toEqual({ unread: 2 });
    expect((await eva.request('GET', '/unread-count')).body).toEqual({ unread: 1 });
    expect((await jan.request('GET', '?page=2')).body.notifications).toEqual([]);
    expect((await jan.request('GET', '?page=0')).body).toMatchObject({ field: 'page' });
  });

  it('marks one read, or all, and only the person’s own', async () => {
    const [second, first] = (await jan.request('GET', '')).body.notifications;
    const read = await jan.request('POST', `/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.unread).toBe(1);
    expect(read.body.notification.readAt).toBe('2026-12-03T09:00:00.000Z');
    const evas = (await eva.request('GET', '')).body.notifications[0];
    // Another citizen's id, a malformed id: not found, and nothing changes.
    expect((await jan.request('POST', `/${evas.id}/read`)).status).toBe(404);
    expect((await jan.request('POST', '/not-an-id/read')).status).toBe(404);
    expect((await eva.request('GET', '/unread-count')).body).toEqual({ unread: 1 });
    expect((await jan.request('POST', '/read-all')).body).toEqual({ unread: 0 });
    expect((await eva.request('GET', '/unread-count')).body).toEqual({ unread: 1 });
    const after = (await jan.request('GET', '')).body.notifications;
    expect(after.find((n: { id: string }) => n.id === second.id).readAt).not.toBeNull();
  });

  it('needs a session, consent and the CSRF token', async () => {
    expect((await portal.app.inject({ url: '/api/notifications' })).statusCode).toBe(401);
    expect((await portal.app.inject({ url: '/api/notifications/unread-count' })).statusCode).toBe(401);
    const petr = await signIn(portal.app, 'petr', { consent: false });
    expect((await petr.request('GET', '')).body).toMatchObject({ error: 'consent-required' });
    expect((await petr.request('GET', '/unread-count')).status).toBe(403);
    const noCsrf = await jan.request('POST', '/read-all', undefined, { csrf: false });
    expect(noCsrf.status).toBe(403);
  });
});

describe('settings', () => {
  it('start with the portal only, and refuse e-mail or SMS without a verified contact', async () => {
    const start = await eva.request('GET', '/settings');
    expect(start.body).toEqual({
      choices: {
        'data-box-message': { email: false, sms: false },
        'submission-changed': { email: false, sms: false },
        'document-expiry': { email: false, sms: false },
        reminder: { email: false, sms: false },
      },
      contacts: { email: null, phone: null },
    });
    const noEmail = await eva.request('PUT', '/settings', { 'submission-changed': { email: true } });
    expect(noEmail).toMatchObject({
      status: 400,
      body: {
        field: 'submission-changed.email',
        message: expect.stringMatching(/^Verify your e-mail in PROFILE first/),
      },
    });
    // A value still waiting for its code does not count.
    await setContact(portal.db, eva.personId, 'phone', '+420 602 234 567', { verified: false });
    const noPhone = await eva.request('PUT', '/settings', { reminder: { sms: true } });
    expect(noPhone.body).toMatchObject({ field: 'reminder.sms', message: expect.stringMatching(/PROFILE first/) });
    expect((await eva.request('GET', '/settings')).body).toEqual(start.body);
  });

  it('store the choices a verified contact allows, kind by kind', async () => {
    await setContact(portal.db, eva.personId, 'email', 'eva@example.cz');
    const saved = await eva.request('PUT', '/settings', {
      'submission-changed': { email: true },
      'document-expiry': { email: true, sms: false },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.contacts).toEqual({ email: 'eva@example.cz', phone: null });
    expect(saved.body.choices['submission-changed']).toEqual({ email: true, sms: false });
    expect(saved.body.choices['document-expiry']).toEqual({ email: true, sms: false });
    // A kind left out keeps its choice.
    const again = await eva.request('PUT', '/settings', { reminder: { email: true } });
    expect(again.body.choices['submission-changed']).toEqual({ email: true, sms: false });
    expect(again.body.choices.reminder).toEqual({ email: true, sms: false });
    // Jan's are his own.
    expect((await jan.request('GET', '/settings')).body.choices.reminder).toEqual({ email: false, sms: false });
  });

  it('validate the shape, naming the field', async () => {
    expect((await eva.request('PUT', '/settings', { birthday: { email: true } })).body).toMatchObject({
      error: 'validation',
      message: expect.stringMatching(/birthday is not a kind of notification/),
    });
    expect((await eva.request('PUT', '/settings', { reminder: { email: 'yes' } })).body).toMatchObject({
      field: 'reminder.email',
      message: 'reminder.email must be true or false',
    });
    expect((await eva.request('PUT', '/settings', { reminder: true })).body).toMatchObject({ field: 'reminder' });
    expect((await eva.request('PUT', '/settings', { reminder: {} }, { csrf: false })).status).toBe(403);
  });

  it('answer a choice whose contact was removed as off', async () => {
    await portal.db.query(`delete from person_contacts where person_id = $1 and kind = 'email'`, [eva.personId]);
    const now = (await eva.request('GET', '/settings')).body;
    expect(now.choices['submission-changed']).toEqual({ email: false, sms: false });
    expect(now.contacts.email).toBeNull();
  });
});

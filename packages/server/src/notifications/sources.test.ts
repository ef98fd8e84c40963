import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asIssuer, signIn, type TestCitizen, type TestPortal, TOKENS, testPortal } from '../submissions/testing.js';
import type { EmailMessage } from './channels/email.js';
import { setContact } from './testing.js';

/** What the other features tell: submissions' changes and data box arrivals, each once. */

let portal: TestPortal;
let jan: TestCitizen;
let janId: string;
const emails: EmailMessage[] = [];

interface Entry {
  kind: string;
  title: { cs: string; en: string };
  link: string | null;
}
const centre = async (): Promise<Entry[]> => (await jan.request('GET', '/api/notifications')).body.notifications;

beforeAll(async () => {
  portal = await testPortal();
  portal.app.notifications.email = { send: async (message) => void emails.push(message) };
  jan = await signIn(portal.app, 'jan');
  janId = (await jan.request('GET', '/api/session')).body.person.id;
  await setContact(portal.db, janId, 'email', 'jan@example.cz');
}, 60_000);
afterAll(() => portal.close());

describe('a submission’s changes', () => {
  it('are one submission-changed notification each, and their data messages are not announced again', async () => {
    const submitted = await jan.submit('telc', {
      type: 'prihlaseni-psa',
      data: JSON.stringify({ name: 'Rex', age: 3 }),
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.id as string;
    const reference = submitted.body.reference as string;
    await portal.app.jobs.drain();
    // The portal's receipt (delivered); the citizen's own "submitted" is not told back to them.
    expect(await centre()).toEqual([
      expect.objectContaining({
        kind: 'submission-changed',
        title: {
          cs: `Vaše podání ${reference} bylo doručeno úřadu`,
          en: `Your application ${reference} was delivered to the authority`,
        },
        link: `/services/submissions/${id}`,
      }),
    ]);
    const accepted = await asIssuer(portal.app, TOKENS.telc, 'POST', `/api/publisher/submissions/${id}/status`, {
      json: { status: 'accepted' },
    });
    expect(accepted.status).toBe(200);
    await portal.app.jobs.drain();
    const entries = await centre();
    expect(entries.map((entry) => entry.title.cs)).toEqual([
      `Vaše podání ${reference} bylo přijato`,
      `Vaše podání ${reference} bylo doručeno úřadu`,
    ]);
    // The data box holds both messages of the authority, and none became a data-box-message notification.
    expect(entries.filter((entry) => entry.kind === 'data-box-message')).toEqual([]);
    const inbox = await jan.request('GET', `/api/services/data-box/messages?folder=inbox`);
    expect(inbox.body.messages.length).toBeGreaterThanOrEqual(2);
  });

  it('go by e-mail when chosen, once', async () => {
    emails.length = 0;
    const [row] = await portal.db.query<{ id: string }>(
      `select id from submissions where person_id = $1 order by submitted_at desc limit 1`,
      [janId],
    );
    // Jan chose e-mail for his submissions (the settings route's own tests check the choosing).
    await portal.db.query(
      `insert into notification_preferences (person_id, choices) values ($1, '{"submission-changed": {"email": true}}')
       on conflict (person_id) do update set choices = excluded.choices`,
      [janId],
    );
    await asIssuer(portal.app, TOKENS.telc, 'POST', `/api/publisher/submissions/${row?.id}/status`, {
      json: { status: 'in-progress', note: 'Ověřujeme čip.' },
    });
    await portal.app.jobs.drain();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.subject).toMatch(/^Vaše podání TEL-\d{4}-\d{6} se vyřizuje$/);
    expect(emails[0]?.text).toContain('Ověřujeme čip.');
  });
});

describe('a data box arrival', () => {
  it('is a data-box-message notification linking to the message', async () => {
    const boxId = (await jan.request('GET', '/api/services/data-box/box')).body.id;
    const messageId = await portal.app.dataBox.systemNotice(boxId, 'Nízký kredit', 'Dobijte si kredit.');
    await portal.app.jobs.drain();
    const [latest] = await centre();
    expect(latest).toMatchObject({
      kind: 'data-box-message',
      title: {
        cs: 'Nová zpráva v datové schránce od: Provozovatel Portálu občana',
        en: 'A new message in your data box from: Portal operator',
      },
      link: `/services/data-box/message/${messageId}`,
    });
  });
});

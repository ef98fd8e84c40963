import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { developmentAuthorities } from '../development/authorities.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { databaseAttachmentStore } from './attachments.js';
import { findAuthorityBox } from './boxes.js';
import { deliverReceived } from './store.js';
import { signInCitizen, type TestCitizen } from './test-citizen.js';

let db: Database;
let dir: string;
let app: FastifyInstance;
// 23:30 UTC on 1 December 2026: already 2 December in Prague.
const NOW = new Date('2026-12-01T23:30:00Z');

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-automat-'));
  await db.query(
    `insert into issuers (id, name, ico) values ('mesto-telc', '{"cs": "Město Telč", "en": "Town of Telč"}', '00286711')`,
  );
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'a'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák', eva: 'Eva Svobodová', lenka: 'Lenka Malá' }),
    authorities: developmentAuthorities,
    now: () => NOW,
  });
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

async function inbox(citizen: TestCitizen) {
  return (await citizen.request('GET', '/messages?folder=inbox')).body.messages as {
    id: string;
    subject: string;
    conversationId: string;
    automatic: boolean;
    sender: { boxId: string };
  }[];
}

const messageCount = async () =>
  Number((await db.query<{ n: number }>('select count(*)::int as n from messages'))[0]?.n);

describe('automatic replies', () => {
  it('a question to the Ministry of Justice gets a receipt, in Czech alone with the day in words, marked automatic', async () => {
    const jan = await signInCitizen(app, 'jan', 'given', 'cs');
    const sent = await jan.send({ recipient: 'ministerstvo-spravedlnosti', subject: 'Dotaz na lhůtu' });
    expect(sent.status).toBe(201);
    expect(sent.body.automatic).toBe(false);
    await app.jobs.drain();
    const [receipt] = await inbox(jan);
    expect(receipt).toMatchObject({
      subject: 'Potvrzení o doručení: Dotaz na lhůtu',
      conversationId: sent.body.conversationId,
      sender: { boxId: 'ministerstvo-spravedlnosti' },
      automatic: true,
    });
    const read = (await jan.request('GET', `/messages/${receipt?.id}`)).body;
    expect(read.body).toBe(
      'Vaše zpráva „Dotaz na lhůtu“ byla 2. prosince 2026 doručena do datové schránky: Ministerstvo spravedlnosti.\n' +
        'Tato zpráva byla odeslána automaticky; neodpovídejte na ni.',
    );
  });

  it('writes to a citizen who sent in English in English alone, the extract’s message as well', async () => {
    const eva = await signInCitizen(app, 'eva', 'given', 'en');
    const sent = await eva.send({ recipient: 'ministerstvo-spravedlnosti', subject: 'Výpis z rejstříku trestů' });
    expect(sent.status).toBe(201);
    await app.jobs.drain();
    const replies = await inbox(eva);
    expect(replies.map((reply) => reply.subject).sort()).toEqual([
      'Criminal record extract',
      'Delivery confirmation: Výpis z rejstříku trestů',
    ]);
    expect(replies.every((reply) => reply.automatic)).toBe(true);
    for (const reply of replies) {
      const { body } = (await eva.request('GET', `/messages/${reply.id}`)).body;
      expect(body).toContain('2 December 2026');
      expect(body).not.toMatch(/zpráva|zasíláme|2026-12-0/);
    }
  });
});

describe('replies', () => {
  it('refuses a reply to an automatic message with 409 naming replyTo, and stores nothing', async () => {
    const jan = await signInCitizen(app, 'jan');
    const receipt = (await inbox(jan)).find((message) => message.automatic);
    expect(receipt).toBeDefined();
    const before = await messageCount();
    const reply = await jan.send({
      recipient: 'ministerstvo-spravedlnosti',
      subject: `Re: ${receipt?.subject}`,
      replyTo: receipt?.id ?? '',
    });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ error: 'automatic-message', field: 'replyTo' });
    expect(await messageCount()).toBe(before);
  });

  it('takes a reply to an authority’s own message into its conversation, to its sender only', async () => {
    const lenka = await signInCitizen(app, 'lenka');
    const { id: boxId } = (await lenka.request('GET', '/box')).body;
    const telc = await findAuthorityBox(db, 'mesto-telc');
    if (!telc) throw new Error('no box of Telč');
    const letterId = await db.transaction((tx) =>
      deliverReceived(tx, databaseAttachmentStore, {
        boxId,
        from: telc,
        subject: 'Výzva k doplnění',
        body: 'Doplňte prosím přílohu.',
        now: NOW,
      }),
    );
    const letter = (await lenka.request('GET', `/messages/${letterId}`)).body;
    expect(letter.automatic).toBe(false);

    const elsewhere = await lenka.send({ recipient: 'ministerstvo-spravedlnosti', subject: 'Re', replyTo: letterId });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body).toMatchObject({ field: 'recipient' });
    const unknown = await lenka.send({
      recipient: 'mesto-telc',
      subject: 'Re',
      replyTo: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: 'unknown-message', field: 'replyTo' });
    const malformed = await lenka.send({ recipient: 'mesto-telc', subject: 'Re', replyTo: 'x' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ field: 'replyTo' });

    const reply = await lenka.send({ recipient: 'mesto-telc', subject: 'Re: Výzva k doplnění', replyTo: letterId });
    expect(reply.status).toBe(201);
    expect(reply.body.conversationId).toBe(letter.conversationId);
  });

  it('marks the portal operator’s notices automatic', async () => {
    const lenka = await signInCitizen(app, 'lenka');
    const { id: boxId } = (await lenka.request('GET', '/box')).body;
    const id = await app.dataBox.systemNotice(boxId, 'Nízký kredit', 'Dobijte si kredit.');
    expect((await lenka.request('GET', `/messages/${id}`)).body.automatic).toBe(true);
    await app.jobs.drain();
  });
});

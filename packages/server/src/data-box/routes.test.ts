import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { developmentAuthorities } from '../development/authorities.js';
import { CookieJar } from '../test/cookie-jar.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';

const API = '/api/services/data-box';
let db: Database;
let dir: string;
let app: FastifyInstance;
let pdf: Buffer;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-data-box-'));
  await db.query(
    `insert into issuers (id, name, ico) values ('mesto-telc', '{"cs": "Město Telč", "en": "The Town of Telč"}', '00286711')`,
  );
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'd'.repeat(32),
    identityProvider: scriptedIdentityProvider({
      jan: 'Jan Novák',
      eva: 'Eva Svobodová',
      petr: 'Petr Dvořák',
      lenka: 'Lenka Malá',
    }),
    publicUrl: 'http://portal.test',
    dataBoxRegister: (person) => person.subject !== 'petr',
    authorities: developmentAuthorities,
  });
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  pdf = Buffer.from(await document.save());
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

interface File {
  name: string;
  content: Buffer;
  type?: string;
}

/** A multipart/form-data body as a browser sends it. */
function multipart(fields: Record<string, string>, files: File[] = []) {
  const boundary = `----czp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function signedIn(subject: string) {
  const jar = new CookieJar();
  const start = await app.inject({ url: '/auth/login' });
  jar.store(start.headers['set-cookie']);
  const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
  const callback = await app.inject({
    url: `/auth/callback?${new URLSearchParams({ code: `${subject}:substantial`, state })}`,
    headers: { cookie: jar.header() },
  });
  jar.store(callback.headers['set-cookie']);
  const token = await app.inject({ url: '/api/csrf-token', headers: { cookie: jar.header() } });
  jar.store(token.headers['set-cookie']);
  const csrf = token.json().token as string;
  // The data box is for a citizen who consented to the processing of their data (the consent page at first login).
  const consent = await app.inject({
    method: 'POST',
    url: '/api/consent',
    headers: { cookie: jar.header(), 'x-csrf-token': csrf },
    payload: { consent: 'given' },
  });
  jar.store(consent.headers['set-cookie']);
  const request = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: { payload: Buffer; contentType: string } | object,
  ) => {
    const form = body && 'contentType' in body ? (body as { payload: Buffer; contentType: string }) : null;
    const response = await app.inject({
      method,
      url: `${API}${path}`,
      headers: {
        cookie: jar.header(),
        'x-csrf-token': csrf,
        ...(form ? { 'content-type': form.contentType } : {}),
      },
      ...(form ? { payload: form.payload } : body ? { payload: body } : {}),
    });
    jar.store(response.headers['set-cookie']);
    return response;
  };
  const send = (fields: Record<string, string>, files: File[] = []) =>
    request('POST', '/messages', multipart({ recipient: 'mesto-telc', subject: 'Dotaz', ...fields }, files));
  const folder = async (name: string, q?: string) =>
    (await request('GET', `/messages?folder=${name}${q === undefined ? '' : `&q=${encodeURIComponent(q)}`}`)).json();
  const boxId = (await request('GET', '/box')).json().id as string;
  return { request, send, folder, boxId };
}

const count = async (table: string) =>
  Number((await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n);

describe('data box', () => {
  it('sends a message with a PDF, stores it by content, and the municipality acknowledges it', async () => {
    const jan = await signedIn('jan');
    expect(jan.boxId).toMatch(/^[a-z0-9]{7}$/);
    const before = (await jan.request('GET', '/storage')).json();
    expect(before).toEqual({ usedBytes: 0, quotaBytes: 524_288_000 });
    const sent = await jan.send({ subject: 'Žádost o příspěvek', body: 'Dobrý den, posílám žádost.' }, [
      { name: 'žádost.pdf', content: pdf },
    ]);
    expect(sent.statusCode).toBe(201);
    const message = sent.json();
    expect(message).toMatchObject({
      folder: 'sent',
      status: 'sent',
      subject: 'Žádost o příspěvek',
      recipient: { boxId: 'mesto-telc', name: { cs: 'Město Telč' } },
      sender: { boxId: jan.boxId, name: { cs: 'Jan Novák' } },
      attachments: [{ position: 0, name: 'žádost.pdf', size: pdf.length, mediaType: 'application/pdf' }],
    });

    const listed = await jan.folder('sent');
    expect(listed.total).toBe(1);
    expect(listed.messages[0]).toMatchObject({ id: message.id, conversationId: message.conversationId });
    expect(listed.messages[0].body).toBeUndefined();

    const download = await jan.request('GET', `/attachments/${message.id}/0`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%C5%BE%C3%A1dost.pdf");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
    expect(download.headers['cache-control']).toBe('private, no-store');

    await app.jobs.drain();
    const inbox = await jan.folder('inbox');
    expect(inbox.total).toBe(1);
    const reply = inbox.messages[0];
    expect(reply).toMatchObject({
      unread: true,
      conversationId: message.conversationId,
      sender: { boxId: 'mesto-telc' },
      subject: 'Potvrzení o doručení: Žádost o příspěvek',
    });
    expect((await jan.request('GET', '/unread-count')).json()).toEqual({ count: 1, unread: 1 });
    expect((await jan.request('GET', '/box')).json()).toMatchObject({ exists: true, unread: 1 });
    const read = (await jan.request('GET', `/messages/${reply.id}`)).json();
    expect(read.body).toContain('Žádost o příspěvek');
    expect(read.unread).toBe(false);
    expect((await jan.request('GET', '/unread-count')).json()).toEqual({ count: 0, unread: 0 });
    // Storage grew by the message with its attachment, and by the acknowledgement that arrived.
    const after = (await jan.request('GET', '/storage')).json();
    const sentSize =
      Buffer.byteLength('Žádost o příspěvek') + Buffer.byteLength('Dobrý den, posílám žádost.') + pdf.length;
    expect(after.usedBytes - before.usedBytes).toBe(
      sentSize + Buffer.byteLength(read.subject) + Buffer.byteLength(read.body),
    );
    expect((await jan.folder('sent')).messages[0].status).toBe('delivered');

    const conversation = (await jan.request('GET', `/conversations/${message.conversationId}`)).json();
    expect(conversation.messages.map((m: { id: string }) => m.id)).toEqual([message.id, reply.id]);
  });

  it('keeps, changes, sends and deletes drafts; a sent message can never be changed', async () => {
    const jan = await signedIn('jan');
    const draft = (
      await jan.send({ subject: 'Rozepsáno', body: 'první verze', draft: 'true' }, [
        { name: 'a.pdf', content: pdf },
        { name: 'b.txt', content: Buffer.from('poznámka'), type: 'text/plain' },
      ])
    ).json();
    expect(draft).toMatchObject({ status: 'draft', folder: 'drafts' });
    expect((await jan.folder('drafts')).messages.map((m: { id: string }) => m.id)).toContain(draft.id);
    expect((await jan.folder('sent')).messages.map((m: { id: string }) => m.id)).not.toContain(draft.id);

    const updated = await jan.request(
      'PUT',
      `/drafts/${draft.id}`,
      multipart({
        recipient: 'ministerstvo-vnitra',
        subject: 'Rozepsáno 2',
        body: 'druhá verze',
        keepAttachments: '1',
      }),
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      subject: 'Rozepsáno 2',
      body: 'druhá verze',
      recipient: { boxId: 'ministerstvo-vnitra' },
      attachments: [{ position: 0, name: 'b.txt', mediaType: 'text/plain; charset=utf-8' }],
    });

    const sent = await jan.request('POST', `/drafts/${draft.id}/send`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', folder: 'sent' });
    const change = await jan.request(
      'PUT',
      `/drafts/${draft.id}`,
      multipart({ recipient: 'mesto-telc', subject: 'x' }),
    );
    expect(change.statusCode).toBe(409);
    expect(change.json()).toMatchObject({ error: 'already-sent' });
    expect(change.json().message).toMatch(/can no longer be changed or deleted/);
    expect((await jan.request('DELETE', `/drafts/${draft.id}`)).statusCode).toBe(409);
    expect((await jan.request('POST', `/drafts/${draft.id}/send`)).statusCode).toBe(409);

    const other = (await jan.send({ subject: 'Zahodit', draft: 'true' })).json();
    expect((await jan.request('DELETE', `/drafts/${other.id}`)).statusCode).toBe(204);
    expect((await jan.request('GET', `/messages/${other.id}`)).statusCode).toBe(404);
    await app.jobs.drain();
  });

  it('checks attachments by their content, and limits their number and size', async () => {
    const jan = await signedIn('jan');
    const before = await count('messages');
    const exe = await jan.send({}, [{ name: 'faktura.pdf', content: Buffer.from('MZ\u0090\u0000program') }]);
    expect(exe.statusCode).toBe(400);
    expect(exe.json()).toMatchObject({ error: 'attachment-type', field: 'attachments' });
    expect(exe.json().message).toMatch(/"faktura.pdf" is a Windows program/);
    const html = await jan.send({}, [{ name: 'doklad.pdf', content: Buffer.from('<html><script>alert(1)</script>') }]);
    expect(html.statusCode).toBe(400);
    expect(html.json().message).toMatch(/"doklad.pdf" is an HTML document/);

    const many = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.pdf`, content: pdf }));
    const tooMany = await jan.send({}, many);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toMatchObject({ error: 'too-many-attachments' });
    expect(tooMany.json().message).toMatch(/at most 10 attachments/);

    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await jan.send({}, [{ name: 'velký.pdf', content: big }]);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ error: 'attachment-too-large' });
    expect(tooBig.json().message).toMatch(/"velký.pdf" is larger than 10 MB/);

    const eight = Buffer.concat([pdf, Buffer.alloc(8 * 1024 * 1024)]);
    const tooMuch = await jan.send(
      {},
      [1, 2, 3].map((i) => ({ name: `${i}.pdf`, content: eight })),
    );
    expect(tooMuch.statusCode).toBe(413);
    expect(tooMuch.json()).toMatchObject({ error: 'message-too-large' });

    const noSubject = await jan.send({ subject: '' });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json()).toMatchObject({ field: 'subject', message: 'Write a subject' });
    const unknown = await jan.send({ recipient: 'atlantida' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: 'unknown-recipient', field: 'recipient' });
    expect(await count('messages')).toBe(before);
  });

  it('refuses a message over the quota and stores nothing of it', async () => {
    const lenka = await signedIn('lenka');
    await db.query('update data_boxes set quota_bytes = $2 where id = $1', [lenka.boxId, 2000]);
    const tables = ['messages', 'message_attachments', 'attachment_blobs'];
    const before = await Promise.all(tables.map(count));
    const unique = Buffer.concat([pdf, randomBytes(3000)]);
    const refused = await lenka.send({ subject: 'Velká příloha' }, [{ name: 'sken.pdf', content: unique }]);
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error).toBe('quota-exceeded');
    expect(refused.json().message).toMatch(/^This message needs [\d.]+ kB but your data box has 2 kB free of 2 kB/);
    expect(await Promise.all(tables.map(count))).toEqual(before);
    expect((await lenka.request('GET', '/storage')).json()).toEqual({ usedBytes: 0, quotaBytes: 2000 });
    expect((await lenka.send({ subject: 'Krátká' })).statusCode).toBe(201);
    await app.jobs.drain();
  });

  it('belongs to its citizen: another gets 404 for every id of it', async () => {
    const jan = await signedIn('jan');
    const eva = await signedIn('eva');
    const secret = (await jan.send({ subject: 'Soukromé', draft: 'true' }, [{ name: 'p.pdf', content: pdf }])).json();
    const sent = (await jan.send({ subject: 'Odesláno' }, [{ name: 'q.pdf', content: pdf }])).json();
    expect((await eva.folder('drafts')).messages).toEqual([]);
    expect((await eva.folder('sent', 'Odesláno')).total).toBe(0);
    for (const id of [secret.id, sent.id]) {
      expect((await eva.request('GET', `/messages/${id}`)).statusCode).toBe(404);
      expect((await eva.request('GET', `/attachments/${id}/0`)).statusCode).toBe(404);
      expect(
        (await eva.request('PUT', `/drafts/${id}`, multipart({ recipient: 'mesto-telc', subject: 'x' }))).statusCode,
      ).toBe(404);
      expect((await eva.request('POST', `/drafts/${id}/send`)).statusCode).toBe(404);
      expect((await eva.request('DELETE', `/drafts/${id}`)).statusCode).toBe(404);
    }
    expect((await eva.request('GET', `/conversations/${sent.conversationId}`)).statusCode).toBe(404);
    expect((await eva.request('GET', '/messages/not-a-uuid')).statusCode).toBe(404);
    const still = (await jan.request('GET', `/messages/${secret.id}`)).json();
    expect(still).toMatchObject({ status: 'draft', subject: 'Soukromé' });
    await app.jobs.drain();
  });

  it('answers 403 no-data-box to a person without a box (a badge of 0), and 401 without a login', async () => {
    const petr = await signedIn('petr');
    expect((await petr.request('GET', '/box')).json()).toEqual({ exists: false });
    // The navigation's badge: nothing unread, not a refusal (the browser logs every 403 as a console error).
    const badge = await petr.request('GET', '/unread-count');
    expect(badge.statusCode).toBe(200);
    expect(badge.json()).toEqual({ count: 0, unread: 0 });
    const list = await petr.request('GET', '/messages');
    expect(list.statusCode).toBe(403);
    expect(list.json()).toEqual({
      error: 'no-data-box',
      message: 'You have no data box. You can set one up at a Czech POINT office or online at mojedatovaschranka.cz',
    });
    expect((await petr.send({})).statusCode).toBe(403);
    expect((await app.inject({ url: `${API}/messages` })).statusCode).toBe(401);
  });

  it('returns the first message for a repeated idempotency key', async () => {
    const eva = await signedIn('eva');
    const first = await eva.send({ subject: 'Jednou', idempotencyKey: 'eva-key-1' });
    const again = await eva.send({ subject: 'Jednou', idempotencyKey: 'eva-key-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    expect((await eva.folder('sent', 'Jednou')).total).toBe(1);
    await app.jobs.drain();
  });

  it('finds messages with or without diacritics, in any case', async () => {
    const eva = await signedIn('eva');
    await eva.send({ subject: 'Příspěvek na bydlení', body: 'Žádám o příspěvek.' });
    for (const q of ['příspěvek', 'PRISPEVEK', 'zadam', 'telč', 'Telc']) {
      expect((await eva.folder('sent', q)).messages.map((m: { subject: string }) => m.subject)).toContain(
        'Příspěvek na bydlení',
      );
    }
    expect((await eva.folder('sent', 'dotace')).total).toBe(0);
    await app.jobs.drain();
  });

  it('answers a criminal record request with a PDF extract', async () => {
    const eva = await signedIn('eva');
    const request = await eva.send({
      recipient: 'ministerstvo-spravedlnosti',
      subject: 'Žádost o výpis z rejstříku trestů',
    });
    expect(request.statusCode).toBe(201);
    await app.jobs.drain();
    // The ministry confirms the delivery and sends the extract: the one with the attachment.
    const reply = (await eva.folder('inbox', 'rejstriku trestu')).messages.find(
      (m: { attachments: unknown[] }) => m.attachments.length > 0,
    );
    expect(reply).toMatchObject({
      conversationId: request.json().conversationId,
      sender: { boxId: 'ministerstvo-spravedlnosti' },
      attachments: [{ position: 0, name: 'vypis-z-rejstriku-trestu.pdf', mediaType: 'application/pdf' }],
    });
    const download = await eva.request('GET', `/attachments/${reply.id}/0`);
    const extract = await PDFDocument.load(download.rawPayload);
    expect(extract.getPageCount()).toBe(1);
    expect(extract.getTitle()).toMatch(/Rejstříku trestů/);
  });

  it('validates the settings, and tells of an arrival in the notification centre', async () => {
    const eva = await signedIn('eva');
    expect((await eva.request('GET', '/notifications')).json()).toEqual({
      email: null,
      phone: null,
      channels: ['portal'],
    });
    const bad = await eva.request('PUT', '/notifications', { email: 'nope', channels: ['email'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'email' });
    const noPhone = await eva.request('PUT', '/notifications', { channels: ['sms'] });
    expect(noPhone.json()).toMatchObject({ field: 'phone', message: 'Enter a phone number to get notices by SMS' });
    const saved = await eva.request('PUT', '/notifications', {
      email: 'eva@example.cz',
      phone: '602234567',
      channels: ['email'],
    });
    expect(saved.json()).toEqual({ email: 'eva@example.cz', phone: '+420 602 234 567', channels: ['portal', 'email'] });

    const messageId = await app.dataBox.systemNotice(eva.boxId, 'Nízký kredit', 'Dobijte si kredit.');
    await app.jobs.drain();
    // The arrival is a data-box-message notification (notifications/): in the centre, and by e-mail only to an
    // address verified in PROFILE (contacts/), which this one is not, so nothing goes out.
    const notified = await db.query<{ kind: string; sends: number }>(
      `select n.kind, (select count(*)::int from jobs j where j.kind = 'notifications.send'
                        and j.key like n.id::text || ':%') as sends
       from notifications n join data_boxes b on b.person_id = n.person_id where b.id = $1 and n.link = $2`,
      [eva.boxId, `/services/data-box/message/${messageId}`],
    );
    expect(notified).toEqual([{ kind: 'data-box-message', sends: 0 }]);
    const notice = (await eva.folder('inbox', 'kredit')).messages[0];
    expect(notice).toMatchObject({ sender: { name: { cs: 'Provozovatel Portálu občana', en: 'Portal operator' } } });
  });

  it('stores markup in a body as text and returns it unchanged', async () => {
    const eva = await signedIn('eva');
    const body = '<script>alert("x")</script> & <b>tučně</b>';
    const sent = (await eva.send({ subject: 'Značky', body })).json();
    const read = await eva.request('GET', `/messages/${sent.id}`);
    expect(read.headers['content-type']).toMatch(/^application\/json/);
    expect(read.json().body).toBe(body);
    await app.jobs.drain();
  });

  it('lists municipalities and ministries as recipients, not the operator', async () => {
    // An issuer whose services are a ministry's is a ministry, not a municipality.
    await db.query(`insert into issuers (id, name, ico) values ('mmr', $1, '66002222')`, [
      JSON.stringify({ cs: 'Ministerstvo pro místní rozvoj', en: 'Ministry for Regional Development' }),
    ]);
    await db.query(
      `insert into services (id, issuer_id, metadata) values ('mmr-sluzba', 'mmr', '{"category": "ministry"}')`,
    );
    const eva = await signedIn('eva');
    const { recipients } = (await eva.request('GET', '/recipients')).json();
    expect(recipients.find((r: { id: string }) => r.id === 'mmr')).toMatchObject({ kind: 'ministry' });
    expect(recipients.find((r: { id: string }) => r.id === 'mesto-telc')).toMatchObject({ kind: 'municipality' });
    const ids = recipients.map((r: { id: string }) => r.id);
    expect(ids).toContain('mesto-telc');
    expect(ids).toContain('ministerstvo-spravedlnosti');
    expect(ids).not.toContain('provozovatel-portalu');
    expect(recipients.find((r: { id: string }) => r.id === 'mesto-telc').name).toEqual({
      cs: 'Město Telč',
      en: 'The Town of Telč',
    });
  });
});

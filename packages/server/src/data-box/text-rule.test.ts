import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { controlMessage } from '@czp/contract';
import type { FastifyInstance } from 'fastify';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { signInCitizen, type TestCitizen } from './test-citizen.js';

/**
 * The class of text the one rule refuses: NUL, another C0, DEL, C1. (A broken surrogate cannot travel in a form or a
 * query: UTF-8 has no bytes for it, a browser sends U+FFFD; the JSON APIs, where "\\uD800" can, test it.)
 */
const CONTROL = ['a\u0000b', 'x\u0007y', 'x\u001b[31m', 'x\u007f', 'x\u0085', 'x\u009b'];
/** Text that shows nothing. */
const INVISIBLE = ['\u200B\u200B\u200B', ' \u2060\uFEFF\u200C '];

let db: Database;
let dir: string;
let app: FastifyInstance;
let jan: TestCitizen;
let pdf: Buffer;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-text-rule-'));
  await db.query(
    `insert into issuers (id, name, ico) values ('mesto-telc', '{"cs": "Město Telč", "en": "Town of Telč"}', '00286711')`,
  );
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 't'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
  });
  jan = await signInCitizen(app, 'jan');
  const document = await PDFDocument.create();
  document.addPage([100, 100]);
  pdf = Buffer.from(await document.save());
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const message = (fields: Record<string, string>) => ({ recipient: 'mesto-telc', subject: 'Dotaz', ...fields });

describe('the one text rule in the data box', () => {
  it('refuses control characters with a 400 naming the field: subject, recipient, body, search, draft subject', async () => {
    const draft = await jan.send(message({ draft: 'true' }));
    expect(draft.status).toBe(201);
    for (const text of CONTROL) {
      const label = JSON.stringify(text);
      for (const field of ['subject', 'recipient', 'body']) {
        const sent = await jan.send(message({ [field]: text }));
        expect({ status: sent.status, body: sent.body }, `${field} ${label}`).toEqual({
          status: 400,
          body: { error: 'validation', message: controlMessage(field), field },
        });
      }
      const saved = await jan.request('PUT', `/drafts/${draft.body.id}`, { fields: message({ subject: text }) });
      expect(saved, `draft ${label}`).toMatchObject({ status: 400, body: { field: 'subject' } });
      const search = await jan.request('GET', `/messages?folder=sent&q=${encodeURIComponent(text)}`);
      expect(search, `q ${label}`).toEqual({
        status: 400,
        body: { error: 'validation', message: controlMessage('q'), field: 'q' },
      });
    }
    // Nothing of it was stored.
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from messages');
    expect(row?.n).toBe(1);
  });

  it('counts a subject of only invisible characters as no subject', async () => {
    for (const text of INVISIBLE) {
      expect(await jan.send(message({ subject: text }))).toMatchObject({
        status: 400,
        body: { message: 'Write a subject', field: 'subject' },
      });
      expect(await jan.send(message({ recipient: text }))).toMatchObject({
        status: 400,
        body: { message: 'Choose a recipient', field: 'recipient' },
      });
    }
  });

  it('neutralises directional overrides and line breaks in a subject and in file names', async () => {
    const sent = await jan.send(message({ subject: '\u202Efdp.exe\r\nBcc: x' }), [
      { name: 'sken\u202Efdp.pdf', content: pdf, type: 'application/pdf' },
      { name: 'C:\\fakepath\\..\\.zpráva\u2066.pdf', content: pdf, type: 'application/pdf' },
    ]);
    expect(sent.status).toBe(201);
    expect(sent.body.subject).toBe('fdp.exe Bcc: x');
    expect(sent.body.attachments.map((a: { name: string }) => a.name)).toEqual(['skenfdp.pdf', 'zpráva.pdf']);
    // "\u202Efdp.exe" reads as "exe.pdf": without the override it is what it is, a .exe, and refused as one.
    const disguised = await jan.send(message({}), [{ name: '\u202Efdp.exe', content: pdf, type: 'application/pdf' }]);
    expect(disguised).toMatchObject({ status: 400, body: { error: 'attachment-type', field: 'attachments' } });
    expect(disguised.body.message).toMatch(/^"fdp\.exe" is a PDF document, but its name ends in \.exe/);
    await app.jobs.drain();
  });

  it('refuses control characters in a file name, naming the attachments', async () => {
    for (const text of CONTROL) {
      const sent = await jan.send(message({}), [{ name: `${text}.pdf`, content: pdf, type: 'application/pdf' }]);
      expect(sent, JSON.stringify(text)).toMatchObject({ status: 400, body: { field: 'attachments' } });
    }
  });
});

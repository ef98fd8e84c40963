import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileBundleStore } from '../catalogue/bundle-store.js';
import type { Database } from '../db/database.js';
import { scriptedIdentityProvider } from '../test/scripted-identity-provider.js';
import { createTestDatabase } from '../test/test-database.js';
import { ALLOWED_TYPES_TEXT } from './sniff.js';
import { signInCitizen, type TestCitizen } from './test-citizen.js';

let db: Database;
let dir: string;
let app: FastifyInstance;
let jan: TestCitizen;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'czp-formats-'));
  await db.query(
    `insert into issuers (id, name, ico) values ('mesto-telc', '{"cs": "Město Telč", "en": "Town of Telč"}', '00286711')`,
  );
  app = await buildApp({
    db,
    store: new FileBundleStore(join(dir, 'remotes')),
    version: '1.0.0',
    sessionSecret: 'f'.repeat(32),
    identityProvider: scriptedIdentityProvider({ jan: 'Jan Novák' }),
  });
  jan = await signInCitizen(app, 'jan');
}, 30_000);
afterAll(async () => {
  await app.close();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

/** A Word document zipped with fflate: the parts Word needs, and `extra`. */
function docx(extra: Record<string, Uint8Array> = {}): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ' +
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8('<w:document/>'),
      ...extra,
    }),
  );
}

const send = (name: string, content: Buffer) =>
  jan.send({ recipient: 'mesto-telc', subject: 'Příloha' }, [{ name, content }]);

describe('attachments follow the data box list of formats', () => {
  it('accepts a DOCX and refuses one with macros or an embedded program, naming the file', async () => {
    expect((await send('žádost.docx', docx())).status).toBe(201);
    const macro = await send('žádost.docx', docx({ 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }));
    expect(macro).toMatchObject({ status: 400, body: { error: 'attachment-type', field: 'attachments' } });
    expect(macro.body.message).toBe(
      `"žádost.docx" is an Office document with macros, which a data box does not accept. Attach ${ALLOWED_TYPES_TEXT} files.`,
    );
    const program = await send('faktura.docx', docx({ 'word/embeddings/oleObject1.bin': strToU8('MZ') }));
    expect(program.body.message).toMatch(/^"faktura\.docx" is an Office document with an embedded object/);
    await app.jobs.drain();
  });

  it('refuses a plain program, whatever its name, and says what is accepted', async () => {
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\u0000\u0000', 0x80, 'latin1');
    for (const name of ['setup.exe', 'faktura.pdf']) {
      const refused = await send(name, exe);
      expect(refused.status, name).toBe(400);
      expect(refused.body.message, name).toMatch(new RegExp(`^"${name.replace('.', '\\.')}" is a Windows program`));
      expect(refused.body.message).toContain(ALLOWED_TYPES_TEXT);
    }
  });

  it('refuses a file whose name says another type than its content', async () => {
    const refused = await send('poznámka.exe', Buffer.from('Dobrý den'));
    expect(refused.body).toMatchObject({ error: 'attachment-type', field: 'attachments' });
    expect(refused.body.message).toBe(
      '"poznámka.exe" is plain text, but its name ends in .exe. Rename it to end in .txt or .csv or .edi and attach it again.',
    );
    expect((await send('poznámka.txt', Buffer.from('Dobrý den'))).status).toBe(201);
    await app.jobs.drain();
  });
});

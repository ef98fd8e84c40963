import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniff } from './sniff.js';

/** A zip archive with the given entries (stored or deflated); enough structure for the sniffer. */
function zip(entries: Record<string, string>, deflate = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = deflate ? deflateRawSync(Buffer.from(text)) : Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(text.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(text.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const accepted = async (content: Buffer) => {
  const result = await sniff(content);
  return result.allowed ? result.mediaType : `refused: ${result.label}`;
};

describe('sniff', () => {
  it('recognises the accepted types by their bytes', async () => {
    expect(await accepted(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(await accepted(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(await accepted(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(await accepted(Buffer.from('GIF89a\u0001\u0000'))).toBe('image/gif');
    expect(await accepted(Buffer.from('Dobrý den,\nposílám žádost.\n'))).toBe('text/plain; charset=utf-8');
  });

  it('looks inside zip-based office documents', async () => {
    const odt = zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect(await accepted(odt)).toBe('application/vnd.oasis.opendocument.text');
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect(await accepted(ods)).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const types = (main: string) =>
      `<Types><Override PartName="/x" ContentType="application/vnd.openxmlformats-officedocument.${main}"/></Types>`;
    const docx = zip(
      { '[Content_Types].xml': types('wordprocessingml.document.main+xml'), 'word/document.xml': '' },
      true,
    );
    expect(await accepted(docx)).toMatch(/wordprocessingml\.document$/);
    const xlsx = zip({ '[Content_Types].xml': types('spreadsheetml.sheet.main+xml'), 'xl/workbook.xml': '' }, true);
    expect(await accepted(xlsx)).toMatch(/spreadsheetml\.sheet$/);
    expect(await accepted(zip({ 'evil.exe': 'MZ' }))).toBe('refused: a ZIP archive');
  });

  it('refuses programs, markup and unknown binary data, whatever the name says', async () => {
    expect(await accepted(Buffer.from('MZ\u0090\u0000\u0003'))).toMatch(/Windows program/);
    expect(await accepted(Buffer.from('\u007fELF\u0002\u0001'))).toMatch(/Linux program/);
    expect(await accepted(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>'))).toMatch(/HTML/);
    expect(await accepted(Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toMatch(/SVG/);
    expect(await accepted(Buffer.from([0x00, 0x01, 0x02, 0xfe]))).toMatch(/unknown type/);
    expect(await accepted(Buffer.alloc(0))).toMatch(/empty/);
  });
});

/** A real .docx as Word writes it (the parts Word needs), zipped with fflate; `extra` adds parts. */
function docx(extra: Record<string, Uint8Array> = {}, contentType = 'wordprocessingml.document.main+xml'): Buffer {
  const xml = (text: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${text}`);
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.${contentType}"/>` +
          '</Types>',
      ),
      '_rels/.rels': xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          '</Relationships>',
      ),
      'word/document.xml': xml(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>' +
          '<w:t>Žádost</w:t></w:r></w:p></w:body></w:document>',
      ),
      ...extra,
    }),
  );
}

describe('sniff: the data box list of formats, and what an office document may not carry', () => {
  it('accepts a real DOCX, and refuses one with a macro part or an embedded program', async () => {
    expect(await accepted(docx())).toMatch(/wordprocessingml\.document$/);
    expect(await accepted(docx({ 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }))).toBe(
      'refused: an Office document with macros',
    );
    expect(await accepted(docx({}, 'wordprocessingml.document.macroEnabled.main+xml'))).toBe(
      'refused: an Office document with macros',
    );
    expect(await accepted(docx({ 'word/embeddings/oleObject1.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }))).toBe(
      'refused: an Office document with an embedded object (such as a program)',
    );
    expect(await accepted(docx({ 'word/media/setup.exe': strToU8('MZ\u0090') }))).toBe(
      'refused: an Office document with an embedded program',
    );
    expect(await accepted(Buffer.from(zipSync({ 'setup.exe': strToU8('MZ') })))).toBe('refused: a ZIP archive');
  });

  it('refuses an ODF document with macros (Basic/)', async () => {
    const odt = (extra: Record<string, Uint8Array> = {}) =>
      Buffer.from(
        zipSync({
          mimetype: strToU8('application/vnd.oasis.opendocument.text'),
          'content.xml': strToU8('<office:document-content/>'),
          ...extra,
        }),
      );
    expect(await accepted(odt())).toBe('application/vnd.oasis.opendocument.text');
    expect(await accepted(odt({ 'Basic/Standard/Module1.xml': strToU8('<script/>') }))).toBe(
      'refused: an Office document with macros',
    );
  });

  it('refuses a plain Windows program and formats outside the list, and an RTF with an object', async () => {
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\u0000\u0000', 0x80, 'latin1');
    expect(await accepted(exe)).toMatch(/^refused: a Windows program/);
    expect(await accepted(Buffer.from('{\\rtf1\\ansi Dobrý den}'))).toBe('application/rtf');
    expect(await accepted(Buffer.from('{\\rtf1{\\object\\objemb{\\objdata 4d5a}}}'))).toBe(
      'refused: an RTF document with an embedded object',
    );
    const bmp = Buffer.alloc(64);
    bmp.write('BM', 0, 'latin1');
    expect(await accepted(bmp)).toMatch(/^refused: /);
    expect(await accepted(Buffer.from("UNA:+.? 'UNB+UNOC:3+SENDER+RECEIVER'"))).toBe('text/plain; charset=utf-8');
  });
});

import { deflateRawSync } from 'node:zlib';
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

const accepted = (content: Buffer) => {
  const result = sniff(content);
  return result.allowed ? result.mediaType : `refused: ${result.label}`;
};

describe('sniff', () => {
  it('recognises the accepted types by their bytes', () => {
    expect(accepted(Buffer.from('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(accepted(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(accepted(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(accepted(Buffer.from('GIF89a\u0001\u0000'))).toBe('image/gif');
    expect(accepted(Buffer.from('Dobrý den,\nposílám žádost.\n'))).toBe('text/plain; charset=utf-8');
  });

  it('looks inside zip-based office documents', () => {
    const odt = zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect(accepted(odt)).toBe('application/vnd.oasis.opendocument.text');
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' });
    expect(accepted(ods)).toBe('application/vnd.oasis.opendocument.spreadsheet');
    const types = (main: string) =>
      `<Types><Override PartName="/x" ContentType="application/vnd.openxmlformats-officedocument.${main}"/></Types>`;
    const docx = zip(
      { '[Content_Types].xml': types('wordprocessingml.document.main+xml'), 'word/document.xml': '' },
      true,
    );
    expect(accepted(docx)).toMatch(/wordprocessingml\.document$/);
    const xlsx = zip({ '[Content_Types].xml': types('spreadsheetml.sheet.main+xml'), 'xl/workbook.xml': '' }, true);
    expect(accepted(xlsx)).toMatch(/spreadsheetml\.sheet$/);
    expect(accepted(zip({ 'evil.exe': 'MZ' }))).toBe('refused: a ZIP archive');
  });

  it('refuses programs, markup and unknown binary data, whatever the name says', () => {
    expect(accepted(Buffer.from('MZ\u0090\u0000\u0003'))).toMatch(/Windows program/);
    expect(accepted(Buffer.from('\u007fELF\u0002\u0001'))).toMatch(/Linux program/);
    expect(accepted(Buffer.from('<!DOCTYPE html><html><script>alert(1)</script>'))).toMatch(/HTML/);
    expect(accepted(Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toMatch(/SVG/);
    expect(accepted(Buffer.from([0x00, 0x01, 0x02, 0xfe]))).toMatch(/unknown type/);
    expect(accepted(Buffer.alloc(0))).toMatch(/empty/);
  });
});

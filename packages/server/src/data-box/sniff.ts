import { inflateRawSync } from 'node:zlib';
import { hasBinaryControls } from './text.js';

/** What the bytes of a file are, found from its content (never from its name or the type a browser declared). */
export type Sniffed = { allowed: true; mediaType: string; label: string } | { allowed: false; label: string };

const MEDIA = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  text: 'text/plain; charset=utf-8',
} as const;

/** The types a data box accepts, for messages that name them. */
export const ALLOWED_TYPES_TEXT = 'PDF, PNG, JPEG, GIF, DOCX, XLSX, ODT, ODS or plain text';

const startsWith = (content: Buffer, bytes: number[] | string) =>
  typeof bytes === 'string'
    ? content.subarray(0, bytes.length).toString('latin1') === bytes
    : bytes.every((byte, index) => content[index] === byte);

/** Detects the type of a file by its magic bytes; zip-based office files by their inner manifest. */
export function sniff(content: Buffer): Sniffed {
  if (content.length === 0) return { allowed: false, label: 'an empty file' };
  if (startsWith(content, '%PDF-')) return { allowed: true, mediaType: MEDIA.pdf, label: 'a PDF document' };
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { allowed: true, mediaType: MEDIA.png, label: 'a PNG image' };
  }
  if (startsWith(content, [0xff, 0xd8, 0xff])) return { allowed: true, mediaType: MEDIA.jpeg, label: 'a JPEG image' };
  if (startsWith(content, 'GIF87a') || startsWith(content, 'GIF89a')) {
    return { allowed: true, mediaType: MEDIA.gif, label: 'a GIF image' };
  }
  if (startsWith(content, 'PK\x03\x04')) return sniffZip(content);
  if (startsWith(content, 'MZ')) return { allowed: false, label: 'a Windows program (executable)' };
  if (startsWith(content, '\x7fELF')) return { allowed: false, label: 'a Linux program (executable)' };
  if (
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xcf, 0xfa, 0xed, 0xfe],
      [0xca, 0xfe, 0xba, 0xbe],
    ].some((m) => startsWith(content, m))
  ) {
    return { allowed: false, label: 'a macOS program (executable)' };
  }
  if (startsWith(content, '#!')) return { allowed: false, label: 'a script' };
  return sniffText(content);
}

function sniffText(content: Buffer): Sniffed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { allowed: false, label: 'binary data of an unknown type' };
  }
  // Control characters other than tab, line breaks and form feed mean a binary format.
  if (hasBinaryControls(text)) {
    return { allowed: false, label: 'binary data of an unknown type' };
  }
  // Markup a browser would run if it ever rendered the file: never accepted as "plain text".
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html|<script[\s>]|<iframe[\s>]|<body[\s>]/.test(head)) {
    return { allowed: false, label: 'an HTML document' };
  }
  if (/^<\?xml|^<svg[\s>]/.test(head)) {
    return { allowed: false, label: head.includes('<svg') ? 'an SVG image' : 'an XML document' };
  }
  return { allowed: true, mediaType: MEDIA.text, label: 'plain text' };
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Reads the central directory of a zip archive (no zip64; office documents of our sizes need none). */
function zipEntries(content: Buffer): ZipEntry[] | null {
  const min = Math.max(0, content.length - 22 - 65_535);
  let end = -1;
  for (let at = content.length - 22; at >= min; at -= 1) {
    if (content.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = content.readUInt16LE(end + 10);
  let at = content.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = content.readUInt16LE(at + 28);
    entries.push({
      method: content.readUInt16LE(at + 10),
      compressedSize: content.readUInt32LE(at + 20),
      localOffset: content.readUInt32LE(at + 42),
      name: content.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
    });
    at += 46 + nameLength + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32);
  }
  return entries;
}

function zipRead(content: Buffer, entry: ZipEntry): string | null {
  const at = entry.localOffset;
  if (at + 30 > content.length || content.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + content.readUInt16LE(at + 26) + content.readUInt16LE(at + 28);
  const data = content.subarray(start, start + entry.compressedSize);
  try {
    if (entry.method === 0) return data.toString('utf8');
    // A manifest is small: a bomb is cut off rather than inflated.
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: 1_000_000 }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}

function sniffZip(content: Buffer): Sniffed {
  const entries = zipEntries(content);
  if (!entries) return { allowed: false, label: 'a damaged ZIP archive' };
  const find = (name: string) => entries.find((entry) => entry.name === name);
  const mimetype = find('mimetype');
  if (mimetype) {
    const declared = zipRead(content, mimetype)?.trim();
    if (declared === MEDIA.odt) return { allowed: true, mediaType: MEDIA.odt, label: 'an ODT text document' };
    if (declared === MEDIA.ods) return { allowed: true, mediaType: MEDIA.ods, label: 'an ODS spreadsheet' };
    return { allowed: false, label: `a ZIP-based document of type ${declared ?? 'unknown'}` };
  }
  const types = find('[Content_Types].xml');
  if (types) {
    const xml = zipRead(content, types) ?? '';
    if (xml.includes('wordprocessingml.document.main+xml') && find('word/document.xml')) {
      return { allowed: true, mediaType: MEDIA.docx, label: 'a DOCX document' };
    }
    if (xml.includes('spreadsheetml.sheet.main+xml') && find('xl/workbook.xml')) {
      return { allowed: true, mediaType: MEDIA.xlsx, label: 'an XLSX spreadsheet' };
    }
    if (xml.includes('macroEnabled')) return { allowed: false, label: 'an Office document with macros' };
    return { allowed: false, label: 'an Office document of another kind' };
  }
  return { allowed: false, label: 'a ZIP archive' };
}

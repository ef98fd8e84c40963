import { unzipSync } from 'fflate';
import { fileTypeFromBuffer } from 'file-type';
import { hasBinaryControls } from './text.js';

/**
 * What the bytes of a file are, found from its content (never from its name or the type a browser declared), and
 * the file name extensions that type goes by in the data box's list.
 */
export type Sniffed =
  | { allowed: true; mediaType: string; label: string; extensions: readonly string[] }
  | { allowed: false; label: string };

/**
 * The formats a data box accepts: those of the list of ISDS (vyhláška č. 194/2009 Sb., příloha č. 3) that can be
 * told by their content. Not accepted although listed: html/htm, xml, fo/zfo, isdoc/isdocx, gml/xsd (markup a browser or a
 * viewer may run: the portal shows attachments in a browser) and the GIS and CAD side files that carry no signature
 * (dbf, shx, prj, qix, sbn, sbx, dgn).
 */
const FORMATS = {
  pdf: { mediaType: 'application/pdf', label: 'a PDF document', extensions: ['pdf'] },
  png: { mediaType: 'image/png', label: 'a PNG image', extensions: ['png'] },
  jpg: { mediaType: 'image/jpeg', label: 'a JPEG image', extensions: ['jpg', 'jpeg', 'jfif'] },
  gif: { mediaType: 'image/gif', label: 'a GIF image', extensions: ['gif'] },
  tif: { mediaType: 'image/tiff', label: 'a TIFF image', extensions: ['tif', 'tiff'] },
  mpg: { mediaType: 'video/mpeg', label: 'an MPEG video', extensions: ['mpg', 'mpeg', 'mpeg1', 'mpeg2'] },
  wav: { mediaType: 'audio/wav', label: 'a WAV recording', extensions: ['wav'] },
  mp2: { mediaType: 'audio/mpeg', label: 'an MP2 recording', extensions: ['mp2'] },
  mp3: { mediaType: 'audio/mpeg', label: 'an MP3 recording', extensions: ['mp3'] },
  rtf: { mediaType: 'application/rtf', label: 'an RTF document', extensions: ['rtf'] },
  dwg: { mediaType: 'image/vnd.dwg', label: 'a DWG drawing', extensions: ['dwg'] },
  shp: { mediaType: 'application/x-esri-shape', label: 'an ESRI shapefile', extensions: ['shp'] },
  cfb: {
    mediaType: 'application/x-ole-storage',
    label: 'a Microsoft Office 97–2003 document',
    extensions: ['doc', 'xls', 'ppt'],
  },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'a DOCX document',
    extensions: ['docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'an XLSX spreadsheet',
    extensions: ['xlsx'],
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'a PPTX presentation',
    extensions: ['pptx'],
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', label: 'an ODT text document', extensions: ['odt'] },
  ods: {
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    label: 'an ODS spreadsheet',
    extensions: ['ods'],
  },
  odp: {
    mediaType: 'application/vnd.oasis.opendocument.presentation',
    label: 'an ODP presentation',
    extensions: ['odp'],
  },
  text: { mediaType: 'text/plain; charset=utf-8', label: 'plain text', extensions: ['txt', 'csv', 'edi'] },
} as const;
type Format = keyof typeof FORMATS;

/** The accepted types, for messages that name them. */
export const ALLOWED_TYPES_TEXT =
  'PDF, DOC/DOCX, XLS/XLSX, PPT/PPTX, ODT, ODS, ODP, RTF, TXT/CSV, JPEG, PNG, GIF, TIFF, DWG, SHP, MPEG, WAV, MP2 or MP3';

const accept = (format: Format): Sniffed => ({ allowed: true, ...FORMATS[format] });
const refuse = (label: string): Sniffed => ({ allowed: false, label });

/** Labels of what file-type finds that is refused, by its extension. */
const REFUSED: Record<string, string> = {
  exe: 'a Windows program (executable)',
  elf: 'a Linux program (executable)',
  macho: 'a macOS program (executable)',
  class: 'a Java program',
  jar: 'a Java program',
  apk: 'an Android app',
  msi: 'a Windows installer',
  xml: 'an XML document',
  html: 'an HTML document',
  svg: 'an SVG image',
  zip: 'a ZIP archive',
  rar: 'a RAR archive',
  '7z': 'a 7-Zip archive',
  gz: 'a gzip archive',
  tar: 'a TAR archive',
  mp4: 'an MP4 video',
  bmp: 'a BMP image',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Detects the type of a file by its content; zip-based documents by their parts, refusing macros and programs. */
export async function sniff(content: Buffer): Promise<Sniffed> {
  if (content.length === 0) return refuse('an empty file');
  if (content.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return sniffZip(content);
  const found = await fileTypeFromBuffer(content);
  // A PNG whose first chunk file-type cannot read still has the PNG signature (as before file-type was used).
  if (!found && content.subarray(0, 8).equals(PNG_SIGNATURE)) return accept('png');
  if (!found) {
    if (content.subarray(0, 2).toString('latin1') === '#!') return refuse('a script');
    return sniffText(content);
  }
  if (found.ext === 'rtf') {
    // An RTF document can carry an OLE object (a program, a macro document) as \object … \objdata.
    return /\\object|\\objdata/.test(content.toString('latin1'))
      ? refuse('an RTF document with an embedded object')
      : accept('rtf');
  }
  if (found.ext === 'cfb') return sniffCompoundFile(content);
  if (found.ext in FORMATS && found.ext !== 'text') return accept(found.ext as Format);
  if (found.ext === 'jpeg') return accept('jpg');
  if (found.ext === 'mpeg' || found.mime === 'video/mpeg') return accept('mpg');
  return refuse(REFUSED[found.ext] ?? `a file of type ${found.ext.toUpperCase()} (${found.mime})`);
}

function sniffText(content: Buffer): Sniffed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return refuse('binary data of an unknown type');
  }
  // Control characters other than tab, line breaks and form feed mean a binary format.
  if (hasBinaryControls(text)) return refuse('binary data of an unknown type');
  // Markup a browser would run if it ever rendered the file: never accepted as "plain text".
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html|<script[\s>]|<iframe[\s>]|<body[\s>]/.test(head)) return refuse('an HTML document');
  if (/^<\?xml|^<svg[\s>]/.test(head)) return refuse(head.includes('<svg') ? 'an SVG image' : 'an XML document');
  return accept('text');
}

/**
 * An Office 97–2003 file (an OLE compound file). Its directory names its streams in UTF-16: a VBA project means
 * macros, an Ole10Native stream an embedded file (often a program).
 */
function sniffCompoundFile(content: Buffer): Sniffed {
  const names = content.toString('utf16le') + content.subarray(1).toString('utf16le');
  if (/_VBA_PROJECT|Macros/.test(names)) return refuse('an Office document with macros');
  if (/Ole10Native|ObjectPool/.test(names)) return refuse('an Office document with an embedded object');
  return accept('cfb');
}

/** Parts of a zip-based document that run code or carry a program. */
const PROGRAM_PART = /\.(exe|dll|com|scr|msi|bat|cmd|ps1|vbs|vbe|js|jse|wsf|hta|jar|lnk|sh)$/i;
const MACRO_PART = /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$|^(Basic|Scripts)\//i;
const EMBEDDED_PART = /(^|\/)(embeddings|ObjectReplacements)\/|oleObject\d*\.bin$/i;
/** Enough for a document's manifest; a zip bomb's manifest is not inflated further. */
const MANIFEST_BYTES = 1_000_000;

function sniffZip(content: Buffer): Sniffed {
  const names: string[] = [];
  const manifests = new Set(['mimetype', '[Content_Types].xml']);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(content, {
      filter: (file) => {
        names.push(file.name);
        return manifests.has(file.name) && file.originalSize <= MANIFEST_BYTES;
      },
    });
  } catch {
    return refuse('a damaged ZIP archive');
  }
  const text = (name: string) => {
    const bytes = files[name];
    return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
  };
  const has = (name: string) => names.includes(name);
  const office = has('[Content_Types].xml') || has('mimetype');
  if (!office) return refuse('a ZIP archive');
  if (names.some((name) => MACRO_PART.test(name))) return refuse('an Office document with macros');
  if (names.some((name) => PROGRAM_PART.test(name))) return refuse('an Office document with an embedded program');
  if (names.some((name) => EMBEDDED_PART.test(name))) {
    return refuse('an Office document with an embedded object (such as a program)');
  }
  const declared = text('mimetype')?.trim();
  if (declared !== undefined) {
    if (declared === FORMATS.odt.mediaType) return accept('odt');
    if (declared === FORMATS.ods.mediaType) return accept('ods');
    if (declared === FORMATS.odp.mediaType) return accept('odp');
    return refuse(`a ZIP-based document of type ${declared || 'unknown'}`);
  }
  const types = text('[Content_Types].xml') ?? '';
  if (/macroEnabled/i.test(types)) return refuse('an Office document with macros');
  if (types.includes('wordprocessingml.document.main+xml') && has('word/document.xml')) return accept('docx');
  if (types.includes('spreadsheetml.sheet.main+xml') && has('xl/workbook.xml')) return accept('xlsx');
  if (types.includes('presentationml.presentation.main+xml') && has('ppt/presentation.xml')) return accept('pptx');
  return refuse('an Office document of another kind');
}

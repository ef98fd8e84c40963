/**
 * The one rule for text a person or a program sends the portal (subjects, names, searches, descriptions, file
 * names), applied at every boundary: the browser's forms for an early message, the server's schemas for the
 * decision. Why: PostgreSQL refuses U+0000 (a 500 that loses the request), a subject of zero-width spaces looks
 * empty but passes "required", and a right-to-left override turns "\u202Efdp.exe" into what reads as "exe.pdf".
 *
 * - Control characters (C0 but tab/CR/LF, DEL, C1) and broken surrogates are refused: `textProblem` says so.
 * - Text that is only white space and invisible characters counts as empty.
 * - One-line text (subjects, names, file names) is cleaned: CR, LF and tab become a space, directional
 *   overrides and isolates are removed, Unicode is NFC, the ends are trimmed. Multi-line text keeps its lines
 *   (CRLF becomes LF) and its directional marks (legitimate in right-to-left quotations).
 */
export type TextProblem = 'control' | 'invisible';

// C0 controls except tab (09), LF (0A) and CR (0D); DEL; C1.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this expression exists to find control characters.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// A high surrogate without its low half, or a low one without its high half (not UTF-16 text).
const BROKEN_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Embeddings, overrides and isolates: they reorder how the text is displayed.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// Characters that draw nothing: white space, zero-width characters, marks, joiners, the BOM, fillers.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is matched alone, combining ones too.
  /[\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u2800\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

/** The refusal of control characters, naming the field: the same wording in every API and in czp.service.json. */
export const controlMessage = (field: string): string =>
  `${field} contains control characters (such as U+0000) or broken characters, which are not text; remove them`;

/** What is wrong with a text as text, or null. Empty text is not a problem here (required-ness is the field's). */
export function textProblem(value: string): TextProblem | null {
  if (CONTROL.test(value) || BROKEN_SURROGATE.test(value)) return 'control';
  if (value.length > 0 && value.replace(INVISIBLE, '').length === 0) return 'invisible';
  return null;
}

/** Whether the text shows anything at all (not only white space and invisible characters). */
export function isVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').length > 0;
}

/** One-line text as stored and shown: no line breaks, no directional overrides, NFC, trimmed. */
export function cleanLine(value: string): string {
  return value
    .normalize('NFC')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(BIDI_CONTROLS, '')
    .trim();
}

/** Multi-line text as stored: NFC, LF line ends. */
export function cleanMultiline(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n');
}

/**
 * A file name as stored and offered for download: a one-line text without path separators, reserved characters
 * or leading dots; `fallback` when nothing is left.
 */
export function cleanFileName(value: string, fallback = 'soubor'): string {
  const name = cleanLine(value)
    .replace(/[/\\:*?"<>|]+/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  return isVisibleText(name) ? name : fallback;
}

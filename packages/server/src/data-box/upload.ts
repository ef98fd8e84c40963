import { cleanFileName as cleanName, DATA_BOX_LIMITS, textProblem } from '@czp/contract';
import type { FastifyRequest } from 'fastify';
import { Refusal } from '../http/refusal.js';
import { ALLOWED_TYPES_TEXT, sniff } from './sniff.js';
import { formatBytes } from './text.js';

/** An uploaded file, already read and checked by content. */
export interface IncomingAttachment {
  name: string;
  content: Buffer;
  mediaType: string;
}

/** The contract's limits of attachments. */
const UPLOAD_LIMITS = {
  files: DATA_BOX_LIMITS.files,
  fileBytes: DATA_BOX_LIMITS.fileBytes,
  messageBytes: DATA_BOX_LIMITS.messageBytes,
} as const;

/** The options of @fastify/multipart: busboy stops a file at the size limit, and after the last allowed file. */
export const MULTIPART_LIMITS = {
  files: UPLOAD_LIMITS.files,
  fileSize: UPLOAD_LIMITS.fileBytes,
  fields: 20,
  fieldSize: 100_000,
  parts: 40,
};

/**
 * The name shown and offered for download, under the one text rule (contract text.ts): the last segment of a path a
 * browser may send (`C:\fakepath\x.pdf`), without line breaks, directional overrides ("\u202Efdp.exe" would read as
 * "exe.pdf"), reserved characters or leading dots; null when it has control characters (refused).
 */
function cleanFileName(name: string | undefined): string | null {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  if (textProblem(base) === 'control') return null;
  return cleanName(base, 'attachment').slice(0, 200);
}

/** Reads a message form: its text fields and the files of `attachments`, each checked by its content. */
export async function readMessageForm(
  request: FastifyRequest,
): Promise<{ fields: Record<string, string>; attachments: IncomingAttachment[] }> {
  if (!request.isMultipart()) {
    throw new Refusal(400, 'not-multipart', 'Send the message as multipart/form-data (a form with files).');
  }
  const fields: Record<string, string> = {};
  const attachments: IncomingAttachment[] = [];
  let total = 0;
  let current = '';
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (Object.hasOwn(fields, part.fieldname)) {
          throw new Refusal(400, 'validation', `Send ${part.fieldname} only once`, part.fieldname);
        }
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const name = cleanFileName(part.filename);
      current = name ?? 'attachment';
      const content = await part.toBuffer();
      if (name === null) {
        throw new Refusal(
          400,
          'validation',
          'The name of an attachment contains control characters, which are not text; rename the file and attach it again',
          'attachments',
        );
      }
      if (part.fieldname !== 'attachments') {
        throw new Refusal(400, 'validation', 'Send files in the field "attachments"', part.fieldname);
      }
      // An empty file input of a browser form.
      if (!part.filename && content.length === 0) continue;
      total += content.length;
      if (total > UPLOAD_LIMITS.messageBytes) {
        throw new Refusal(
          413,
          'message-too-large',
          `The attachments of one message can have at most ${formatBytes(UPLOAD_LIMITS.messageBytes)} together. Send the rest in another message.`,
          'attachments',
        );
      }
      const sniffed = await sniff(content);
      if (!sniffed.allowed) {
        throw new Refusal(
          400,
          'attachment-type',
          `"${current}" is ${sniffed.label}, which a data box does not accept. Attach ${ALLOWED_TYPES_TEXT} files.`,
          'attachments',
        );
      }
      // As in ISDS, the name's extension must say what the content is: "faktura.exe" that is a PDF is refused too.
      const extension = /\.([^.]+)$/.exec(current)?.[1]?.toLowerCase();
      if (extension !== undefined && !sniffed.extensions.includes(extension)) {
        throw new Refusal(
          400,
          'attachment-type',
          `"${current}" is ${sniffed.label}, but its name ends in .${extension}. Rename it to end in ` +
            `${sniffed.extensions.map((known) => `.${known}`).join(' or ')} and attach it again.`,
          'attachments',
        );
      }
      attachments.push({ name: current, content, mediaType: sniffed.mediaType });
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new Refusal(
        413,
        'attachment-too-large',
        `"${current}" is larger than ${formatBytes(UPLOAD_LIMITS.fileBytes)}, the most one attachment can have. Make it smaller or split it.`,
        'attachments',
      );
    }
    if (code === 'FST_FILES_LIMIT') {
      throw new Refusal(
        400,
        'too-many-attachments',
        `A message can have at most ${UPLOAD_LIMITS.files} attachments. Send the rest in another message.`,
        'attachments',
      );
    }
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      throw new Refusal(400, 'validation', 'The form has too many fields or is not a valid form.');
    }
    throw error;
  }
  return { fields, attachments };
}

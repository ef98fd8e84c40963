/**
 * A data-related complaint: what is wrong with an item of a register, the correct value and an optional attachment,
 * sent as a data box message from the citizen's box to the authority that edits that register (REGISTER_INFO's
 * editor), so it is in the citizen's Sent items with its reference.
 */
import {
  COMPLAINT_LIMITS,
  cleanFileName as cleanName,
  type Locale,
  REGISTER_INFO,
  REGISTER_ITEM_LABELS,
  type RegisterId,
  textProblem,
} from '@czp/contract';
import type { FastifyRequest } from 'fastify';
import { ALLOWED_TYPES_TEXT, sniff } from '../data-box/sniff.js';
import { formatBytes } from '../data-box/text.js';
import type { IncomingAttachment } from '../data-box/upload.js';
import type { Queryable } from '../db/database.js';
import { Refusal } from '../http/refusal.js';
import { pragueDate } from './dates.js';
import { COMPLAINT_TEXTS } from './texts.js';

/** The options of @fastify/multipart for the complaint form: one file, a few text fields. */
export const COMPLAINT_MULTIPART_LIMITS = {
  files: 1,
  fileSize: COMPLAINT_LIMITS.fileBytes,
  fields: 10,
  // Bytes: the longest description in four-byte characters still fits.
  fieldSize: COMPLAINT_LIMITS.problemLength * 4 + 1024,
  parts: 12,
};

const FILE_FIELD = 'attachment';

/** The text fields of the form and its attachment, checked by its content as a data box checks attachments. */
export async function readComplaintForm(
  request: FastifyRequest,
): Promise<{ fields: Record<string, string>; attachment: IncomingAttachment | null }> {
  if (!request.isMultipart()) {
    throw new Refusal(400, 'not-multipart', 'Send the complaint as multipart/form-data (a form with a file).');
  }
  const fields: Record<string, string> = {};
  let attachment: IncomingAttachment | null = null;
  let current = 'attachment';
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (Object.hasOwn(fields, part.fieldname)) {
          throw new Refusal(400, 'validation', `Send ${part.fieldname} only once`, part.fieldname);
        }
        if (part.valueTruncated) {
          throw new Refusal(400, 'validation', `${part.fieldname} is too long`, part.fieldname);
        }
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const base = (part.filename ?? '').split(/[/\\]/).pop() ?? '';
      current = cleanName(base, 'attachment').slice(0, 200);
      const content = await part.toBuffer();
      if (part.fieldname !== FILE_FIELD) {
        throw new Refusal(400, 'validation', `Send the file in the field "${FILE_FIELD}"`, part.fieldname);
      }
      // An empty file input of a browser form: no attachment.
      if (!part.filename && content.length === 0) continue;
      if (textProblem(base) === 'control') {
        throw new Refusal(
          400,
          'validation',
          'The name of the attachment contains control characters, which are not text; rename the file and attach it again',
          FILE_FIELD,
        );
      }
      const sniffed = await sniff(content);
      if (!sniffed.allowed) {
        throw new Refusal(
          400,
          'attachment-type',
          `"${current}" is ${sniffed.label}, which a data box does not accept. Attach ${ALLOWED_TYPES_TEXT} files.`,
          FILE_FIELD,
        );
      }
      const extension = /\.([^.]+)$/.exec(current)?.[1]?.toLowerCase();
      if (extension !== undefined && !sniffed.extensions.includes(extension)) {
        throw new Refusal(
          400,
          'attachment-type',
          `"${current}" is ${sniffed.label}, but its name ends in .${extension}. Rename it to end in ` +
            `${sniffed.extensions.map((known) => `.${known}`).join(' or ')} and attach it again.`,
          FILE_FIELD,
        );
      }
      attachment = { name: current, content, mediaType: sniffed.mediaType };
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new Refusal(
        413,
        'attachment-too-large',
        `"${current}" is larger than ${formatBytes(COMPLAINT_LIMITS.fileBytes)}, the most a complaint's attachment can have. Make it smaller.`,
        FILE_FIELD,
      );
    }
    if (code === 'FST_FILES_LIMIT') {
      throw new Refusal(400, 'too-many-attachments', 'A complaint can have one attachment.', FILE_FIELD);
    }
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      throw new Refusal(400, 'validation', 'The form has too many fields or is not a valid form.');
    }
    throw error;
  }
  return { fields, attachment };
}

/** A new reference, RU-<year>-<number>: the number from the portal's sequence, so two complaints never share one. */
export async function newComplaintReference(db: Queryable, now: Date): Promise<string> {
  const [row] = await db.query<{ number: string }>(`select nextval('complaint_reference_numbers')::text as number`);
  if (!row) throw new Error('no complaint number');
  return `RU-${pragueDate(now).slice(0, 4)}-${row.number.padStart(6, '0')}`;
}

export interface Complaint {
  register: RegisterId;
  item: string;
  problem: string;
  correctValue?: string | undefined;
  attachmentName?: string | undefined;
  reference: string;
  citizenName: string;
}

/** The message's subject and text in the citizen's language, naming the register, the item, the problem and the fix. */
export function complaintMessage(complaint: Complaint, locale: Locale): { subject: string; body: string } {
  const t = (text: { cs: string; en: string }) => text[locale];
  const info = REGISTER_INFO[complaint.register];
  const labels = REGISTER_ITEM_LABELS[complaint.register] as Record<string, { cs: string; en: string }>;
  const item = labels[complaint.item]?.[locale] ?? complaint.item;
  const register = `${info.name[locale]} (${info.abbreviation[locale]})`;
  const correct = complaint.correctValue ? complaint.correctValue : t(COMPLAINT_TEXTS.noCorrectValue);
  const lines = [
    t(COMPLAINT_TEXTS.greeting),
    '',
    `${t(COMPLAINT_TEXTS.intro)} ${register}.`,
    '',
    `${t(COMPLAINT_TEXTS.item)}: ${item}`,
    `${t(COMPLAINT_TEXTS.problem)}: ${complaint.problem}`,
    `${t(COMPLAINT_TEXTS.correctValue)}: ${correct}`,
    ...(complaint.attachmentName ? [`${t(COMPLAINT_TEXTS.attachment)}: ${complaint.attachmentName}`] : []),
    `${t(COMPLAINT_TEXTS.reference)}: ${complaint.reference}`,
    '',
    t(COMPLAINT_TEXTS.regards),
    complaint.citizenName,
    '',
    t(COMPLAINT_TEXTS.sentFrom),
  ];
  return {
    subject: `${t(COMPLAINT_TEXTS.subject)} ${complaint.reference}: ${info.name[locale]} – ${item}`,
    body: lines.join('\n'),
  };
}

import { parseWholeNumber } from '@czp/remote-sdk';

/**
 * The small field checks of an application form, written for the browser (no JSON Schema compiler there) and turned
 * into the JSON Schema that czp.service.json declares (`schemaOfRules`), so the form and the portal apply one set of
 * rules: the test compares the declared schema with the one these rules give. The same module as Telč's (a remote
 * imports no other remote; the SDK is the place to share it once a third remote needs it).
 */

export type FieldError =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'pattern'
  | 'date'
  | 'whole'
  | 'tooSmall'
  | 'tooLarge'
  | 'choice'
  | 'email';

interface RuleBase {
  required: boolean;
}
interface TextRule extends RuleBase {
  kind: 'text';
  minLength?: number;
  maxLength: number;
  /** A whole-value pattern (anchored with ^…$), as JSON Schema's `pattern` with the `u` flag. */
  pattern?: string;
  format?: 'email';
}
interface DateRule extends RuleBase {
  kind: 'date';
}
interface IntegerRule extends RuleBase {
  kind: 'integer';
  minimum: number;
  maximum: number;
}
interface ChoiceRule extends RuleBase {
  kind: 'choice';
  options: readonly string[];
}
export type FieldRule = TextRule | DateRule | IntegerRule | ChoiceRule;

export type CheckResult = { ok: true; value: string | number | undefined } | { ok: false; error: FieldError };

/** Characters as JSON Schema counts them (code points, not UTF-16 units). */
const length = (text: string) => [...text].length;

/** Not only white space: the schema says so of every free text without a pattern of its own. */
const VISIBLE = '\\S';

/** ajv-formats' "email" (full mode), so the form refuses exactly what the portal refuses. */
const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** A calendar day as YYYY-MM-DD (what `<input type="date">` gives and the "date" format accepts). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks what was typed into one field; an empty optional field is `undefined` (left out of the data). */
export function checkField(rule: FieldRule, raw: string): CheckResult {
  const text = raw.trim();
  if (text === '') return rule.required ? { ok: false, error: 'required' } : { ok: true, value: undefined };
  switch (rule.kind) {
    case 'text': {
      if (rule.minLength !== undefined && length(text) < rule.minLength) return { ok: false, error: 'tooShort' };
      if (length(text) > rule.maxLength) return { ok: false, error: 'tooLong' };
      if (rule.pattern && !new RegExp(rule.pattern, 'u').test(text)) return { ok: false, error: 'pattern' };
      if (rule.format === 'email' && !EMAIL.test(text)) return { ok: false, error: 'email' };
      return { ok: true, value: text };
    }
    case 'date':
      return isIsoDate(text) ? { ok: true, value: text } : { ok: false, error: 'date' };
    case 'integer': {
      const parsed = parseWholeNumber(text, { min: rule.minimum, max: rule.maximum });
      if (parsed.ok) return { ok: true, value: parsed.value };
      if (parsed.error === 'notWhole') return { ok: false, error: 'whole' };
      return { ok: false, error: parsed.error === 'required' ? 'required' : parsed.error };
    }
    case 'choice':
      return rule.options.includes(text) ? { ok: true, value: text } : { ok: false, error: 'choice' };
  }
}

/** The JSON Schema of one field's value. */
export function schemaOfRule(rule: FieldRule): Record<string, unknown> {
  switch (rule.kind) {
    case 'text':
      return {
        type: 'string',
        minLength: Math.max(1, rule.minLength ?? 1),
        maxLength: rule.maxLength,
        ...(rule.format ? { format: rule.format } : { pattern: rule.pattern ?? VISIBLE }),
      };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'integer':
      return { type: 'integer', minimum: rule.minimum, maximum: rule.maximum };
    case 'choice':
      return { type: 'string', enum: [...rule.options] };
  }
}

/** The schema of a form of these fields: an object of exactly them, the required ones required. */
export function schemaOfRules(rules: Readonly<Record<string, FieldRule>>): Record<string, unknown> {
  const names = Object.keys(rules);
  return {
    type: 'object',
    additionalProperties: false,
    required: names.filter((name) => rules[name]?.required),
    properties: Object.fromEntries(names.map((name) => [name, schemaOfRule(rules[name] as FieldRule)])),
  };
}

/** The field a JSON Pointer of the portal's refusal names (`/location` → `location`, `/dogs/0/chip` → `dogs.0.chip`); null for the whole form. */
export function fieldOfPointer(pointer: string | undefined): string | null {
  if (!pointer?.startsWith('/') || pointer === '/') return null;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** What a submission type allows to attach (its `attachments` in czp.service.json). */
export interface AttachmentRules {
  max: number;
  maxBytes: number;
  mediaTypes: readonly string[];
}

export type AttachmentError = 'tooMany' | 'tooLarge' | 'fileType';

/** The first problem of the chosen files, or null; the portal checks the content again. */
export function checkAttachments(rules: AttachmentRules, files: readonly File[]): AttachmentError | null {
  if (files.length > rules.max) return 'tooMany';
  if (files.some((file) => file.size > rules.maxBytes)) return 'tooLarge';
  if (files.some((file) => !rules.mediaTypes.includes(file.type))) return 'fileType';
  return null;
}

/** PDF, JPEG and PNG up to 10 MB, at most 3: scans and photos of the documents an office asks for. */
export const DOCUMENT_ATTACHMENTS: AttachmentRules = {
  max: 3,
  maxBytes: 10 * 1024 * 1024,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

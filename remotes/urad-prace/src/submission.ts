import { type SubmitResult, submit, useHost } from '@czp/remote-sdk';
import { useState } from 'react';

/**
 * What the application forms share around `submit()`: one idempotency key per filled-in form (a retry after an outage
 * is the same submission, never a second one), and the portal's answer sorted into a field, the files or the form.
 */

/** Where PODÁNÍ shows one submission (the portal's submissions service). */
export const submissionHref = (id: string) => `/services/submissions/${encodeURIComponent(id)}`;
/** The data box: the submission's data messages and the authority's answers arrive there. */
export const DATA_BOX_HREF = '/services/data-box';

/** Refusals about the citizen's login or box, not about a field: their texts. */
const GENERAL_PROBLEMS = ['network', 'signed-out', 'consent-required', 'level-too-low', 'no-data-box'] as const;
export type GeneralProblem = (typeof GENERAL_PROBLEMS)[number] | 'failed';

/** The portal's refusal as the form shows it: next to a field, at the files, or above the form. */
export type Refusal<F extends string> =
  | { kind: 'field'; field: F }
  | { kind: 'attachments'; error: string }
  | { kind: 'general'; problem: GeneralProblem };

/**
 * The form's field a JSON Pointer of the data names: the longest pointer of `fields` that is the pointer itself or
 * one of its parents (`/child/birthDate` → the birth date; `/child`, a missing object, → its first field).
 */
export function fieldOfPointer<F extends string>(pointer: string, fields: Readonly<Record<string, F>>): F | null {
  let best: string | null = null;
  for (const candidate of Object.keys(fields)) {
    if ((pointer === candidate || pointer.startsWith(`${candidate}/`)) && candidate.length > (best?.length ?? 0)) {
      best = candidate;
    }
  }
  return best === null ? null : (fields[best] ?? null);
}

/** Sorts a refused submission: a data field by its pointer, the files, or a general problem. */
export function refusalOf<F extends string>(
  result: Extract<SubmitResult, { ok: false }>,
  fields: Readonly<Record<string, F>>,
): Refusal<F> {
  if (result.field === 'attachments') return { kind: 'attachments', error: result.error };
  if (result.status === 400 && result.error === 'validation' && result.field?.startsWith('/')) {
    const field = fieldOfPointer(result.field, fields);
    if (field) return { kind: 'field', field };
  }
  const general = (GENERAL_PROBLEMS as readonly string[]).includes(result.error)
    ? (result.error as GeneralProblem)
    : 'failed';
  return { kind: 'general', problem: general };
}

const newKey = () => crypto.randomUUID();

/** Submits `type` with a key made when the form opened and kept across retries until `startOver()`. */
export function useSubmission(type: string) {
  const { api } = useHost();
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);
  const [sending, setSending] = useState(false);
  const send = async (data: Record<string, unknown>, attachments: readonly File[]): Promise<SubmitResult> => {
    setSending(true);
    try {
      return await submit(api, type, data, { attachments, idempotencyKey });
    } finally {
      setSending(false);
    }
  };
  return { sending, send, startOver: () => setIdempotencyKey(newKey()) };
}

/** The declared files' rules, checked in the browser as the portal checks them. */
export interface AttachmentRules {
  max: number;
  maxBytes: number;
  mediaTypes: readonly string[];
}
export type AttachmentError = 'tooMany' | 'tooLarge' | 'fileType';

export function checkFiles(rules: AttachmentRules, files: readonly File[]): AttachmentError | null {
  if (files.length > rules.max) return 'tooMany';
  if (files.some((file) => file.size > rules.maxBytes)) return 'tooLarge';
  // The portal sniffs the content; the browser can only go by the type the system gives the file.
  if (files.some((file) => !rules.mediaTypes.includes(file.type))) return 'fileType';
  return null;
}

/** The portal's refusal of the files (`field: attachments`) as the picker's error. */
export function attachmentErrorOf(code: string): AttachmentError {
  if (code === 'too-many-attachments') return 'tooMany';
  if (code === 'attachment-too-large') return 'tooLarge';
  return 'fileType';
}

/** The fault report a citizen fills in: its fields, their limits and the checks before anything is sent. */

export const FIELDS = ['place', 'description', 'email'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldError = 'required' | 'tooLong' | 'email';

/** The same limits the service's API (and its mock, src/mocks/handlers.ts) enforces. */
export const LIMITS = { place: 200, description: 2000, email: 254 } as const;

export type RawReport = Record<Field, string>;

/** What is sent: POST /faults below the service's API. */
export interface FaultReport {
  place: string;
  description: string;
  /** Where the answer goes; null when the citizen wants none. */
  email: string | null;
}

/** What the API answers with 201. */
export interface FaultReceipt {
  /** The reference number the citizen quotes when asking about the report. */
  id: string;
  receivedAt: string;
}

export type ParseResult = { ok: true; report: FaultReport } | { ok: false; errors: Partial<Record<Field, FieldError>> };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks what the citizen typed; the API checks it again (never trust the browser). */
export function parseReport(raw: RawReport): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  const place = raw.place.trim();
  const description = raw.description.trim();
  const email = raw.email.trim();
  if (place === '') errors.place = 'required';
  else if (place.length > LIMITS.place) errors.place = 'tooLong';
  if (description === '') errors.description = 'required';
  else if (description.length > LIMITS.description) errors.description = 'tooLong';
  if (email !== '' && (email.length > LIMITS.email || !EMAIL.test(email))) errors.email = 'email';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, report: { place, description, email: email === '' ? null : email } };
}

/** Whether an answer of the API is a receipt (the remote does not trust its shape blindly either). */
export function isReceipt(value: unknown): value is FaultReceipt {
  if (typeof value !== 'object' || value === null) return false;
  const { id, receivedAt } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof receivedAt === 'string';
}

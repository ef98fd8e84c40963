/** Why the citizen asks for the opinion. */
export const PURPOSES = ['building-permit', 'excavation', 'project-documentation', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The kinds of technical infrastructure whose owners are asked, in this order. */
export const INFRASTRUCTURE = ['electricity', 'gas', 'water', 'telecommunications'] as const;
export type Infrastructure = (typeof INFRASTRUCTURE)[number];

export const FIELDS = ['purpose', 'otherPurpose', 'territory', 'parcels', 'dateFrom', 'dateTo', 'email'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldError =
  | 'required'
  | 'choice'
  | 'tooLong'
  | 'territoryFormat'
  | 'parcelFormat'
  | 'tooManyParcels'
  | 'date'
  | 'past'
  | 'beforeFrom'
  | 'email';

export type RawRequest = Record<Field, string>;

export interface InfrastructureRequest {
  purpose: Purpose;
  /** The citizen's own words when the purpose is "other". */
  otherPurpose: string | null;
  territory: string;
  parcels: string[];
  /** ISO dates (YYYY-MM-DD), from ≤ to. */
  dateFrom: string;
  dateTo: string;
  email: string;
}

export type ParseResult =
  | { ok: true; request: InfrastructureRequest }
  | { ok: false; errors: Partial<Record<Field, FieldError>>; badParcel: string | null };

export const LIMITS = { otherPurpose: 200, parcels: 50 } as const;

/** A parcel number: the main number and an optional sub-number, e.g. 123 or 123/4. */
const PARCEL_PATTERN = /^\d{1,5}(?:\/\d{1,4})?$/;
const TERRITORY_PATTERN = /^\p{L}[\p{L} .-]{1,59}$/u;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}

/** Parcel numbers separated by commas, semicolons or spaces; duplicates once. */
export function splitParcels(text: string): string[] {
  return [...new Set(text.split(/[,;\s]+/).filter(Boolean))];
}

/** The local calendar date of `date` as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The later of two YYYY-MM-DD dates; `candidate` only counts when it is a real date. */
export function laterIsoDate(candidate: string, fallback: string): string {
  return parseIsoDate(candidate) !== null && candidate.localeCompare(fallback) > 0 ? candidate : fallback;
}

/** A YYYY-MM-DD string as a local date, or null when it is no real day (2026-02-30). */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/** Checks the request field by field against `today` (dates may not lie in the past). */
export function parseRequest(raw: RawRequest, today: Date): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  let badParcel: string | null = null;

  if (raw.purpose === '') errors.purpose = 'required';
  else if (!isPurpose(raw.purpose)) errors.purpose = 'choice';
  const otherPurpose = raw.otherPurpose.trim();
  if (raw.purpose === 'other') {
    if (otherPurpose === '') errors.otherPurpose = 'required';
    else if (otherPurpose.length > LIMITS.otherPurpose) errors.otherPurpose = 'tooLong';
  }

  const territory = raw.territory.trim().replace(/\s+/g, ' ');
  if (territory === '') errors.territory = 'required';
  else if (!TERRITORY_PATTERN.test(territory)) errors.territory = 'territoryFormat';

  const parcels = splitParcels(raw.parcels);
  if (parcels.length === 0) errors.parcels = 'required';
  else if (parcels.length > LIMITS.parcels) errors.parcels = 'tooManyParcels';
  else {
    badParcel = parcels.find((p) => !PARCEL_PATTERN.test(p)) ?? null;
    if (badParcel !== null) errors.parcels = 'parcelFormat';
  }

  const todayIso = isoDate(today);
  const checkDate = (field: 'dateFrom' | 'dateTo') => {
    const text = raw[field].trim();
    if (text === '') errors[field] = 'required';
    else if (parseIsoDate(text) === null) errors[field] = 'date';
    else if (text < todayIso) errors[field] = 'past';
    return errors[field] ? null : text;
  };
  const dateFrom = checkDate('dateFrom');
  const dateTo = checkDate('dateTo');
  if (dateFrom !== null && dateTo !== null && dateTo < dateFrom) errors.dateTo = 'beforeFrom';

  const email = raw.email.trim();
  if (email === '') errors.email = 'required';
  else if (!EMAIL_PATTERN.test(email)) errors.email = 'email';

  if (Object.keys(errors).length > 0 || !isPurpose(raw.purpose) || dateFrom === null || dateTo === null) {
    return { ok: false, errors, badParcel };
  }
  return {
    ok: true,
    request: {
      purpose: raw.purpose,
      otherPurpose: raw.purpose === 'other' ? otherPurpose : null,
      territory,
      parcels,
      dateFrom,
      dateTo,
      email,
    },
  };
}

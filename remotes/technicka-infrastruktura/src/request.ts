import type { RuianAddress } from '@czp/contract';
import type { AttachmentRules } from './submission.js';

/**
 * The request for an opinion on the existence of technical infrastructure: its declared type in czp.service.json,
 * the browser's checks of the form (the same rules as the declared schema, plus the dates against today) and the
 * data it sends.
 */
export const REQUEST_TYPE = 'zadost-o-vyjadreni-k-existenci-siti';

/** As declared in czp.service.json (a test keeps them equal): a situation plan, a drawing of the area. */
export const REQUEST_ATTACHMENTS: AttachmentRules = {
  max: 5,
  maxBytes: 10 * 1024 * 1024,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

/** Why the citizen asks for the opinion. */
export const PURPOSES = ['building-permit', 'excavation', 'project-documentation', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The kinds of technical infrastructure whose owners are asked, in this order. */
export const INFRASTRUCTURE = ['electricity', 'gas', 'water', 'telecommunications'] as const;
export type Infrastructure = (typeof INFRASTRUCTURE)[number];

export const FIELDS = [
  'purpose',
  'otherPurpose',
  'ownParcels',
  'territory',
  'parcels',
  'dateFrom',
  'dateTo',
  'applicantName',
  'street',
  'municipality',
  'postalCode',
  'email',
] as const;
export type Field = (typeof FIELDS)[number];
export type FieldError =
  | 'required'
  | 'choice'
  | 'tooLong'
  | 'territoryFormat'
  | 'parcelFormat'
  | 'tooManyParcels'
  | 'noParcel'
  | 'date'
  | 'past'
  | 'beforeFrom'
  | 'postalCode'
  | 'email';

/** One parcel: its cadastral area (katastrální území) and its number, "st. " first for a building plot. */
export interface Parcel {
  cadastralArea: string;
  number: string;
}

/** The form as typed; `ownParcels` are the citizen's parcels from the cadastre they ticked. */
export type RawRequest = Record<Exclude<Field, 'ownParcels'>, string> & { ownParcels: readonly Parcel[] };

/** The data sent, as the declared schema describes it. */
export interface InfrastructureRequest {
  purpose: Purpose;
  /** The citizen's own words when the purpose is "other". */
  otherPurpose?: string;
  parcels: Parcel[];
  /** ISO dates (YYYY-MM-DD), from ≤ to. */
  works: { from: string; to: string };
  applicant: { name: string; address: { street: string; municipality: string; postalCode: string } };
  contact: { email: string };
}

export type ParseResult =
  | { ok: true; request: InfrastructureRequest }
  | { ok: false; errors: Partial<Record<Field, FieldError>>; badParcel: string | null };

/** The schema's patterns and limits, shared with the browser's checks (a test compares them with czp.service.json). */
export const LIMITS = { otherPurpose: 200, parcels: 50, name: 200, street: 200, municipality: 100 } as const;
export const PATTERNS = {
  /** A parcel number: the main number and an optional sub-number, e.g. 123 or 123/4; "st. 3217" a building plot. */
  parcel: '^(st\\. )?\\d{1,5}(/\\d{1,4})?$',
  territory: '^\\p{L}[\\p{L}\\d .-]{1,59}$',
  date: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  postalCode: '^\\d{5}$',
  email: '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$',
} as const;
export const EMAIL_LENGTH = 254;

/** Which form field the portal means by a JSON Pointer of the data (a missing object: its first field). */
export const POINTER_FIELDS: Readonly<Record<string, Field>> = {
  '/purpose': 'purpose',
  '/otherPurpose': 'otherPurpose',
  '/parcels': 'parcels',
  '/works': 'dateFrom',
  '/works/from': 'dateFrom',
  '/works/to': 'dateTo',
  '/applicant': 'applicantName',
  '/applicant/name': 'applicantName',
  '/applicant/address': 'street',
  '/applicant/address/street': 'street',
  '/applicant/address/municipality': 'municipality',
  '/applicant/address/postalCode': 'postalCode',
  '/contact': 'email',
  '/contact/email': 'email',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isPurpose(value: string): value is Purpose {
  return (PURPOSES as readonly string[]).includes(value);
}

/**
 * Parcel numbers separated by commas, semicolons or spaces; duplicates once. "st. 3217" (a building plot) stays one
 * number, written with one space.
 */
export function splitParcels(text: string): string[] {
  const joined = text.replace(/\bst\.\s*/gi, 'st.');
  const numbers = joined
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((part) => part.replace(/^st\./i, 'st. '));
  return [...new Set(numbers)];
}

/** The parcel a cadastre record names ("Pozemek parc. č. 4518/3, vinice", "… na pozemku parc. č. st. 3217"), if any. */
export function parcelOfProperty(property: { cadastralArea: string; description: { cs: string } }): Parcel | null {
  const match = /parc\.\s*č\.\s*((?:st\.\s*)?\d{1,5}(?:\/\d{1,4})?)/.exec(property.description.cs);
  if (!match?.[1]) return null;
  return { cadastralArea: property.cadastralArea, number: match[1].replace(/^st\.\s*/, 'st. ') };
}

/** The street line of a RÚIAN address: "Vinohradská 2145/17"; without a street, the part of the municipality. */
export function streetLine(address: RuianAddress): string {
  const place = address.street ?? address.district ?? address.municipality;
  const number = address.orientationNumber
    ? `${address.houseNumber}/${address.orientationNumber}`
    : address.houseNumber;
  return `${place} ${number}`;
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

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Checks the request field by field against `today` (dates may not lie in the past). */
export function parseRequest(raw: RawRequest, today: Date): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  let badParcel: string | null = null;

  if (raw.purpose === '') errors.purpose = 'required';
  else if (!isPurpose(raw.purpose)) errors.purpose = 'choice';
  const otherPurpose = oneLine(raw.otherPurpose);
  if (raw.purpose === 'other') {
    if (otherPurpose === '') errors.otherPurpose = 'required';
    else if (otherPurpose.length > LIMITS.otherPurpose) errors.otherPurpose = 'tooLong';
  }

  // The parcels typed by hand lie in one cadastral area; the ticked own parcels carry their own.
  const territory = oneLine(raw.territory);
  const typed = splitParcels(raw.parcels);
  const typedAny = territory !== '' || typed.length > 0;
  if (typedAny || raw.ownParcels.length === 0) {
    if (territory === '') errors.territory = 'required';
    else if (!new RegExp(PATTERNS.territory, 'u').test(territory)) errors.territory = 'territoryFormat';
    if (typed.length === 0) errors.parcels = raw.ownParcels.length === 0 && territory === '' ? 'noParcel' : 'required';
    else {
      badParcel = typed.find((p) => !new RegExp(PATTERNS.parcel).test(p)) ?? null;
      if (badParcel !== null) errors.parcels = 'parcelFormat';
    }
  }
  const parcels: Parcel[] = [...raw.ownParcels];
  for (const number of typed) {
    if (!parcels.some((p) => p.cadastralArea === territory && p.number === number)) {
      parcels.push({ cadastralArea: territory, number });
    }
  }
  if (parcels.length > LIMITS.parcels && !errors.parcels) errors.parcels = 'tooManyParcels';

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

  const text = (field: 'applicantName' | 'street' | 'municipality', max: number) => {
    const value = oneLine(raw[field]);
    if (value === '') errors[field] = 'required';
    else if (value.length > max) errors[field] = 'tooLong';
    return value;
  };
  const name = text('applicantName', LIMITS.name);
  const street = text('street', LIMITS.street);
  const municipality = text('municipality', LIMITS.municipality);
  const postalCode = raw.postalCode.replace(/\s/g, '');
  if (postalCode === '') errors.postalCode = 'required';
  else if (!new RegExp(PATTERNS.postalCode).test(postalCode)) errors.postalCode = 'postalCode';

  const email = raw.email.trim();
  if (email === '') errors.email = 'required';
  else if (email.length > EMAIL_LENGTH || !new RegExp(PATTERNS.email).test(email)) errors.email = 'email';

  if (Object.keys(errors).length > 0 || !isPurpose(raw.purpose) || dateFrom === null || dateTo === null) {
    return { ok: false, errors, badParcel };
  }
  return {
    ok: true,
    request: {
      purpose: raw.purpose,
      ...(raw.purpose === 'other' ? { otherPurpose } : {}),
      parcels,
      works: { from: dateFrom, to: dateTo },
      applicant: { name, address: { street, municipality, postalCode } },
      contact: { email },
    },
  };
}

/** A parcel's identity: the same number in two cadastral areas is two parcels. */
export const parcelKey = (parcel: Parcel) => `${parcel.cadastralArea}|${parcel.number}`;

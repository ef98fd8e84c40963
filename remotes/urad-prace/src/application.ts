import { type BankAccount, type BankAccountError, type BankAccountField, checkBankAccount } from './bank-account.js';
import type { AttachmentRules } from './submission.js';

/**
 * Registration as a job seeker (žádost o zprostředkování zaměstnání): its declared type in czp.service.json, the
 * browser's checks of the form (the same rules as the declared schema, plus what a schema cannot say: dates against
 * today, the account's check digits) and the data it sends.
 */
export const APPLICATION_TYPE = 'zadost-o-zprostredkovani-zamestnani';

/** As declared in czp.service.json (a test keeps them equal). */
export const APPLICATION_ATTACHMENTS: AttachmentRules = {
  max: 5,
  maxBytes: 5 * 1024 * 1024,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

/** The highest education completed, by the levels the Labour Office records. */
export const EDUCATION_LEVELS = [
  'none',
  'basic',
  'vocational',
  'secondary',
  'higher-vocational',
  'bachelor',
  'master',
  'doctoral',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const WORKING_TIMES = ['full-time', 'part-time', 'any'] as const;
export type WorkingTime = (typeof WORKING_TIMES)[number];

/** The schema's patterns and limits, shared with the browser's checks (a test compares them with czp.service.json). */
export const APPLICATION_RULES = {
  textLength: 200,
  desiredWorkLength: 1000,
  datePattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  emailPattern: '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$',
  emailLength: 254,
  phonePattern: '^\\+?[0-9 ]{9,20}$',
  /** How far ahead the citizen may say they are available from, in days. */
  availableWithinDays: 365,
} as const;

export const APPLICATION_FIELDS = [
  'education',
  'fieldOfStudy',
  'lastEmployer',
  'lastPosition',
  'lastEmploymentEnd',
  'availableFrom',
  'workingTime',
  'desiredWork',
  'accountPrefix',
  'accountNumber',
  'bankCode',
  'email',
  'phone',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

export type ApplicationError =
  | BankAccountError
  | 'choice'
  | 'tooLong'
  | 'date'
  | 'future'
  | 'past'
  | 'tooFar'
  | 'email'
  | 'phone';

/** The form as typed. */
export interface RawApplication extends Record<Exclude<ApplicationField, BankAccountField> | BankAccountField, string> {
  hasWorked: boolean;
  requestBenefit: boolean;
}

/** The data sent, as the declared schema describes it. */
export interface ApplicationData {
  education: { level: EducationLevel; field?: string };
  hasWorked: boolean;
  lastEmployment?: { employer: string; position: string; endDate: string };
  availability: { from: string; workingTime: WorkingTime };
  desiredWork?: string;
  requestBenefit: boolean;
  bankAccount?: BankAccount;
  contact: { email: string; phone?: string };
}

/** Which form field the portal means by a JSON Pointer of the data (a missing object: its first field). */
export const POINTER_FIELDS: Readonly<Record<string, ApplicationField>> = {
  '/education': 'education',
  '/education/level': 'education',
  '/education/field': 'fieldOfStudy',
  '/hasWorked': 'lastEmployer',
  '/lastEmployment': 'lastEmployer',
  '/lastEmployment/employer': 'lastEmployer',
  '/lastEmployment/position': 'lastPosition',
  '/lastEmployment/endDate': 'lastEmploymentEnd',
  '/availability': 'availableFrom',
  '/availability/from': 'availableFrom',
  '/availability/workingTime': 'workingTime',
  '/desiredWork': 'desiredWork',
  '/requestBenefit': 'accountNumber',
  '/bankAccount': 'accountNumber',
  '/bankAccount/prefix': 'accountPrefix',
  '/bankAccount/number': 'accountNumber',
  '/bankAccount/bankCode': 'bankCode',
  '/contact': 'email',
  '/contact/email': 'email',
  '/contact/phone': 'phone',
};

/** YYYY-MM-DD of a local date. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether YYYY-MM-DD is a real day (not 2025-02-30). */
function isRealDay(text: string): boolean {
  const match = new RegExp(APPLICATION_RULES.datePattern).exec(text);
  if (!match) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return isoDate(new Date(year, month - 1, day)) === text;
}

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');
const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export type ApplicationResult =
  | { ok: true; data: ApplicationData }
  | { ok: false; errors: Partial<Record<ApplicationField, ApplicationError>> };

/** Checks the registration field by field against `today`: the data to send, or the problem of each field. */
export function checkApplication(raw: RawApplication, today: Date): ApplicationResult {
  const errors: Partial<Record<ApplicationField, ApplicationError>> = {};
  const rules = APPLICATION_RULES;
  const todayIso = isoDate(today);
  const latest = isoDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() + rules.availableWithinDays));

  if (raw.education === '') errors.education = 'required';
  else if (!isOneOf(EDUCATION_LEVELS, raw.education)) errors.education = 'choice';
  const text = (name: ApplicationField, required: boolean, max: number = rules.textLength) => {
    const value = name === 'desiredWork' ? raw[name].trim() : oneLine(raw[name]);
    if (value === '' && required) errors[name] = 'required';
    else if (value.length > max) errors[name] = 'tooLong';
    return value;
  };
  const fieldOfStudy = text('fieldOfStudy', false);

  let employer = '';
  let position = '';
  const endDate = raw.lastEmploymentEnd.trim();
  if (raw.hasWorked) {
    employer = text('lastEmployer', true);
    position = text('lastPosition', true);
    if (endDate === '') errors.lastEmploymentEnd = 'required';
    else if (!isRealDay(endDate)) errors.lastEmploymentEnd = 'date';
    else if (endDate > todayIso) errors.lastEmploymentEnd = 'future';
  }

  const from = raw.availableFrom.trim();
  if (from === '') errors.availableFrom = 'required';
  else if (!isRealDay(from)) errors.availableFrom = 'date';
  else if (from < todayIso) errors.availableFrom = 'past';
  else if (from > latest) errors.availableFrom = 'tooFar';
  if (raw.workingTime === '') errors.workingTime = 'required';
  else if (!isOneOf(WORKING_TIMES, raw.workingTime)) errors.workingTime = 'choice';
  const desiredWork = text('desiredWork', false, rules.desiredWorkLength);

  // The account only when the benefit is requested: it is paid there.
  const account = raw.requestBenefit ? checkBankAccount(raw) : null;
  if (account && !account.ok) Object.assign(errors, account.errors);

  const email = raw.email.trim();
  if (email === '') errors.email = 'required';
  else if (email.length > rules.emailLength || !new RegExp(rules.emailPattern).test(email)) errors.email = 'email';
  const phone = oneLine(raw.phone);
  if (phone !== '' && !new RegExp(rules.phonePattern).test(phone)) errors.phone = 'phone';

  if (
    Object.keys(errors).length > 0 ||
    !isOneOf(EDUCATION_LEVELS, raw.education) ||
    !isOneOf(WORKING_TIMES, raw.workingTime) ||
    (account && !account.ok)
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    data: {
      education: { level: raw.education, ...(fieldOfStudy === '' ? {} : { field: fieldOfStudy }) },
      hasWorked: raw.hasWorked,
      ...(raw.hasWorked ? { lastEmployment: { employer, position, endDate } } : {}),
      availability: { from, workingTime: raw.workingTime },
      ...(desiredWork === '' ? {} : { desiredWork }),
      requestBenefit: raw.requestBenefit,
      ...(account?.ok ? { bankAccount: account.account } : {}),
      contact: { email, ...(phone === '' ? {} : { phone }) },
    },
  };
}

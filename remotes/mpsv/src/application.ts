import { type BankAccount, type BankAccountError, type BankAccountField, checkBankAccount } from './bank-account.js';
import { type ParseResult, type FieldError as PlanError, planParentalAllowance } from './parental-allowance.js';
import type { AttachmentRules } from './submission.js';

/**
 * The parental allowance application (žádost o rodičovský příspěvek): its declared type in czp.service.json, the
 * browser's checks of the form (the same rules as the declared schema, plus what a schema cannot say: the cap from
 * the assessment base, the check digits of the account, the child's age today) and the data it sends.
 */
export const APPLICATION_TYPE = 'zadost-o-rodicovsky-prispevek';

/** As declared in czp.service.json (a test keeps them equal). */
export const APPLICATION_ATTACHMENTS: AttachmentRules = {
  max: 5,
  maxBytes: 5 * 1024 * 1024,
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
};

/** The schema's patterns and limits, shared with the browser's checks (a test compares them with czp.service.json). */
export const APPLICATION_RULES = {
  nameLength: 100,
  /** A child born from 1 January 2024: the rules the calculator implements are for these children only. */
  birthDatePattern: '^20(2[4-9]|[3-9]\\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  firstBirthDate: '2024-01-01',
  emailPattern: '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$',
  emailLength: 254,
  phonePattern: '^\\+?[0-9 ]{9,20}$',
} as const;

export const APPLICATION_FIELDS = [
  'childGivenName',
  'childFamilyName',
  'childBirthDate',
  'base',
  'monthly',
  'accountPrefix',
  'accountNumber',
  'bankCode',
  'email',
  'phone',
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

export type ApplicationError =
  | PlanError
  | BankAccountError
  | 'tooLong'
  | 'date'
  | 'bornBefore2024'
  | 'future'
  | 'tooOld'
  | 'email'
  | 'phone';

/** The form as typed. */
export interface RawApplication extends Record<ApplicationField | BankAccountField, string> {
  multiple: boolean;
  hasBase: boolean;
}

/** The data sent, as the declared schema describes it. */
export interface ApplicationData {
  child: { givenName: string; familyName: string; birthDate: string };
  multipleBirth: boolean;
  /** The parent has a 30-day assessment base (was sickness-insured): then `assessmentBase` is given. */
  hasAssessmentBase: boolean;
  /** Thirty times the daily assessment base, when the parent has one. */
  assessmentBase?: number;
  monthlyAmount: number;
  bankAccount: BankAccount;
  contact: { email: string; phone?: string };
}

/** Which form field the portal means by a JSON Pointer of the data (a missing object: its first field). */
export const POINTER_FIELDS: Readonly<Record<string, ApplicationField>> = {
  '/child': 'childGivenName',
  '/child/givenName': 'childGivenName',
  '/child/familyName': 'childFamilyName',
  '/child/birthDate': 'childBirthDate',
  '/assessmentBase': 'base',
  '/monthlyAmount': 'monthly',
  '/multipleBirth': 'monthly',
  '/hasAssessmentBase': 'base',
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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return isoDate(date) === text;
}

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

export type ApplicationResult =
  | { ok: true; data: ApplicationData }
  | { ok: false; errors: Partial<Record<ApplicationField, ApplicationError>>; plan: ParseResult };

/** Checks the application field by field against `today`: the data to send, or the problem of each field. */
export function checkApplication(raw: RawApplication, today: Date): ApplicationResult {
  const errors: Partial<Record<ApplicationField, ApplicationError>> = {};
  const rules = APPLICATION_RULES;

  const givenName = oneLine(raw.childGivenName);
  const familyName = oneLine(raw.childFamilyName);
  for (const [field, value] of [
    ['childGivenName', givenName],
    ['childFamilyName', familyName],
  ] as const) {
    if (value === '') errors[field] = 'required';
    else if (value.length > rules.nameLength) errors[field] = 'tooLong';
  }

  const birthDate = raw.childBirthDate.trim();
  const todayIso = isoDate(today);
  // The drawing ends on the 3rd birthday: a child already 3 has nothing left to apply for.
  const thirdBirthdayLimit = isoDate(new Date(today.getFullYear() - 3, today.getMonth(), today.getDate()));
  if (birthDate === '') errors.childBirthDate = 'required';
  else if (!isRealDay(birthDate)) errors.childBirthDate = 'date';
  else if (birthDate > todayIso) errors.childBirthDate = 'future';
  else if (!new RegExp(rules.birthDatePattern).test(birthDate) || birthDate < rules.firstBirthDate)
    errors.childBirthDate = 'bornBefore2024';
  else if (birthDate <= thirdBirthdayLimit) errors.childBirthDate = 'tooOld';

  // The amounts by the calculator's own rules (the cap from the base, the floor of the 3rd birthday).
  const plan = planParentalAllowance({
    multiple: raw.multiple,
    hasBase: raw.hasBase,
    base: raw.base,
    monthly: raw.monthly,
  });
  if (!plan.ok) Object.assign(errors, plan.errors);

  const account = checkBankAccount(raw);
  if (!account.ok) Object.assign(errors, account.errors);

  const email = raw.email.trim();
  if (email === '') errors.email = 'required';
  else if (email.length > rules.emailLength || !new RegExp(rules.emailPattern).test(email)) errors.email = 'email';
  const phone = oneLine(raw.phone);
  if (phone !== '' && !new RegExp(rules.phonePattern).test(phone)) errors.phone = 'phone';

  if (Object.keys(errors).length > 0 || !plan.ok || !account.ok) return { ok: false, errors, plan };
  const base = raw.hasBase ? Number(raw.base.replace(/\s/g, '')) : null;
  return {
    ok: true,
    data: {
      child: { givenName, familyName, birthDate },
      multipleBirth: raw.multiple,
      hasAssessmentBase: raw.hasBase,
      ...(base === null ? {} : { assessmentBase: base }),
      monthlyAmount: plan.plan.monthly,
      bankAccount: account.account,
      contact: { email, ...(phone === '' ? {} : { phone }) },
    },
  };
}

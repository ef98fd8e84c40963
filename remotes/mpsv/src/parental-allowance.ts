import { parseWholeNumber, type WholeNumberError } from '@czp/remote-sdk';

/**
 * Parental allowance (rodičovský příspěvek) as this calculator models it: a fixed total drawn
 * in monthly amounts the parent chooses, up to a monthly cap.
 */
export const PARENTAL_ALLOWANCE = {
  /** The total for one child, in CZK. */
  total: 350_000,
  /** The total for twins or more children born at once, in CZK. */
  totalMultiple: 525_000,
  /** The monthly cap as a share of the 30-day assessment base, when the parent has one. */
  baseShare: 0.7,
  /** The monthly cap of a parent without an assessment base, in CZK. */
  capWithoutBase: 10_000,
  /** The highest 30-day assessment base the form accepts (a typing-error guard), in CZK. */
  maxBase: 1_000_000,
} as const;

export type Field = 'base' | 'monthly';
export type FieldError = 'required' | 'number' | 'positive' | 'baseTooHigh' | 'overCap';

export interface RawInput {
  /** Twins or more children born at once. */
  multiple: boolean;
  /** The parent has a 30-day assessment base (was sickness-insured). */
  hasBase: boolean;
  base: string;
  monthly: string;
}

export interface Plan {
  total: number;
  cap: number;
  monthly: number;
  /** Months of payments; the last one is `lastMonth`, the others `monthly`. */
  months: number;
  lastMonth: number;
}

function totalFor(multiple: boolean): number {
  return multiple ? PARENTAL_ALLOWANCE.totalMultiple : PARENTAL_ALLOWANCE.total;
}

/** The highest monthly amount: 70 % of the 30-day assessment base (whole CZK, rounded down), else 10 000 CZK. */
export function monthlyCap(base: number | null): number {
  return base === null ? PARENTAL_ALLOWANCE.capWithoutBase : Math.floor(base * PARENTAL_ALLOWANCE.baseShare);
}

/** How long `total` lasts at `monthly` a month: whole months, the last one smaller when it does not divide. */
export function schedule(total: number, monthly: number): { months: number; lastMonth: number } {
  if (!Number.isInteger(monthly) || monthly <= 0)
    throw new RangeError('The monthly amount must be a positive whole number');
  const months = Math.ceil(total / monthly);
  return { months, lastMonth: total - monthly * (months - 1) };
}

/** How people type an amount: whole CZK, with spaces between thousands ("12 000"), at most 9 digits. */
const AMOUNT = { spaces: true, maxDigits: 9 } as const;

/** Whole CZK as people type them: "12000", "12 000"; null when it is not a whole number. */
export function parseAmount(text: string): number | null {
  const amount = parseWholeNumber(text, AMOUNT);
  return amount.ok ? amount.value : null;
}

export type ParseResult =
  | { ok: true; plan: Plan }
  | { ok: false; errors: Partial<Record<Field, FieldError>>; cap: number | null };

/** An amount above its field's `max` is a typing error in the base and more than the cap in the monthly amount. */
const AMOUNT_ERROR: Record<Field, Record<WholeNumberError, FieldError>> = {
  base: { required: 'required', notWhole: 'number', tooSmall: 'positive', tooLarge: 'baseTooHigh' },
  monthly: { required: 'required', notWhole: 'number', tooSmall: 'positive', tooLarge: 'overCap' },
};

/** Checks the form field by field and, when all is well, works out the plan. */
export function planParentalAllowance(raw: RawInput): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  const base = raw.hasBase ? parseWholeNumber(raw.base, { ...AMOUNT, min: 1, max: PARENTAL_ALLOWANCE.maxBase }) : null;
  if (base && !base.ok) errors.base = AMOUNT_ERROR.base[base.error];
  const cap = base === null ? monthlyCap(null) : base.ok ? monthlyCap(base.value) : null;
  // Without a valid base the cap is unknown, and the monthly amount is not checked against it.
  const monthly = parseWholeNumber(raw.monthly, { ...AMOUNT, min: 1, max: cap ?? undefined });
  if (!monthly.ok) errors.monthly = AMOUNT_ERROR.monthly[monthly.error];

  if (Object.keys(errors).length > 0 || !monthly.ok || cap === null) return { ok: false, errors, cap };
  const total = totalFor(raw.multiple);
  return { ok: true, plan: { total, cap, monthly: monthly.value, ...schedule(total, monthly.value) } };
}

import {
  parseWholeNumber,
  type WholeNumberError,
  type WholeNumberOptions,
  type WholeNumberResult,
} from '@czp/remote-sdk';

/**
 * Parental allowance (rodičovský příspěvek, zákon č. 117/1995 Sb., § 30–31) for a child born from 1 January 2024:
 * a fixed total drawn in monthly amounts the parent chooses, between a floor (so that the total is drawn before the
 * drawing ends) and a cap (from the assessment base).
 */
export const PARENTAL_ALLOWANCE = {
  /** The total for one child, in CZK. */
  total: 350_000,
  /** The total for twins or more children born at once, in CZK. */
  totalMultiple: 525_000,
  /**
   * The drawing ends at the latest on the child's 3rd birthday: for children born from 1 January 2024 the 2024
   * amendment shortened it from 4 years to 3 (what is not drawn by then is lost). Counted from birth, in months.
   */
  drawingMonths: 36,
  /** The child's age in years when the drawing ends at the latest (for the texts). */
  drawingYears: 3,
  /** The monthly cap as a share of the 30-day assessment base, when the parent has one. */
  baseShare: 0.7,
  /**
   * The monthly cap of a parent without an assessment base, and of one whose 70 % of the base is not more: a small
   * base never lowers the cap below this (in CZK).
   */
  capWithoutBase: 10_000,
  /** For twins or more, the caps are 1.5 times as high. */
  multipleFactor: 1.5,
  /** The highest 30-day assessment base the form accepts (a typing-error guard), in CZK. */
  maxBase: 1_000_000,
} as const;

export type Field = 'base' | 'monthly';
export type FieldError = 'required' | 'number' | 'positive' | 'baseTooHigh' | 'tooHigh' | 'overCap' | 'underMinimum';

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
  minimum: number;
  monthly: number;
  /** Months of payments; the last one is `lastMonth`, the others `monthly`. */
  months: number;
  lastMonth: number;
}

function totalFor(multiple: boolean): number {
  return multiple ? PARENTAL_ALLOWANCE.totalMultiple : PARENTAL_ALLOWANCE.total;
}

/**
 * The highest monthly amount: 70 % of the 30-day assessment base (whole CZK, rounded down), but never less than
 * 10 000 CZK, which is also the cap without a base; 1.5 times both for twins or more.
 */
export function monthlyCap(base: number | null, multiple = false): number {
  const factor = multiple ? PARENTAL_ALLOWANCE.multipleFactor : 1;
  const floor = PARENTAL_ALLOWANCE.capWithoutBase * factor;
  if (base === null) return floor;
  return Math.max(floor, Math.floor(base * PARENTAL_ALLOWANCE.baseShare * factor));
}

/** The lowest monthly amount that draws the whole total before the drawing ends (whole CZK, rounded up). */
export function monthlyMinimum(multiple = false): number {
  return Math.ceil(totalFor(multiple) / PARENTAL_ALLOWANCE.drawingMonths);
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

/**
 * An amount as typed. parseWholeNumber calls "-5" and a number with too many digits "not a whole number"; to the
 * citizen they are an amount too small and one too large, and are said so.
 */
function readAmount(text: string, limits: WholeNumberOptions = {}): WholeNumberResult {
  const parsed = parseWholeNumber(text, { ...AMOUNT, ...limits });
  if (parsed.ok || parsed.error !== 'notWhole') return parsed;
  const typed = text.replace(/\s/g, '');
  if (/^[-\u2212\u2013]\d+$/.test(typed)) return { ok: false, error: 'tooSmall' };
  if (/^\d+$/.test(typed)) return { ok: false, error: 'tooLarge' };
  return parsed;
}

/** Whole CZK as people type them: "12000", "12 000"; null when it is not a whole number. */
export function parseAmount(text: string): number | null {
  const amount = readAmount(text);
  return amount.ok ? amount.value : null;
}

export type ParseResult =
  | { ok: true; plan: Plan }
  | { ok: false; errors: Partial<Record<Field, FieldError>>; cap: number | null; minimum: number };

/** An amount above its field's `max` is a typing error in the base and more than the cap in the monthly amount. */
const AMOUNT_ERROR: Record<Field, Record<WholeNumberError, FieldError>> = {
  base: { required: 'required', notWhole: 'number', tooSmall: 'positive', tooLarge: 'baseTooHigh' },
  monthly: { required: 'required', notWhole: 'number', tooSmall: 'positive', tooLarge: 'overCap' },
};

/** Checks the form field by field and, when all is well, works out the plan. */
export function planParentalAllowance(raw: RawInput): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  const base = raw.hasBase ? readAmount(raw.base, { min: 1, max: PARENTAL_ALLOWANCE.maxBase }) : null;
  if (base && !base.ok) errors.base = AMOUNT_ERROR.base[base.error];
  const cap = base === null ? monthlyCap(null, raw.multiple) : base.ok ? monthlyCap(base.value, raw.multiple) : null;
  const minimum = monthlyMinimum(raw.multiple);
  // Without a valid base the cap is unknown, and the monthly amount is not checked against it.
  const monthly = readAmount(raw.monthly, { min: 1, max: cap ?? undefined });
  if (!monthly.ok) {
    // Above the cap, or (when the cap is unknown) more digits than any amount has.
    errors.monthly = monthly.error === 'tooLarge' && cap === null ? 'tooHigh' : AMOUNT_ERROR.monthly[monthly.error];
  } else if (monthly.value < minimum) {
    errors.monthly = 'underMinimum';
  }

  if (Object.keys(errors).length > 0 || !monthly.ok || cap === null) return { ok: false, errors, cap, minimum };
  const total = totalFor(raw.multiple);
  return { ok: true, plan: { total, cap, minimum, monthly: monthly.value, ...schedule(total, monthly.value) } };
}

import {
  parseWholeNumber,
  type WholeNumberError,
  type WholeNumberOptions,
  type WholeNumberResult,
} from '@czp/remote-sdk';

/**
 * Figures for 2025. The cap of the unemployment benefit is 0.58 × the average wage the Ministry
 * of Labour and Social Affairs announces for the year (43 967 CZK for 2025). Update every January.
 */
export const BENEFIT_RULES_2025 = {
  year: 2025,
  averageWage: 43_967,
  /** The cap as a percentage of the average wage (0.58 ×). Percentages are whole numbers, so the arithmetic is exact. */
  capPercent: 58,
  /** Share of the average net monthly earnings: first two months, next two months, the rest. */
  percents: { first: 65, second: 50, rest: 45 },
  /** Share throughout when the person left the job without a serious reason. */
  percentWithoutSeriousReason: 45,
  /** Support period in months by age at the time of applying. */
  periodByAge: [
    { below: 52, months: 5 },
    { below: 58, months: 8 },
    { below: Number.POSITIVE_INFINITY, months: 11 },
  ],
  minAge: 15,
  maxAge: 100,
  /** The highest earnings the form accepts (a typing-error guard), in CZK. */
  maxEarnings: 1_000_000,
} as const;

const RULES = BENEFIT_RULES_2025;

export type Field = 'earnings' | 'age';
export type FieldError = 'required' | 'number' | 'positive' | 'earningsTooHigh' | 'ageRange';

export interface BenefitInput {
  /** Average net monthly earnings from the last job, in CZK. */
  earnings: number;
  age: number;
  /** Left the job without a serious reason (then 45 % throughout). */
  withoutSeriousReason: boolean;
}

interface Period {
  /** First and last month of the period, counted from 1. */
  from: number;
  to: number;
  /** Percentage of the earnings, e.g. 65. */
  percent: number;
  /** Benefit per month in the period, whole CZK. */
  monthly: number;
  /** The cap cut this period's amount. */
  capped: boolean;
}

export interface BenefitEstimate {
  months: number;
  cap: number;
  periods: Period[];
  total: number;
}

/** The monthly cap: 0.58 × the average wage, rounded up to whole CZK (25 501 CZK in 2025). */
export function monthlyCap(): number {
  return Math.ceil((RULES.averageWage * RULES.capPercent) / 100);
}

/** Under 52: 5 months; 52 to 57: 8 months; over 57: 11 months. */
export function supportMonths(age: number): number {
  const band = RULES.periodByAge.find((b) => age < b.below);
  return band ? band.months : 11;
}

export function estimateBenefit(input: BenefitInput): BenefitEstimate {
  const months = supportMonths(input.age);
  const cap = monthlyCap();
  const stretches: { from: number; to: number; percent: number }[] = input.withoutSeriousReason
    ? [{ from: 1, to: months, percent: RULES.percentWithoutSeriousReason }]
    : [
        { from: 1, to: 2, percent: RULES.percents.first },
        { from: 3, to: 4, percent: RULES.percents.second },
        { from: 5, to: months, percent: RULES.percents.rest },
      ];
  const periods = stretches
    .filter((s) => s.from <= s.to)
    .map((s) => {
      // Benefits are rounded up to whole crowns.
      const uncapped = Math.ceil((input.earnings * s.percent) / 100);
      return { ...s, monthly: Math.min(uncapped, cap), capped: uncapped > cap };
    });
  const total = periods.reduce((sum, p) => sum + p.monthly * (p.to - p.from + 1), 0);
  return { months, cap, periods, total };
}

/** How people type the numbers: whole, with spaces between thousands ("32 000"), at most 9 digits. */
const WHOLE = { spaces: true, maxDigits: 9 } as const;

/**
 * A number as typed. parseWholeNumber calls "-5" and a number with too many digits "not a whole number"; to the
 * citizen they are a number too small and one too large, and are said so.
 */
function readWholeNumber(text: string, limits: WholeNumberOptions): WholeNumberResult {
  const parsed = parseWholeNumber(text, { ...WHOLE, ...limits });
  if (parsed.ok || parsed.error !== 'notWhole') return parsed;
  const typed = text.replace(/\s/g, '');
  if (/^[-\u2212\u2013]\d+$/.test(typed)) return { ok: false, error: 'tooSmall' };
  if (/^\d+$/.test(typed)) return { ok: false, error: 'tooLarge' };
  return parsed;
}

export type ParseResult =
  | { ok: true; value: Omit<BenefitInput, 'withoutSeriousReason'> }
  | { ok: false; errors: Partial<Record<Field, FieldError>> };

const NUMBER_ERROR: Record<Field, Record<WholeNumberError, FieldError>> = {
  earnings: { required: 'required', notWhole: 'number', tooSmall: 'positive', tooLarge: 'earningsTooHigh' },
  age: { required: 'required', notWhole: 'number', tooSmall: 'ageRange', tooLarge: 'ageRange' },
};

export function parseBenefitForm(raw: Record<Field, string>): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  const earnings = readWholeNumber(raw.earnings, { min: 1, max: RULES.maxEarnings });
  if (!earnings.ok) errors.earnings = NUMBER_ERROR.earnings[earnings.error];
  const age = readWholeNumber(raw.age, { min: RULES.minAge, max: RULES.maxAge });
  if (!age.ok) errors.age = NUMBER_ERROR.age[age.error];
  if (!earnings.ok || !age.ok) return { ok: false, errors };
  return { ok: true, value: { earnings: earnings.value, age: age.value } };
}

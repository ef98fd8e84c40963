import { parseWholeNumber, type WholeNumberOptions, type WholeNumberResult } from '@czp/remote-sdk';

/** Znojmo's local fee rates for the current year, in CZK per year. */
const FEE_RATES = { wastePerPerson: 780, dog: 1200, dogOfPensioner: 200 } as const;

/** The town's time zone: the due date is a day in Znojmo, wherever the citizen's device is. */
export const TOWN_TIME_ZONE = 'Europe/Prague';

export interface FeeInput {
  persons: number;
  dogs: number;
  pensioner: boolean;
}

export type FeeField = keyof Pick<FeeInput, 'persons' | 'dogs'>;
export type FeeError = 'required' | 'whole' | 'tooSmall' | 'tooLarge';

/** The accepted counts; the error texts quote them. */
export const FEE_LIMITS: Record<FeeField, Required<Pick<WholeNumberOptions, 'min' | 'max'>>> = {
  persons: { min: 1, max: 30 },
  dogs: { min: 0, max: 20 },
};

/**
 * A count as typed. parseWholeNumber calls "-1" "not a whole number"; to the citizen it is a number below the
 * range, and is said so ("from 0 to 20"), as is a very long number above it.
 */
export function parseCount(text: string, limits: WholeNumberOptions): WholeNumberResult {
  const parsed = parseWholeNumber(text, limits);
  if (parsed.ok || parsed.error !== 'notWhole') return parsed;
  const typed = text.trim();
  if (/^[-\u2212\u2013]\s*\d+$/.test(typed)) return { ok: false, error: 'tooSmall' };
  if (/^\d+$/.test(typed)) return { ok: false, error: 'tooLarge' };
  return parsed;
}

/** Reads what a citizen typed; returns the specific problem per field instead of guessing. */
export function parseFeeForm(
  raw: Record<FeeField, string>,
):
  | { ok: true; value: Pick<FeeInput, 'persons' | 'dogs'> }
  | { ok: false; errors: Partial<Record<FeeField, FeeError>> } {
  const errors: Partial<Record<FeeField, FeeError>> = {};
  const value: Partial<Record<FeeField, number>> = {};
  for (const field of ['persons', 'dogs'] as const) {
    const parsed = parseCount(raw[field], FEE_LIMITS[field]);
    if (parsed.ok) value[field] = parsed.value;
    else errors[field] = parsed.error === 'notWhole' ? 'whole' : parsed.error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { persons: value.persons ?? 0, dogs: value.dogs ?? 0 } };
}

export function yearlyFees(input: FeeInput): { waste: number; dogs: number; total: number } {
  const waste = input.persons * FEE_RATES.wastePerPerson;
  const dogs = input.dogs * (input.pensioner ? FEE_RATES.dogOfPensioner : FEE_RATES.dog);
  return { waste, dogs, total: waste + dogs };
}

/** The year and month (1–12) `now` is in Znojmo. */
function townMonth(now: Date): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TOWN_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month') };
}

/**
 * The fees are due on 31 May; from 1 June (in Znojmo's time) the next year's. The whole of 31 May is still this
 * year's due date. The result is noon UTC of that day: show it with `timeZone: TOWN_TIME_ZONE`.
 */
export function nextDueDate(now: Date): Date {
  const today = townMonth(now);
  // May has 31 days, so the due date has passed exactly when the month is June or later.
  return new Date(Date.UTC(today.month > 5 ? today.year + 1 : today.year, 4, 31, 12));
}

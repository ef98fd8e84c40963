import { parseWholeNumber, type WholeNumberError, type WholeNumberOptions } from '@czp/remote-sdk';

/** Znojmo's local fee rates for the current year, in CZK per year. */
const FEE_RATES = { wastePerPerson: 780, dog: 1200, dogOfPensioner: 200 } as const;

export interface FeeInput {
  persons: number;
  dogs: number;
  pensioner: boolean;
}

export type FeeField = keyof Pick<FeeInput, 'persons' | 'dogs'>;
export type FeeError = 'required' | 'whole' | 'range';

const FEE_ERROR: Record<WholeNumberError, FeeError> = {
  required: 'required',
  notWhole: 'whole',
  tooSmall: 'range',
  tooLarge: 'range',
};

/** Reads what a citizen typed; returns the specific problem per field instead of guessing. */
export function parseFeeForm(
  raw: Record<FeeField, string>,
):
  | { ok: true; value: Pick<FeeInput, 'persons' | 'dogs'> }
  | { ok: false; errors: Partial<Record<FeeField, FeeError>> } {
  const limits: Record<FeeField, WholeNumberOptions> = { persons: { min: 1, max: 30 }, dogs: { min: 0, max: 20 } };
  const errors: Partial<Record<FeeField, FeeError>> = {};
  const value: Partial<Record<FeeField, number>> = {};
  for (const field of ['persons', 'dogs'] as const) {
    const parsed = parseWholeNumber(raw[field], limits[field]);
    if (parsed.ok) value[field] = parsed.value;
    else errors[field] = FEE_ERROR[parsed.error];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { persons: value.persons ?? 0, dogs: value.dogs ?? 0 } };
}

export function yearlyFees(input: FeeInput): { waste: number; dogs: number; total: number } {
  const waste = input.persons * FEE_RATES.wastePerPerson;
  const dogs = input.dogs * (input.pensioner ? FEE_RATES.dogOfPensioner : FEE_RATES.dog);
  return { waste, dogs, total: waste + dogs };
}

/** The fees are due on 31 May; after that date, the next year's. */
export function nextDueDate(today: Date): Date {
  const thisYear = new Date(today.getFullYear(), 4, 31);
  return today <= thisYear ? thisYear : new Date(today.getFullYear() + 1, 4, 31);
}

import { parseWholeNumber, type WholeNumberError } from '@czp/remote-sdk';

/** Disability cards (průkaz osoby se zdravotním postižením): none, TP, ZTP, ZTP/P. */
export const CARDS = ['none', 'tp', 'ztp', 'ztpp'] as const;
export type Card = (typeof CARDS)[number];

export interface Person {
  age: number;
  card: Card;
  /** Receives an old-age or disability pension. */
  pension: boolean;
}

/** Benefits the checker knows, in the order they are listed. */
const BENEFITS = [
  'childFreeTravel',
  'youthDiscount',
  'seniorDiscount',
  'freeTransport70',
  'pensionerDiscounts',
  'reservedSeat',
  'disabilityTravel',
  'companionFree',
  'parkingCard',
  'motorwayExemption',
  'mobilityAllowance',
  'tvRadioFee',
  'taxCredit',
] as const;
export type Benefit = (typeof BENEFITS)[number];

/** Age limits of the rules below, in whole years. */
export const AGE = { childFree: 6, youthUntil: 26, senior: 65, freeTransport: 70, mobilityFrom: 1, max: 130 } as const;

const hasCard = (p: Person) => p.card !== 'none';
const ztpOrMore = (p: Person) => p.card === 'ztp' || p.card === 'ztpp';

const RULES: Record<Benefit, (p: Person) => boolean> = {
  childFreeTravel: (p) => p.age < AGE.childFree,
  youthDiscount: (p) => p.age >= AGE.childFree && p.age < AGE.youthUntil,
  seniorDiscount: (p) => p.age >= AGE.senior,
  freeTransport70: (p) => p.age >= AGE.freeTransport,
  pensionerDiscounts: (p) => p.pension,
  reservedSeat: hasCard,
  disabilityTravel: ztpOrMore,
  companionFree: (p) => p.card === 'ztpp',
  parkingCard: ztpOrMore,
  motorwayExemption: ztpOrMore,
  mobilityAllowance: (p) => ztpOrMore(p) && p.age >= AGE.mobilityFrom,
  tvRadioFee: (p) => p.card === 'ztpp',
  taxCredit: (p) => p.card === 'ztpp',
};

/** The benefits a person may be entitled to; the final word is the office's that grants each. */
export function eligibleBenefits(person: Person): Benefit[] {
  return BENEFITS.filter((b) => RULES[b](person));
}

export type Field = 'age' | 'card' | 'pension';
export type FieldError = 'required' | 'whole' | 'range' | 'choice';
export interface RawForm {
  age: string;
  card: string;
  /** 'yes' | 'no' | '' (not answered yet) */
  pension: string;
}

export type ParseResult = { ok: true; person: Person } | { ok: false; errors: Partial<Record<Field, FieldError>> };

const isCard = (value: string): value is Card => (CARDS as readonly string[]).includes(value);

const AGE_ERROR: Record<WholeNumberError, FieldError> = {
  required: 'required',
  notWhole: 'whole',
  tooSmall: 'range',
  tooLarge: 'range',
};

export function parseEligibilityForm(raw: RawForm): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  const age = parseWholeNumber(raw.age, { maxDigits: 3, max: AGE.max });
  if (!age.ok) errors.age = AGE_ERROR[age.error];
  if (!isCard(raw.card)) errors.card = 'choice';
  if (raw.pension === '') errors.pension = 'required';
  else if (raw.pension !== 'yes' && raw.pension !== 'no') errors.pension = 'choice';
  if (Object.keys(errors).length > 0 || !age.ok || !isCard(raw.card)) return { ok: false, errors };
  return { ok: true, person: { age: age.value, card: raw.card, pension: raw.pension === 'yes' } };
}

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
export const BENEFITS = [
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

export function parseEligibilityForm(raw: RawForm): ParseResult {
  const errors: Partial<Record<Field, FieldError>> = {};
  const ageText = raw.age.trim();
  if (ageText === '') errors.age = 'required';
  else if (!/^\d{1,3}$/.test(ageText)) errors.age = 'whole';
  else if (Number(ageText) > AGE.max) errors.age = 'range';
  if (!isCard(raw.card)) errors.card = 'choice';
  if (raw.pension === '') errors.pension = 'required';
  else if (raw.pension !== 'yes' && raw.pension !== 'no') errors.pension = 'choice';
  if (Object.keys(errors).length > 0 || !isCard(raw.card)) return { ok: false, errors };
  return { ok: true, person: { age: Number(ageText), card: raw.card, pension: raw.pension === 'yes' } };
}

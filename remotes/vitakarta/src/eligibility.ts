import { parseWholeNumber, type WholeNumberError } from '@czp/remote-sdk';

/** Disability cards (průkaz osoby se zdravotním postižením): none, TP, ZTP, ZTP/P. */
export const CARDS = ['none', 'tp', 'ztp', 'ztpp'] as const;
export type Card = (typeof CARDS)[number];

export interface Person {
  age: number;
  card: Card;
  /** Receives an old-age or disability pension. */
  pension: boolean;
  /** The health insurer's code (111 VZP, …), when known: from the health documentation or chosen by the citizen. */
  insurer: string | null;
}

/** Benefits the checker knows, in the order they are listed. */
const BENEFITS = [
  'childFreeTravel',
  'youthDiscount',
  'seniorDiscount',
  'freeTransport70',
  'pensionerDiscounts',
  'preventionFund',
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
  // Every insurer has a prevention fund, but its programmes differ: named only when we know which insurer it is.
  preventionFund: (p) => p.insurer !== null,
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

/**
 * Age in whole years on `today` (the citizen's calendar day) of someone born on `birthDate` (YYYY-MM-DD, as the
 * register of residents gives it); null for a malformed date or one after `today`. Born on 29 February: a year older
 * on 1 March in a common year.
 */
export function ageOn(birthDate: string, today: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const born = new Date(Date.UTC(year, month - 1, day));
  if (born.getUTCFullYear() !== year || born.getUTCMonth() !== month - 1 || born.getUTCDate() !== day) return null;
  const [y, m, d] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  const age = y - year - (m < month || (m === month && d < day) ? 1 : 0);
  return age < 0 ? null : age;
}

export type Field = 'age' | 'card' | 'pension' | 'insurer';
export type FieldError = 'required' | 'whole' | 'range' | 'choice';
export interface RawForm {
  age: string;
  card: string;
  /** 'yes' | 'no' | '' (not answered yet) */
  pension: string;
  /** An insurer's code, or '' (not known: optional). */
  insurer: string;
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
  if (raw.insurer !== '' && !/^\d{3}$/.test(raw.insurer)) errors.insurer = 'choice';
  if (Object.keys(errors).length > 0 || !age.ok || !isCard(raw.card)) return { ok: false, errors };
  return {
    ok: true,
    person: { age: age.value, card: raw.card, pension: raw.pension === 'yes', insurer: raw.insurer || null },
  };
}

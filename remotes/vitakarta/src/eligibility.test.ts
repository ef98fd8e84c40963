import { describe, expect, it } from 'vitest';
import { ageOn, eligibleBenefits, type Person, parseEligibilityForm } from './eligibility.js';

const person = (overrides: Partial<Person>): Person => ({
  age: 40,
  card: 'none',
  pension: false,
  insurer: null,
  ...overrides,
});

describe('eligible benefits', () => {
  it('finds nothing for a 40-year-old without a card or pension', () => {
    expect(eligibleBenefits(person({}))).toEqual([]);
  });

  it('draws the age lines at 6, 26, 65 and 70', () => {
    expect(eligibleBenefits(person({ age: 0 }))).toEqual(['childFreeTravel']);
    expect(eligibleBenefits(person({ age: 5 }))).toEqual(['childFreeTravel']);
    expect(eligibleBenefits(person({ age: 6 }))).toEqual(['youthDiscount']);
    expect(eligibleBenefits(person({ age: 25 }))).toEqual(['youthDiscount']);
    expect(eligibleBenefits(person({ age: 26 }))).toEqual([]);
    expect(eligibleBenefits(person({ age: 64 }))).toEqual([]);
    expect(eligibleBenefits(person({ age: 65 }))).toEqual(['seniorDiscount']);
    expect(eligibleBenefits(person({ age: 69 }))).toEqual(['seniorDiscount']);
    expect(eligibleBenefits(person({ age: 70 }))).toEqual(['seniorDiscount', 'freeTransport70']);
  });

  it('adds more with each higher disability card', () => {
    expect(eligibleBenefits(person({ card: 'tp' }))).toEqual(['reservedSeat']);
    expect(eligibleBenefits(person({ card: 'ztp' }))).toEqual([
      'reservedSeat',
      'disabilityTravel',
      'parkingCard',
      'motorwayExemption',
      'mobilityAllowance',
    ]);
    expect(eligibleBenefits(person({ card: 'ztpp' }))).toEqual([
      'reservedSeat',
      'disabilityTravel',
      'companionFree',
      'parkingCard',
      'motorwayExemption',
      'mobilityAllowance',
      'tvRadioFee',
      'taxCredit',
    ]);
  });

  it('gives the mobility allowance from the age of one', () => {
    expect(eligibleBenefits(person({ age: 0, card: 'ztp' }))).not.toContain('mobilityAllowance');
    expect(eligibleBenefits(person({ age: 1, card: 'ztp' }))).toContain('mobilityAllowance');
  });

  it('names the prevention fund of the insurer when it is known', () => {
    expect(eligibleBenefits(person({ insurer: '111' }))).toEqual(['preventionFund']);
    expect(eligibleBenefits(person({ insurer: null }))).not.toContain('preventionFund');
  });

  it('adds pensioner discounts to the age ones', () => {
    expect(eligibleBenefits(person({ age: 72, pension: true }))).toEqual([
      'seniorDiscount',
      'freeTransport70',
      'pensionerDiscounts',
    ]);
  });
});

describe('age from the date of birth', () => {
  const on = (isoDay: string) => new Date(`${isoDay}T12:00:00`);

  it('is a year more from the birthday on', () => {
    expect(ageOn('1958-03-12', on('2026-03-11'))).toBe(67);
    expect(ageOn('1958-03-12', on('2026-03-12'))).toBe(68);
    expect(ageOn('1958-03-12', on('2026-12-31'))).toBe(68);
    expect(ageOn('2026-12-03', on('2026-12-03'))).toBe(0);
  });

  it('counts a 29 February birthday from 1 March in a common year', () => {
    expect(ageOn('2000-02-29', on('2026-02-28'))).toBe(25);
    expect(ageOn('2000-02-29', on('2026-03-01'))).toBe(26);
    expect(ageOn('2000-02-29', on('2028-02-29'))).toBe(28);
  });

  it('gives nothing for a malformed date or one in the future', () => {
    expect(ageOn('1958-02-30', on('2026-03-01'))).toBeNull();
    expect(ageOn('12. 3. 1958', on('2026-03-01'))).toBeNull();
    expect(ageOn('2027-01-01', on('2026-12-03'))).toBeNull();
  });
});

describe('the form', () => {
  it('reads a valid answer', () => {
    expect(parseEligibilityForm({ age: '40', card: 'none', pension: 'no', insurer: '211' })).toEqual({
      ok: true,
      person: { age: 40, card: 'none', pension: false, insurer: '211' },
    });
    expect(parseEligibilityForm({ age: ' 67 ', card: 'ztpp', pension: 'yes', insurer: '' })).toEqual({
      ok: true,
      person: { age: 67, card: 'ztpp', pension: true, insurer: null },
    });
    expect(parseEligibilityForm({ age: '0', card: 'none', pension: 'no', insurer: '' }).ok).toBe(true);
    expect(parseEligibilityForm({ age: '130', card: 'none', pension: 'no', insurer: '' }).ok).toBe(true);
  });

  it('names the problem of each field', () => {
    expect(parseEligibilityForm({ age: '', card: 'none', pension: '', insurer: '' })).toEqual({
      ok: false,
      errors: { age: 'required', pension: 'required' },
    });
    expect(parseEligibilityForm({ age: '-1', card: 'xyz', pension: 'maybe', insurer: 'VZP' })).toEqual({
      ok: false,
      errors: { age: 'whole', card: 'choice', pension: 'choice', insurer: 'choice' },
    });
    expect(parseEligibilityForm({ age: '6.5', card: 'tp', pension: 'no', insurer: '' })).toEqual({
      ok: false,
      errors: { age: 'whole' },
    });
    expect(parseEligibilityForm({ age: '131', card: 'tp', pension: 'no', insurer: '' })).toEqual({
      ok: false,
      errors: { age: 'range' },
    });
  });
});

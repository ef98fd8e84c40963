import { describe, expect, it } from 'vitest';
import { eligibleBenefits, type Person, parseEligibilityForm } from './eligibility.js';

const person = (overrides: Partial<Person>): Person => ({ age: 40, card: 'none', pension: false, ...overrides });

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

  it('adds pensioner discounts to the age ones', () => {
    expect(eligibleBenefits(person({ age: 72, pension: true }))).toEqual([
      'seniorDiscount',
      'freeTransport70',
      'pensionerDiscounts',
    ]);
  });
});

describe('the form', () => {
  it('reads a valid answer', () => {
    expect(parseEligibilityForm({ age: ' 67 ', card: 'ztpp', pension: 'yes' })).toEqual({
      ok: true,
      person: { age: 67, card: 'ztpp', pension: true },
    });
    expect(parseEligibilityForm({ age: '0', card: 'none', pension: 'no' }).ok).toBe(true);
    expect(parseEligibilityForm({ age: '130', card: 'none', pension: 'no' }).ok).toBe(true);
  });

  it('names the problem of each field', () => {
    expect(parseEligibilityForm({ age: '', card: 'none', pension: '' })).toEqual({
      ok: false,
      errors: { age: 'required', pension: 'required' },
    });
    expect(parseEligibilityForm({ age: '-1', card: 'xyz', pension: 'maybe' })).toEqual({
      ok: false,
      errors: { age: 'whole', card: 'choice', pension: 'choice' },
    });
    expect(parseEligibilityForm({ age: '6.5', card: 'tp', pension: 'no' })).toEqual({
      ok: false,
      errors: { age: 'whole' },
    });
    expect(parseEligibilityForm({ age: '131', card: 'tp', pension: 'no' })).toEqual({
      ok: false,
      errors: { age: 'range' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { estimateBenefit, monthlyCap, parseBenefitForm, supportMonths } from './unemployment-benefit.js';

const amounts = (earnings: number, age: number, withoutSeriousReason = false) =>
  estimateBenefit({ earnings, age, withoutSeriousReason }).periods.map((p) => [p.from, p.to, p.percent, p.monthly]);

describe('support period', () => {
  it('is 5 months under 52, 8 months from 52 to 57 and 11 months over 57', () => {
    expect(supportMonths(15)).toBe(5);
    expect(supportMonths(51)).toBe(5);
    expect(supportMonths(52)).toBe(8);
    expect(supportMonths(57)).toBe(8);
    expect(supportMonths(58)).toBe(11);
    expect(supportMonths(90)).toBe(11);
  });
});

describe('benefit estimate', () => {
  it('caps the benefit at 0.58 × the 2025 average wage, rounded up', () => {
    expect(monthlyCap()).toBe(25_501);
  });

  it('pays 65 %, 50 % and then 45 % of the earnings', () => {
    expect(amounts(30_000, 40)).toEqual([
      [1, 2, 65, 19_500],
      [3, 4, 50, 15_000],
      [5, 5, 45, 13_500],
    ]);
    expect(estimateBenefit({ earnings: 30_000, age: 40, withoutSeriousReason: false }).total).toBe(82_500);
  });

  it('pays longer to older people', () => {
    expect(estimateBenefit({ earnings: 30_000, age: 55, withoutSeriousReason: false })).toMatchObject({
      months: 8,
      total: 39_000 + 30_000 + 4 * 13_500,
    });
    expect(estimateBenefit({ earnings: 30_000, age: 58, withoutSeriousReason: false })).toMatchObject({
      months: 11,
      total: 39_000 + 30_000 + 7 * 13_500,
    });
  });

  it('pays 45 % throughout after leaving a job without a serious reason', () => {
    expect(amounts(30_000, 40, true)).toEqual([[1, 5, 45, 13_500]]);
    expect(estimateBenefit({ earnings: 30_000, age: 60, withoutSeriousReason: true }).total).toBe(11 * 13_500);
  });

  it('rounds up to whole crowns and cuts only the periods above the cap', () => {
    expect(amounts(30_001, 30)[0]).toEqual([1, 2, 65, 19_501]);
    const high = estimateBenefit({ earnings: 50_000, age: 30, withoutSeriousReason: false });
    expect(high.periods.map((p) => [p.monthly, p.capped])).toEqual([
      [25_501, true],
      [25_000, false],
      [22_500, false],
    ]);
    expect(high.total).toBe(2 * 25_501 + 2 * 25_000 + 22_500);
  });
});

describe('the form', () => {
  it('accepts whole numbers with spaces', () => {
    expect(parseBenefitForm({ earnings: ' 32 000 ', age: '45' })).toEqual({
      ok: true,
      value: { earnings: 32_000, age: 45 },
    });
  });

  it('names the problem of each field', () => {
    expect(parseBenefitForm({ earnings: '', age: '' })).toEqual({
      ok: false,
      errors: { earnings: 'required', age: 'required' },
    });
    expect(parseBenefitForm({ earnings: '32000.50', age: 'forty' })).toEqual({
      ok: false,
      errors: { earnings: 'number', age: 'number' },
    });
    expect(parseBenefitForm({ earnings: '0', age: '14' })).toEqual({
      ok: false,
      errors: { earnings: 'positive', age: 'ageRange' },
    });
    expect(parseBenefitForm({ earnings: '1000001', age: '101' })).toEqual({
      ok: false,
      errors: { earnings: 'earningsTooHigh', age: 'ageRange' },
    });
    expect(parseBenefitForm({ earnings: '1000000', age: '100' }).ok).toBe(true);
  });

  it('calls a very long number too high and a negative one too small, not "not a whole number"', () => {
    expect(parseBenefitForm({ earnings: '1234567890', age: '1234567890123' })).toEqual({
      ok: false,
      errors: { earnings: 'earningsTooHigh', age: 'ageRange' },
    });
    expect(parseBenefitForm({ earnings: '12 345 678 901 234', age: '45' })).toEqual({
      ok: false,
      errors: { earnings: 'earningsTooHigh' },
    });
    expect(parseBenefitForm({ earnings: '-32000', age: '-5' })).toEqual({
      ok: false,
      errors: { earnings: 'positive', age: 'ageRange' },
    });
    expect(parseBenefitForm({ earnings: '-1.5', age: '4a' })).toEqual({
      ok: false,
      errors: { earnings: 'number', age: 'number' },
    });
  });
});

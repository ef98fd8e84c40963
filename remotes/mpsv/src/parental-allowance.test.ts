import { describe, expect, it } from 'vitest';
import {
  monthlyCap,
  monthlyMinimum,
  PARENTAL_ALLOWANCE,
  parseAmount,
  planParentalAllowance,
  type RawInput,
  schedule,
} from './parental-allowance.js';

const input = (overrides: Partial<RawInput>): RawInput => ({
  multiple: false,
  hasBase: true,
  base: '30000',
  monthly: '10000',
  ...overrides,
});

describe('monthly cap', () => {
  it('is 70 % of the 30-day assessment base rounded down, or 10 000 CZK without one', () => {
    expect(monthlyCap(30_000)).toBe(21_000);
    expect(monthlyCap(20_001)).toBe(14_000); // 14 000.7
    expect(monthlyCap(null)).toBe(10_000);
  });

  it('is never below 10 000 CZK, however small the base (a tiny base does not make it 0)', () => {
    expect(monthlyCap(1)).toBe(10_000);
    expect(monthlyCap(12_345)).toBe(10_000); // 70 % is 8 641.5
    expect(monthlyCap(14_285)).toBe(10_000); // 70 % is 9 999.5
    expect(monthlyCap(14_287)).toBe(10_000); // 70 % is 10 000.9
    expect(monthlyCap(14_288)).toBe(10_001);
  });

  it('is 1.5 times as high for twins or more', () => {
    expect(monthlyCap(30_000, true)).toBe(31_500);
    expect(monthlyCap(null, true)).toBe(15_000);
    expect(monthlyCap(1, true)).toBe(15_000);
  });
});

describe('monthly minimum', () => {
  it('draws the whole total by the end of the drawing (36 months, the 3rd birthday)', () => {
    expect(PARENTAL_ALLOWANCE.drawingMonths).toBe(36);
    expect(monthlyMinimum()).toBe(9723); // 350 000 / 36 = 9 722.2
    expect(monthlyMinimum(true)).toBe(14_584); // 525 000 / 36 = 14 583.3
    for (const multiple of [false, true]) {
      const minimum = monthlyMinimum(multiple);
      const total = multiple ? PARENTAL_ALLOWANCE.totalMultiple : PARENTAL_ALLOWANCE.total;
      expect(schedule(total, minimum).months).toBe(PARENTAL_ALLOWANCE.drawingMonths);
      expect(schedule(total, minimum - 1).months).toBeGreaterThan(PARENTAL_ALLOWANCE.drawingMonths);
      // The lowest cap lets everyone draw the whole total in time.
      expect(minimum).toBeLessThanOrEqual(monthlyCap(null, multiple));
    }
  });
});

describe('schedule', () => {
  it('rounds the months up and pays the rest in the last month', () => {
    expect(schedule(350_000, 15_000)).toEqual({ months: 24, lastMonth: 5_000 });
    expect(schedule(350_000, 10_000)).toEqual({ months: 35, lastMonth: 10_000 });
    expect(schedule(350_000, 350_000)).toEqual({ months: 1, lastMonth: 350_000 });
    expect(schedule(350_000, 400_000)).toEqual({ months: 1, lastMonth: 350_000 });
    expect(schedule(525_000, 21_000)).toEqual({ months: 25, lastMonth: 21_000 });
  });

  it('refuses a zero or fractional amount', () => {
    expect(() => schedule(350_000, 0)).toThrow(RangeError);
    expect(() => schedule(350_000, 0.5)).toThrow(RangeError);
  });
});

describe('amounts as typed', () => {
  it('accepts whole crowns with spaces and nothing else', () => {
    expect(parseAmount(' 12 000 ')).toBe(12_000);
    expect(parseAmount('12\u00a0000')).toBe(12_000);
    expect(parseAmount('12,5')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('1 234 567 890')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});

describe('the plan', () => {
  it('plans one child with an assessment base', () => {
    expect(planParentalAllowance(input({ base: '30 000', monthly: '21000' }))).toEqual({
      ok: true,
      plan: { total: 350_000, cap: 21_000, minimum: 9723, monthly: 21_000, months: 17, lastMonth: 14_000 },
    });
  });

  it('gives 525 000 CZK for twins or more', () => {
    const result = planParentalAllowance(input({ multiple: true, monthly: '20000' }));
    expect(result).toMatchObject({ ok: true, plan: { total: 525_000, cap: 31_500, months: 27, lastMonth: 5_000 } });
  });

  it('caps a parent without an assessment base at 10 000 CZK and ignores the base field', () => {
    expect(planParentalAllowance(input({ hasBase: false, base: 'nonsense', monthly: '10000' }))).toMatchObject({
      ok: true,
      plan: { cap: 10_000, months: 35 },
    });
    expect(planParentalAllowance(input({ hasBase: false, monthly: '10001' }))).toEqual({
      ok: false,
      errors: { monthly: 'overCap' },
      cap: 10_000,
      minimum: 9723,
    });
  });

  it('accepts exactly the cap and refuses one crown more', () => {
    expect(planParentalAllowance(input({ base: '20000', monthly: '14000' })).ok).toBe(true);
    expect(planParentalAllowance(input({ base: '20000', monthly: '14001' }))).toEqual({
      ok: false,
      errors: { monthly: 'overCap' },
      cap: 14_000,
      minimum: 9723,
    });
  });

  it('names the problem of each field', () => {
    expect(planParentalAllowance(input({ base: '', monthly: '' }))).toEqual({
      ok: false,
      errors: { base: 'required', monthly: 'required' },
      cap: null,
      minimum: 9723,
    });
    expect(planParentalAllowance(input({ base: '0', monthly: '12.5' }))).toEqual({
      ok: false,
      errors: { base: 'positive', monthly: 'number' },
      cap: null,
      minimum: 9723,
    });
    expect(planParentalAllowance(input({ base: '1000001', monthly: '0' }))).toEqual({
      ok: false,
      errors: { base: 'baseTooHigh', monthly: 'positive' },
      cap: null,
      minimum: 9723,
    });
  });

  it('refuses a monthly amount too low to draw the total by the 3rd birthday (500 CZK gave "700 months")', () => {
    expect(planParentalAllowance(input({ monthly: '500' }))).toEqual({
      ok: false,
      errors: { monthly: 'underMinimum' },
      cap: 21_000,
      minimum: 9723,
    });
    expect(planParentalAllowance(input({ monthly: '9722' }))).toMatchObject({ errors: { monthly: 'underMinimum' } });
    expect(planParentalAllowance(input({ monthly: '9723' }))).toMatchObject({ ok: true, plan: { months: 36 } });
    expect(planParentalAllowance(input({ multiple: true, monthly: '14583' }))).toMatchObject({
      errors: { monthly: 'underMinimum' },
      minimum: 14_584,
    });
    expect(planParentalAllowance(input({ multiple: true, monthly: '14584' }))).toMatchObject({
      ok: true,
      plan: { months: 36 },
    });
  });

  it('never plans more months than the drawing lasts', () => {
    for (const multiple of [false, true]) {
      for (let monthly = 1; monthly <= 40_000; monthly += 97) {
        const result = planParentalAllowance(input({ multiple, base: '60000', monthly: String(monthly) }));
        if (result.ok) expect(result.plan.months).toBeLessThanOrEqual(PARENTAL_ALLOWANCE.drawingMonths);
        else expect(result.errors.monthly).toMatch(/underMinimum|overCap/);
      }
    }
  });

  it('lets a parent with a tiny base choose up to 10 000 CZK', () => {
    expect(planParentalAllowance(input({ base: '1000', monthly: '10000' }))).toMatchObject({
      ok: true,
      plan: { cap: 10_000, months: 35 },
    });
  });

  it('calls a negative amount too small and a very long one too large, not "not a whole number"', () => {
    expect(planParentalAllowance(input({ base: '-30000', monthly: '-5' }))).toMatchObject({
      errors: { base: 'positive', monthly: 'positive' },
    });
    expect(planParentalAllowance(input({ monthly: '1234567890' }))).toMatchObject({ errors: { monthly: 'overCap' } });
    expect(planParentalAllowance(input({ base: '12 345 678 901', monthly: '99999999999' }))).toMatchObject({
      errors: { base: 'baseTooHigh', monthly: 'tooHigh' },
    });
  });
});

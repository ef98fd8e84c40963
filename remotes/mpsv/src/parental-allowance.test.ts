import { describe, expect, it } from 'vitest';
import { monthlyCap, parseAmount, planParentalAllowance, type RawInput, schedule } from './parental-allowance.js';

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
    expect(monthlyCap(12_345)).toBe(8641); // 8641.5
    expect(monthlyCap(null)).toBe(10_000);
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
    expect(parseAmount('abc')).toBeNull();
  });
});

describe('the plan', () => {
  it('plans one child with an assessment base', () => {
    expect(planParentalAllowance(input({ base: '30 000', monthly: '21000' }))).toEqual({
      ok: true,
      plan: { total: 350_000, cap: 21_000, monthly: 21_000, months: 17, lastMonth: 14_000 },
    });
  });

  it('gives 525 000 CZK for twins or more', () => {
    const result = planParentalAllowance(input({ multiple: true, monthly: '20000' }));
    expect(result).toMatchObject({ ok: true, plan: { total: 525_000, months: 27, lastMonth: 5_000 } });
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
    });
  });

  it('accepts exactly the cap and refuses one crown more', () => {
    expect(planParentalAllowance(input({ base: '20000', monthly: '14000' })).ok).toBe(true);
    expect(planParentalAllowance(input({ base: '20000', monthly: '14001' }))).toEqual({
      ok: false,
      errors: { monthly: 'overCap' },
      cap: 14_000,
    });
  });

  it('names the problem of each field', () => {
    expect(planParentalAllowance(input({ base: '', monthly: '' }))).toEqual({
      ok: false,
      errors: { base: 'required', monthly: 'required' },
      cap: null,
    });
    expect(planParentalAllowance(input({ base: '0', monthly: '12.5' }))).toEqual({
      ok: false,
      errors: { base: 'positive', monthly: 'number' },
      cap: null,
    });
    expect(planParentalAllowance(input({ base: '1000001', monthly: '0' }))).toEqual({
      ok: false,
      errors: { base: 'baseTooHigh', monthly: 'positive' },
      cap: null,
    });
  });
});

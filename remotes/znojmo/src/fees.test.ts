import { describe, expect, it } from 'vitest';
import { nextDueDate, parseFeeForm, yearlyFees } from './fees.js';

describe('Znojmo fees', () => {
  it('adds the waste fee per person and the dog fee', () => {
    expect(yearlyFees({ persons: 3, dogs: 1, pensioner: false })).toEqual({ waste: 2340, dogs: 1200, total: 3540 });
    expect(yearlyFees({ persons: 1, dogs: 2, pensioner: true })).toEqual({ waste: 780, dogs: 400, total: 1180 });
  });

  it('names the problem of each field', () => {
    expect(parseFeeForm({ persons: '', dogs: '1.5' })).toEqual({
      ok: false,
      errors: { persons: 'required', dogs: 'whole' },
    });
    expect(parseFeeForm({ persons: '0', dogs: '21' })).toEqual({
      ok: false,
      errors: { persons: 'range', dogs: 'range' },
    });
    expect(parseFeeForm({ persons: ' 4 ', dogs: '0' })).toEqual({ ok: true, value: { persons: 4, dogs: 0 } });
  });

  it('is due on the coming 31 May', () => {
    expect(nextDueDate(new Date(2026, 0, 15))).toEqual(new Date(2026, 4, 31));
    expect(nextDueDate(new Date(2026, 4, 31))).toEqual(new Date(2026, 4, 31));
    expect(nextDueDate(new Date(2026, 10, 27))).toEqual(new Date(2027, 4, 31));
  });
});

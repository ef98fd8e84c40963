import { describe, expect, it } from 'vitest';
import { nextDueDate, parseCount, parseFeeForm, yearlyFees } from './fees.js';

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
      errors: { persons: 'tooSmall', dogs: 'tooLarge' },
    });
    expect(parseFeeForm({ persons: ' 4 ', dogs: '0' })).toEqual({ ok: true, value: { persons: 4, dogs: 0 } });
  });

  it('calls a negative count too small and a very long one too large, not "not whole"', () => {
    expect(parseFeeForm({ persons: '1', dogs: '-1' })).toEqual({ ok: false, errors: { dogs: 'tooSmall' } });
    expect(parseFeeForm({ persons: '−3', dogs: '0' })).toEqual({ ok: false, errors: { persons: 'tooSmall' } });
    expect(parseFeeForm({ persons: '1', dogs: '9'.repeat(400) })).toEqual({ ok: false, errors: { dogs: 'tooLarge' } });
    expect(parseCount('12345678901', { min: 0, max: 20, maxDigits: 3 })).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseCount('-1.5', { min: 0, max: 20 })).toEqual({ ok: false, error: 'notWhole' });
  });
});

describe('the due date', () => {
  const dueOn = (year: number) => new Date(Date.UTC(year, 4, 31, 12));

  it('is the coming 31 May', () => {
    expect(nextDueDate(new Date('2026-01-15T10:00:00Z'))).toEqual(dueOn(2026));
    expect(nextDueDate(new Date('2026-11-27T10:00:00Z'))).toEqual(dueOn(2027));
  });

  it('stays this year for the whole of 31 May in Prague and moves on at midnight of 1 June there', () => {
    expect(nextDueDate(new Date('2026-05-30T22:00:00Z'))).toEqual(dueOn(2026)); // 31 May 00:00 in Prague
    expect(nextDueDate(new Date('2026-05-31T12:00:00Z'))).toEqual(dueOn(2026));
    expect(nextDueDate(new Date('2026-05-31T21:30:00Z'))).toEqual(dueOn(2026)); // 31 May 23:30 in Prague
    expect(nextDueDate(new Date('2026-05-31T21:59:59Z'))).toEqual(dueOn(2026));
    expect(nextDueDate(new Date('2026-05-31T22:00:00Z'))).toEqual(dueOn(2027)); // 1 June 00:00 in Prague
    expect(nextDueDate(new Date('2026-05-31T22:30:00Z'))).toEqual(dueOn(2027)); // 1 June 00:30 in Prague
  });
});

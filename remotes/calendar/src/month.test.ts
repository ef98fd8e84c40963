import { describe, expect, it } from 'vitest';
import { isMonth, monthGrid, shiftMonth } from './month.js';

describe('monthGrid', () => {
  it('starts on the Monday before the first and ends on the Sunday after the last', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2026-11-30');
    expect(weeks.at(-1)?.[6]).toBe('2027-01-03');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
  it('has six weeks when the month needs them and four for a February starting on Monday', () => {
    expect(monthGrid('2026-08')).toHaveLength(6);
    expect(monthGrid('2027-02')).toHaveLength(4);
  });
});

describe('months', () => {
  it('shift across years and are checked', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-02')).toBe(true);
  });
});

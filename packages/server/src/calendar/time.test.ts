import { describe, expect, it } from 'vitest';
import { addDays, pragueInstant } from './time.js';

describe('pragueInstant', () => {
  it('is 07:00 UTC at 08:00 in winter and 06:00 UTC in summer', () => {
    expect(pragueInstant('2026-12-03', '08:00').toISOString()).toBe('2026-12-03T07:00:00.000Z');
    expect(pragueInstant('2026-07-01', '08:00').toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });
  it('counts 08:00 on the days the clocks change by the new offset', () => {
    expect(pragueInstant('2026-03-29', '08:00').toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(pragueInstant('2026-10-25', '08:00').toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2026-12-20', -30)).toBe('2026-11-20');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

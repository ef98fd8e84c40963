import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatDateTime,
  formatDay,
  isCalendarDate,
  nextDay,
  pragueDate,
  startOfPragueDay,
} from './dates.js';

describe('days in Prague', () => {
  it('counts a read late in the UTC evening to the next Prague day', () => {
    expect(pragueDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(pragueDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(pragueDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('begins a day at Prague midnight, in winter and in summer time', () => {
    expect(startOfPragueDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfPragueDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // The days of the changes themselves (29 March and 25 October 2026).
    expect(startOfPragueDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfPragueDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfPragueDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfPragueDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('counts whole days and knows real calendar days', () => {
    expect(daysBetween('2026-12-03', '2027-01-02')).toBe(30);
    expect(daysBetween('2026-12-03', '2026-12-01')).toBe(-2);
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-2-3')).toBe(false);
  });

  it('writes dates as each language does', () => {
    expect(formatDay('2026-12-03', 'cs')).toBe('3. 12. 2026');
    expect(formatDay('2026-12-03', 'en')).toBe('3 Dec 2026');
    expect(formatDateTime(new Date('2026-12-03T08:05:00Z'), 'cs')).toBe('3. 12. 2026 9:05');
    expect(formatDateTime(new Date('2026-07-03T08:05:00Z'), 'en')).toBe('3 Jul 2026, 10:05');
  });
});

import { describe, expect, it } from 'vitest';
import {
  atTime,
  DEPARTMENTS,
  normalize,
  openingStatus,
  STANDARD_HOURS,
  searchDepartments,
  type WeeklyHours,
} from './office-hours.js';

// 2026-03-02 is a Monday.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);
const LUNCH_BREAK: WeeklyHours = {
  1: [
    { open: 8 * 60, close: 11 * 60 + 30 },
    { open: 12 * 60 + 30, close: 17 * 60 },
  ],
};

describe('opening status', () => {
  it('is open from the opening minute up to, not including, the closing minute', () => {
    expect(openingStatus(STANDARD_HOURS, at(2, 8, 0))).toEqual({ open: true, closesAt: 17 * 60 });
    expect(openingStatus(STANDARD_HOURS, at(2, 16, 59))).toEqual({ open: true, closesAt: 17 * 60 });
    expect(openingStatus(STANDARD_HOURS, at(2, 17, 0))).toEqual({
      open: false,
      opensAt: 8 * 60,
      weekday: 2,
      inDays: 1,
    });
  });

  it('opens later today when it is early in the morning', () => {
    expect(openingStatus(STANDARD_HOURS, at(2, 7, 59))).toEqual({
      open: false,
      opensAt: 8 * 60,
      weekday: 1,
      inDays: 0,
    });
  });

  it('reopens after the lunch break the same day', () => {
    expect(openingStatus(LUNCH_BREAK, at(2, 12, 0))).toEqual({
      open: false,
      opensAt: 12 * 60 + 30,
      weekday: 1,
      inDays: 0,
    });
    expect(openingStatus(LUNCH_BREAK, at(2, 12, 30))).toEqual({ open: true, closesAt: 17 * 60 });
  });

  it('skips the weekend: Friday afternoon opens on Monday', () => {
    expect(openingStatus(STANDARD_HOURS, at(6, 12, 0))).toEqual({
      open: false,
      opensAt: 8 * 60,
      weekday: 1,
      inDays: 3,
    });
    expect(openingStatus(STANDARD_HOURS, at(8, 10, 0))).toEqual({
      open: false,
      opensAt: 8 * 60,
      weekday: 1,
      inDays: 1,
    });
  });

  it('finds the same weekday a week later when that is the only open day', () => {
    expect(openingStatus(LUNCH_BREAK, at(2, 17, 0))).toEqual({ open: false, opensAt: 8 * 60, weekday: 1, inDays: 7 });
  });

  it('says so when there are no office hours at all', () => {
    expect(openingStatus({}, at(2, 9))).toEqual({ open: false, opensAt: null });
  });

  it('builds the opening moment across a month end', () => {
    expect(atTime(new Date(2026, 0, 30, 15), 3, 8 * 60 + 30)).toEqual(new Date(2026, 1, 2, 8, 30));
  });
});

describe('searching departments', () => {
  it('ignores case and diacritics', () => {
    expect(normalize('  Občanské PRŮKAZY ')).toBe('obcanske prukazy');
    expect(searchDepartments(DEPARTMENTS, 'prukaz', 'cs').map((d) => d.id)).toEqual(['doklady']);
  });

  it('searches the names in the citizen’s language, every word must match', () => {
    expect(searchDepartments(DEPARTMENTS, 'building', 'en').map((d) => d.id)).toEqual(['stavebni-urad']);
    expect(searchDepartments(DEPARTMENTS, 'building', 'cs')).toEqual([]);
    expect(searchDepartments(DEPARTMENTS, 'odbor sociál', 'cs').map((d) => d.id)).toEqual(['socialni-odbor']);
  });

  it('lists every department for an empty query', () => {
    expect(searchDepartments(DEPARTMENTS, '   ', 'cs')).toHaveLength(DEPARTMENTS.length);
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(8);
  });
});

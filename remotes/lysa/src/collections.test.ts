import { describe, expect, it } from 'vitest';
import {
  collectionDays,
  DISTRICTS,
  type District,
  findStreet,
  isCollectionDay,
  localIsoDate,
  nextCollections,
  STREETS,
} from './collections.js';

const district = (id: string): District => {
  const found = DISTRICTS.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};
const centre = district('stred'); // Tuesdays, plastics on 6 January 2026 and every 14 days
const dvorce = district('dvorce'); // Thursdays
const d = (year: number, month: number, day: number) => new Date(year, month - 1, day);

describe('next collections', () => {
  it('collects mixed waste weekly on the district’s day, today included', () => {
    expect(nextCollections(centre, 'mixed', d(2026, 1, 6))).toEqual([
      d(2026, 1, 6),
      d(2026, 1, 13),
      d(2026, 1, 20),
      d(2026, 1, 27),
    ]);
  });

  it('goes on from the coming collection day, across a month and a year end', () => {
    expect(nextCollections(centre, 'mixed', new Date(2026, 11, 23, 18, 45))).toEqual([
      d(2026, 12, 29),
      d(2027, 1, 5),
      d(2027, 1, 12),
      d(2027, 1, 19),
    ]);
    expect(nextCollections(dvorce, 'mixed', d(2026, 2, 27), 2)).toEqual([d(2026, 3, 5), d(2026, 3, 12)]);
  });

  it('collects plastics every other week, also before the anchor date', () => {
    expect(nextCollections(centre, 'plastics', d(2026, 1, 7))).toEqual([
      d(2026, 1, 20),
      d(2026, 2, 3),
      d(2026, 2, 17),
      d(2026, 3, 3),
    ]);
    expect(nextCollections(centre, 'plastics', d(2025, 12, 1))).toEqual([
      d(2025, 12, 9),
      d(2025, 12, 23),
      d(2026, 1, 6),
      d(2026, 1, 20),
    ]);
  });

  it('keeps the fortnightly rhythm across the change to summer time', () => {
    // Summer time starts on 29 March 2026: 3 and 17 March, then 31 March and 14 April.
    expect(nextCollections(centre, 'plastics', d(2026, 3, 1))).toEqual([
      d(2026, 3, 3),
      d(2026, 3, 17),
      d(2026, 3, 31),
      d(2026, 4, 14),
    ]);
  });

  it('collects biowaste from April to November only', () => {
    expect(nextCollections(centre, 'bio', d(2026, 3, 31))).toEqual([
      d(2026, 4, 7),
      d(2026, 4, 14),
      d(2026, 4, 21),
      d(2026, 4, 28),
    ]);
    expect(nextCollections(centre, 'bio', d(2026, 11, 20))).toEqual([
      d(2026, 11, 24),
      d(2027, 4, 6),
      d(2027, 4, 13),
      d(2027, 4, 20),
    ]);
    expect(isCollectionDay(centre, 'bio', d(2026, 11, 24))).toBe(true);
    expect(isCollectionDay(centre, 'bio', d(2026, 12, 1))).toBe(false);
  });

  it('collects nothing on another weekday', () => {
    expect(isCollectionDay(centre, 'mixed', d(2026, 1, 7))).toBe(false);
  });
});

describe('streets', () => {
  it('belong to a district each', () => {
    expect(STREETS.length).toBeGreaterThanOrEqual(10);
    for (const street of STREETS) expect(findStreet(street.id)?.district.id).toBe(street.district);
    expect(findStreet('nowhere')).toBeUndefined();
  });
});

describe('collection days', () => {
  it('lists the next collection days with every kind collected on each, today included', () => {
    expect(collectionDays(centre, new Date(2026, 2, 31, 7), 3)).toEqual([
      { date: d(2026, 3, 31), kinds: ['mixed', 'plastics'] },
      { date: d(2026, 4, 7), kinds: ['mixed', 'bio'] },
      { date: d(2026, 4, 14), kinds: ['mixed', 'plastics', 'bio'] },
    ]);
  });

  it('gives six days by default, one a week, starting from the coming collection day', () => {
    const days = collectionDays(dvorce, d(2026, 12, 28));
    expect(days.map((day) => localIsoDate(day.date))).toEqual([
      '2026-12-31',
      '2027-01-07',
      '2027-01-14',
      '2027-01-21',
      '2027-01-28',
      '2027-02-04',
    ]);
    expect(days.every((day) => day.kinds[0] === 'mixed' && !day.kinds.includes('bio'))).toBe(true);
  });

  it('writes the local calendar date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

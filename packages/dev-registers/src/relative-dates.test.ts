import { describe, expect, it } from 'vitest';
import { isRelative, resolveRelative } from './relative-dates.js';

const NOW = new Date('2026-12-03T08:50:12.345Z');

describe('relative dates', () => {
  it('resolves dates against the day of now (UTC), step by step', () => {
    expect(resolveRelative('today', NOW)).toBe('2026-12-03');
    expect(resolveRelative('today+21d', NOW)).toBe('2026-12-24');
    expect(resolveRelative('today-45d', NOW)).toBe('2026-10-19');
    expect(resolveRelative('today-10y+21d', NOW)).toBe('2016-12-24');
    expect(resolveRelative('today+6y-2mo', NOW)).toBe('2032-10-03');
    expect(resolveRelative('today+2w', NOW)).toBe('2026-12-17');
  });

  it('keeps a month step on the last day of a shorter month', () => {
    expect(resolveRelative('today+1mo', new Date('2027-01-31T12:00:00Z'))).toBe('2027-02-28');
    expect(resolveRelative('today-1y', new Date('2028-02-29T12:00:00Z'))).toBe('2027-02-28');
  });

  it('resolves times to whole seconds in UTC', () => {
    expect(resolveRelative('now', NOW)).toBe('2026-12-03T08:50:12Z');
    expect(resolveRelative('now-3d-5h', NOW)).toBe('2026-11-30T03:50:12Z');
    expect(resolveRelative('now-90min', NOW)).toBe('2026-12-03T07:20:12Z');
  });

  it('walks objects and arrays and leaves every other value alone', () => {
    const seed = {
      number: '204518736',
      validUntil: 'today+21d',
      list: [{ at: 'now-1d' }, 'nowhere', 'today is a day', 42, null, true],
    };
    expect(resolveRelative(seed, NOW)).toEqual({
      number: '204518736',
      validUntil: '2026-12-24',
      list: [{ at: '2026-12-02T08:50:12Z' }, 'nowhere', 'today is a day', 42, null, true],
    });
    expect(seed.validUntil).toBe('today+21d');
  });

  it('tells relative strings from others', () => {
    expect(isRelative('today+21d')).toBe(true);
    expect(isRelative('now-3d-5h')).toBe(true);
    expect(isRelative('today+3h')).toBe(false);
    expect(isRelative('today+21')).toBe(false);
    expect(isRelative('2026-12-24')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatSize, formatTable, plural } from './format.js';

describe('format', () => {
  it('prints sizes in B, KB and MB', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(1023)).toBe('1023 B');
    expect(formatSize(35_328)).toBe('34.5 KB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB');
    expect(formatSize(undefined)).toBe('-');
  });

  it('prints dates in the given locale and leaves absent ones as "-"', () => {
    expect(formatDate('2026-11-27T10:15:00.000Z', 'en-GB', 'UTC')).toBe('27 Nov 2026, 10:15');
    expect(formatDate(null)).toBe('-');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('counts in words', () => {
    expect(plural(1, 'file')).toBe('1 file');
    expect(plural(12, 'file')).toBe('12 files');
  });

  it('pads table columns and right-aligns where asked', () => {
    const table = formatTable(
      ['VERSION', 'FILES'],
      [
        ['1.0.0', '7'],
        ['1.10.0', '12'],
      ],
      ['left', 'right'],
    );
    expect(table.split('\n')).toEqual(['VERSION  FILES', '1.0.0        7', '1.10.0      12']);
  });
});

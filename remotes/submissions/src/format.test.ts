import { describe, expect, it } from 'vitest';
import { dataRows, formatSize } from './format.js';

const formatNumber = (value: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat('cs-CZ', options).format(value);

describe('format', () => {
  it('formats sizes in binary units', () => {
    expect(formatSize(512, formatNumber)).toBe('512\u00a0B');
    expect(formatSize(48_213, formatNumber)).toBe('47,08\u00a0kB');
  });

  it('turns nested form data into rows', () => {
    expect(
      dataRows(
        { name: 'Rex', age: 3, vaccinated: true, owner: { email: 'jan@example.cz' }, tags: ['a', 'b'], none: null },
        { yes: 'ano', no: 'ne', formatNumber },
      ),
    ).toEqual([
      { label: 'name', value: 'Rex' },
      { label: 'age', value: '3' },
      { label: 'vaccinated', value: 'ano' },
      { label: 'owner › email', value: 'jan@example.cz' },
      { label: 'tags', value: 'a, b' },
      { label: 'none', value: '—' },
    ]);
  });
});

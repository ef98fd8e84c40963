import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './forms.js';

describe('parseWholeNumber', () => {
  it('reads digits, ignoring white space around them', () => {
    expect(parseWholeNumber('42')).toEqual({ ok: true, value: 42 });
    expect(parseWholeNumber(' 007 ')).toEqual({ ok: true, value: 7 });
    expect(parseWholeNumber('0')).toEqual({ ok: true, value: 0 });
  });

  it('calls an empty or blank field required', () => {
    expect(parseWholeNumber('')).toEqual({ ok: false, error: 'required' });
    expect(parseWholeNumber(' \t ')).toEqual({ ok: false, error: 'required' });
    expect(parseWholeNumber('\u00a0', { spaces: true })).toEqual({ ok: false, error: 'required' });
  });

  it('refuses a sign, a decimal, letters and spaces inside the number', () => {
    for (const text of ['-1', '+1', '1.5', '1,5', '12abc', 'abc', '12 000', '1e3']) {
      expect(parseWholeNumber(text)).toEqual({ ok: false, error: 'notWhole' });
    }
  });

  it('ignores spaces between thousands when asked to', () => {
    expect(parseWholeNumber(' 12 000 ', { spaces: true })).toEqual({ ok: true, value: 12_000 });
    expect(parseWholeNumber('12\u00a0000', { spaces: true })).toEqual({ ok: true, value: 12_000 });
    expect(parseWholeNumber('12,5', { spaces: true })).toEqual({ ok: false, error: 'notWhole' });
  });

  it('counts digits against maxDigits, leading zeros included', () => {
    expect(parseWholeNumber('999', { maxDigits: 3 })).toEqual({ ok: true, value: 999 });
    expect(parseWholeNumber('0999', { maxDigits: 3 })).toEqual({ ok: false, error: 'notWhole' });
    expect(parseWholeNumber('1 000', { maxDigits: 3, spaces: true })).toEqual({ ok: false, error: 'notWhole' });
  });

  it('checks min and max inclusively, the format first', () => {
    const range = { min: 1, max: 30 };
    expect(parseWholeNumber('1', range)).toEqual({ ok: true, value: 1 });
    expect(parseWholeNumber('30', range)).toEqual({ ok: true, value: 30 });
    expect(parseWholeNumber('0', range)).toEqual({ ok: false, error: 'tooSmall' });
    expect(parseWholeNumber('31', range)).toEqual({ ok: false, error: 'tooLarge' });
    expect(parseWholeNumber('-5', range)).toEqual({ ok: false, error: 'notWhole' });
  });
});

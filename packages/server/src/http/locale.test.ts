import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.js';

describe('pickLocale', () => {
  it('prefers the cookie, then the best Czech or English Accept-Language entry, else Czech', () => {
    expect(pickLocale('en', 'cs')).toBe('en');
    expect(pickLocale('cs', 'en')).toBe('cs');
    expect(pickLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLocale(undefined, 'cs-CZ,cs;q=0.9,en;q=0.8')).toBe('cs');
    expect(pickLocale(undefined, 'en;q=0.4, cs;q=0.9')).toBe('cs');
    expect(pickLocale(undefined, 'de, en;q=0.5')).toBe('en');
    expect(pickLocale(undefined, 'sk')).toBe('cs');
    expect(pickLocale('fr', 'de')).toBe('cs');
    expect(pickLocale(undefined, undefined)).toBe('cs');
    expect(pickLocale(undefined, 'en;q=0')).toBe('cs');
  });
});

import { describe, expect, it } from 'vitest';
import { applyTheme, systemPrefersHighContrast, themeFromCookies } from './theme-choice.js';

describe('theme choice', () => {
  it('reads only the two themes from the cookies', () => {
    expect(themeFromCookies('a=1; czp_theme=high-contrast; b=2')).toBe('high-contrast');
    expect(themeFromCookies('czp_theme=light')).toBe('light');
    expect(themeFromCookies('czp_theme=dark')).toBeNull();
    expect(themeFromCookies('xczp_theme=light')).toBeNull();
    expect(themeFromCookies('')).toBeNull();
  });

  it('applies the theme to <html> and remembers it for a year', () => {
    applyTheme(document, 'high-contrast');
    expect(document.documentElement.dataset.czpTheme).toBe('high-contrast');
    expect(themeFromCookies(document.cookie)).toBe('high-contrast');
    applyTheme(document, 'light');
    expect(document.documentElement.dataset.czpTheme).toBe('light');
    expect(themeFromCookies(document.cookie)).toBe('light');
  });

  it('asks the system when there is no choice', () => {
    const prefers = (matches: boolean) => ({ matchMedia: () => ({ matches }) as MediaQueryList });
    expect(systemPrefersHighContrast(prefers(true))).toBe(true);
    expect(systemPrefersHighContrast(prefers(false))).toBe(false);
    expect(systemPrefersHighContrast(undefined)).toBe(false);
  });
});

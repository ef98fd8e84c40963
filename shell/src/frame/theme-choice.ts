import { COOKIES, readCookie, type Theme, themeOf } from '@czp/contract';
import { writePreferenceCookie } from '../preferences/preference-cookie.js';

/**
 * The citizen's colour theme (the contract's Theme), or no choice: the system's `prefers-contrast` decides, through
 * the tokens' media query. The choice is a cookie the browser sets and the server reads, so the page arrives with
 * `<html data-czp-theme>` already right (no flash of the other theme).
 */

/** The theme a Cookie header (or `document.cookie`) names, or null. */
export function themeFromCookies(cookies: string): Theme | null {
  return themeOf(readCookie(cookies, COOKIES.theme));
}

/** Applies the theme to the page and remembers it for a year. */
export function applyTheme(doc: Document, theme: Theme): void {
  doc.documentElement.dataset.czpTheme = theme;
  writePreferenceCookie(doc, COOKIES.theme, theme);
}

/** Whether the system asks for more contrast (what an unset choice shows). */
export function systemPrefersHighContrast(win: Pick<Window, 'matchMedia'> | undefined): boolean {
  return win?.matchMedia?.('(prefers-contrast: more)').matches ?? false;
}

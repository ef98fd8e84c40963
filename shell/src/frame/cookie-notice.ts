import { COOKIES, readCookie } from '@czp/contract';
import { writePreferenceCookie } from '../preferences/preference-cookie.js';

/**
 * The cookie notice is shown until the citizen dismisses it; the dismissal is remembered for a year in a cookie the
 * browser sets, which the server reads too (it renders no bar once dismissed, so there is no flash of it).
 */

/** Whether a Cookie header (or `document.cookie`) says the notice was dismissed. */
export function cookieNoticeDismissed(cookies: string): boolean {
  return readCookie(cookies, COOKIES.cookieNotice) === '1';
}

/** Remembers the dismissal for a year. */
export function rememberCookieNoticeDismissed(doc: Document): void {
  writePreferenceCookie(doc, COOKIES.cookieNotice, '1');
}

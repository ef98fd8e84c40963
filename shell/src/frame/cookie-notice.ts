/**
 * The cookie notice is shown until the citizen dismisses it; the dismissal is remembered for a year in a cookie the
 * browser sets, which the server reads too (it renders no bar once dismissed, so there is no flash of it).
 */
export const COOKIE_NOTICE_COOKIE = 'czp_cookie_notice';

/** Whether a Cookie header (or `document.cookie`) says the notice was dismissed. */
export function cookieNoticeDismissed(cookies: string): boolean {
  return new RegExp(`(?:^|;\\s*)${COOKIE_NOTICE_COOKIE}=1(?:;|$)`).test(cookies);
}

/** Remembers the dismissal for a year (Secure on HTTPS). */
export function rememberCookieNoticeDismissed(doc: Document): void {
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  doc.cookie = `${COOKIE_NOTICE_COOKIE}=1; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

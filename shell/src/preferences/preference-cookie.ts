import { PREFERENCE_COOKIE_MAX_AGE_SECONDS } from '@czp/contract';

/**
 * Remembers a preference (language, theme, the cookie notice) in a plain cookie the server reads to render the page
 * right from the first byte. Secure on HTTPS.
 */
export function writePreferenceCookie(doc: Document, name: string, value: string): void {
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  doc.cookie = `${name}=${value}; Path=/; Max-Age=${PREFERENCE_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
}

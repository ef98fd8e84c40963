/**
 * Every cookie the portal sets, by name: the server reads what the browser writes (locale, theme, cookie notice), so
 * both sides take the names from here. Preference cookies are plain (the browser writes them); the session, login
 * and CSRF cookies are httpOnly and written only by the server.
 */
export const COOKIES = {
  /** The citizen's language (`cs` | `en`), written by the shell when they switch. */
  locale: 'czp_locale',
  /** The citizen's colour theme (`light` | `high-contrast`), written by the shell's theme switch. */
  theme: 'czp_theme',
  /** `1` once the citizen dismissed the cookie notice. */
  cookieNotice: 'czp_cookie_notice',
  /** The session id (httpOnly); `__Host-` prefixed on https. */
  session: 'czp_session',
  /** The login transaction in progress (httpOnly); `__Host-` prefixed on https. */
  login: 'czp_login',
  /** The signed CSRF secret (httpOnly). */
  csrf: 'czp_csrf',
} as const;
export type CookieName = (typeof COOKIES)[keyof typeof COOKIES];

/**
 * The name a server-written cookie has: `__Host-` prefixed over HTTPS, which pins it to this exact origin and path /
 * (a sibling subdomain cannot plant or overwrite it); browsers accept the prefix only on Secure cookies.
 */
export function hostCookieName(name: CookieName, secure: boolean): string {
  return secure ? `__Host-${name}` : name;
}

/** A preference cookie lasts a year. */
export const PREFERENCE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The value of one cookie in a Cookie header (or `document.cookie`), undefined when absent. */
export function readCookie(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

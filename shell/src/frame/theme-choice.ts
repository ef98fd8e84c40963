/**
 * The citizen's colour theme: light or high contrast, or no choice (the system's `prefers-contrast`
 * decides, through the tokens' media query). The choice is a cookie the browser sets and the server
 * reads, so the page arrives with `<html data-czp-theme>` already right (no flash of the other theme).
 */
export type Theme = 'light' | 'high-contrast';
export const THEME_COOKIE = 'czp_theme';

/** The theme a Cookie header (or `document.cookie`) names, or null. */
export function themeFromCookies(cookies: string): Theme | null {
  const value = new RegExp(`(?:^|;\\s*)${THEME_COOKIE}=([^;]*)`).exec(cookies)?.[1];
  return value === 'light' || value === 'high-contrast' ? value : null;
}

/** Applies the theme to the page and remembers it for a year (Secure on HTTPS). */
export function applyTheme(doc: Document, theme: Theme): void {
  doc.documentElement.dataset.czpTheme = theme;
  const secure = doc.location?.protocol === 'https:' ? '; Secure' : '';
  doc.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

/** Whether the system asks for more contrast (what an unset choice shows). */
export function systemPrefersHighContrast(win: Pick<Window, 'matchMedia'> | undefined): boolean {
  return win?.matchMedia?.('(prefers-contrast: more)').matches ?? false;
}

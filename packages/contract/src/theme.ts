/**
 * The citizen's colour theme: light or high contrast. No choice (null) lets the system's `prefers-contrast` decide,
 * through the tokens' media query. The choice travels as the `czp_theme` cookie.
 */
export const THEMES = ['light', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** The theme a cookie value names; anything else is no choice. */
export function themeOf(value: string | undefined | null): Theme | null {
  return value === 'light' || value === 'high-contrast' ? value : null;
}

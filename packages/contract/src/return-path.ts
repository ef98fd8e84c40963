/**
 * Where the portal may send a citizen after a login, a consent or a language switch: only a path on the portal.
 * One rule for the server (the 303 after login) and the browser (the consent page's "continue"), because an open
 * redirect on either side lets a phishing link bounce through the portal to anywhere.
 *
 * The value is judged AFTER URL normalisation, as a browser would resolve it: `/.//evil.example`, `/x/..//evil`
 * and `/%2e//evil` all become `//evil…` (another host) once dot segments are removed, so a check on the raw text
 * alone is not enough. A backslash or a control character (tab, CR, LF) is refused outright: browsers read `\`
 * as `/` and silently drop tabs and line breaks, which turns `/\evil` or `/<tab>/evil` into `//evil`.
 */
export const DEFAULT_RETURN_PATH = '/';

const MAX_RETURN_PATH_LENGTH = 1000;
const BASE = 'http://portal.invalid';
// Server-side endpoints are never a place to land on: /auth/logout would log the citizen out, /api answers JSON.
const NOT_A_PAGE = /^\/(auth|api)(\/|$|\?|#)/i;

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** The normalised portal path `value` names, or null when it could lead anywhere else. */
export function returnPathOf(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_RETURN_PATH_LENGTH) return null;
  if (!value.startsWith('/') || value.includes('\\') || hasControlCharacter(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments may have produced `//host` even though the raw value did not start with it.
  if (path.startsWith('//') || NOT_A_PAGE.test(path)) return null;
  return path;
}

/** The normalised portal path `value` names, or `/`. */
export function safeReturnPath(value: unknown): string {
  return returnPathOf(value) ?? DEFAULT_RETURN_PATH;
}

import { ConfigurationError } from '../startup/configuration-error.js';

/** Whether this portal lets a browser preview a service from a developer's server, and from which origins. */
export interface PreviewSettings {
  enabled: boolean;
  /** The origins a preview may load from; `loopback`: `http://localhost:<any port>` and `http://127.0.0.1:<any port>`. */
  origins: readonly string[] | 'loopback';
}

/** The operator's switch: previews in production only with `CZP_ALLOW_PREVIEW=1`. */
const ALLOW_PREVIEW_ENV = 'CZP_ALLOW_PREVIEW';
/** The allow-list of preview origins (comma-separated), instead of the loopback default. */
const PREVIEW_ORIGINS_ENV = 'CZP_PREVIEW_ORIGINS';

/**
 * Reads the settings from the environment: on outside production, off in production unless the operator sets
 * CZP_ALLOW_PREVIEW=1 (a mistyped value is refused at start, never read as "on" or silently as "off").
 */
export function previewSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): PreviewSettings {
  const allow = env[ALLOW_PREVIEW_ENV]?.trim() ?? '';
  if (allow !== '' && allow !== '0' && allow !== '1') {
    throw new ConfigurationError(`${ALLOW_PREVIEW_ENV} must be 1 (allow previews) or 0 (refuse them), not "${allow}"`);
  }
  const production = env.NODE_ENV === 'production';
  const enabled = allow === '1' || (allow === '' && !production);
  return { enabled, origins: parsePreviewOrigins(env[PREVIEW_ORIGINS_ENV]) };
}

/** CZP_PREVIEW_ORIGINS: http(s) origins only (each becomes a CSP source for the browsers that preview). */
function parsePreviewOrigins(value: string | undefined): PreviewSettings['origins'] {
  const origins: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const text = raw.trim();
    if (!text) continue;
    const origin = exactOrigin(text);
    if (!origin) {
      throw new ConfigurationError(
        `${PREVIEW_ORIGINS_ENV}: "${text}" is not an http(s) origin; list origins only, separated by commas, ` +
          'e.g. http://localhost:5174,https://dev.telc.eu',
      );
    }
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins.length > 0 ? origins : 'loopback';
}

/**
 * The origin `text` is, when it is exactly one (scheme, host, optional port, optional trailing slash): no path, query,
 * fragment, credentials or wildcard. Anything more would be silently dropped by `new URL().origin`, so it is refused.
 */
export function exactOrigin(text: string): string | null {
  if (text.includes('*') || /\s/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return null;
  // `http://x/?` and `http://x/#` parse to an empty search and hash: refused too.
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(text)) return null;
  return url.origin;
}

/** Whether a preview may load from `origin` (already an exact origin). */
export function isAllowedPreviewOrigin(settings: PreviewSettings, origin: string): boolean {
  if (settings.origins !== 'loopback') return settings.origins.includes(origin);
  const url = new URL(origin);
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') && url.port !== '';
}

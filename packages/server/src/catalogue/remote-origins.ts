import { ConfigurationError } from '../startup/configuration-error.js';

/** The environment variable the operator lists allowed origins of remotes in. */
export const REMOTE_ORIGINS_ENV = 'CZP_REMOTE_ORIGINS';

/**
 * Parses CZP_REMOTE_ORIGINS: comma-separated http(s) origins (`https://portal.telc.eu,http://localhost:9090`) whose
 * remotes services may point to. Each becomes a CSP source, so anything more than an origin (a path, a query,
 * credentials, a wildcard) is refused at startup rather than silently widened or narrowed.
 */
export function parseRemoteOrigins(value: string | undefined): string[] {
  const origins: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const text = raw.trim();
    if (!text) continue;
    const origin = originOf(text);
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

function originOf(text: string): string {
  const problem = (why: string) =>
    new ConfigurationError(
      `${REMOTE_ORIGINS_ENV}: "${text}" ${why}; list origins only, separated by commas, ` +
        'e.g. https://portal.telc.eu,http://localhost:9090',
    );
  if (text.includes('*')) throw problem('has a wildcard');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw problem('is not an origin');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem('is not an http(s) origin');
  if (url.username || url.password) throw problem('has credentials');
  if (url.pathname !== '/' || url.search || url.hash || /^https?:\/\/[^/]+\/./.test(text)) {
    throw problem('has a path, query or fragment');
  }
  return url.origin;
}

import type { ServiceApiClient } from '@czp/contract';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the server says about the session on any response: the shell keeps its expiry warning in step. */
interface SessionSignals {
  /** The server restarted the session's idle clock (header X-Session-Expires-At). */
  onSessionExpiresAt?(expiresAt: string): void;
  /** The server no longer knows the session (401): it expired or was ended elsewhere. */
  onSessionLost?(): void;
}

/**
 * Same-origin calls to the portal API. Mutating calls carry the CSRF token; when the token is
 * missing or expired (403 csrf) a fresh one is fetched and the call is tried once more.
 */
export class PortalApi {
  constructor(
    private csrfToken: string | null,
    private readonly fetchFn: typeof fetch = (...args) => fetch(...args),
    private readonly signals: SessionSignals = {},
  ) {}

  async get(path: string, init?: RequestInit): Promise<Response> {
    return this.observe(await this.fetchFn(path, { ...init, method: 'GET', credentials: 'same-origin' }));
  }

  private observe(response: Response): Response {
    const expiresAt = response.headers.get('x-session-expires-at');
    if (expiresAt) this.signals.onSessionExpiresAt?.(expiresAt);
    if (response.status === 401) this.signals.onSessionLost?.();
    return response;
  }

  async send(method: Method, path: string, body?: unknown): Promise<Response> {
    const attempt = async () =>
      this.fetchFn(path, {
        method,
        credentials: 'same-origin',
        // No Content-Type without a body: the server refuses an empty body announced as JSON.
        // FormData (files) goes as multipart with the boundary the browser sets; anything else as JSON.
        headers: {
          ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
          'x-csrf-token': await this.token(),
        },
        body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      });
    const response = this.observe(await attempt());
    if (response.status !== 403 || !(await isCsrfRefusal(response))) return response;
    this.csrfToken = null;
    return this.observe(await attempt());
  }

  /** An API client that reaches only /api/services/<serviceId>/…: what a remote gets. */
  forService(serviceId: string): ServiceApiClient {
    const base = `/api/services/${encodeURIComponent(serviceId)}`;
    const scoped = (path: string) => {
      if (!path.startsWith('/') || path.includes('..'))
        throw new Error(`A service API path starts with / and stays below ${base}: ${path}`);
      return base + path;
    };
    return {
      get: (path, init) => this.get(scoped(path), init),
      send: (method, path, body) => this.send(method, scoped(path), body),
    };
  }

  private async token(): Promise<string> {
    if (this.csrfToken) return this.csrfToken;
    const response = await this.fetchFn('/api/csrf-token', { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`Could not get a security token (${response.status})`);
    const { token } = (await response.json()) as { token: string };
    this.csrfToken = token;
    return token;
  }
}

/** A 403 for a missing or stale CSRF token (worth one retry with a fresh one), not for a lack of rights. */
async function isCsrfRefusal(response: Response): Promise<boolean> {
  try {
    const body = (await response.clone().json()) as { error?: unknown };
    return body.error === 'csrf';
  } catch {
    return false;
  }
}

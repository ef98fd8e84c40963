import type { HostApi, ServiceApiClient } from '@czp/contract';
import { type EmulatorStores, pushToast } from './store.js';

/**
 * The HostApi the emulator gives the remote, doing what the shell does: navigate changes the address (the remote
 * re-renders for its routes through the same popstate event single-spa sends), notify shows a toast, setBadge and
 * reportCrash are shown in the frame, and the API client calls /api/services/<id>/ (answered by msw).
 */
export function createEmulatorHost(serviceId: string, stores: EmulatorStores, win: Window = window): HostApi {
  return {
    state: stores.host,
    navigate(path) {
      if (!path.startsWith('/')) {
        console.warn(`[czp dev] navigate() needs a path starting with /, got ${JSON.stringify(path)}`);
        return;
      }
      navigateTo(path, stores, win);
    },
    notify(notice) {
      console.info(`[czp dev] notify(${notice.kind}): ${notice.message}`);
      pushToast(stores.frame, notice);
    },
    reportCrash(error) {
      console.error('[czp dev] the remote reported a crash:', error);
      stores.frame.setState({ crash: error instanceof Error ? error.message : String(error) });
    },
    setBadge(count) {
      stores.frame.setState({ badge: count });
    },
    api: serviceApi(serviceId, win),
  };
}

/** Where a service lives in the portal; its own routes go below. */
export function basePathOf(serviceId: string): string {
  return `/services/${serviceId}`;
}

/** A client-side navigation as single-spa's navigateToUrl makes it: pushState, then popstate for the routers. */
export function navigateTo(path: string, stores: EmulatorStores, win: Window = window): void {
  const current = `${win.location.pathname}${win.location.search}`;
  if (path !== current) win.history.pushState(null, '', path);
  stores.frame.setState({ path: win.location.pathname });
  win.dispatchEvent(new PopStateEvent('popstate', { state: null }));
}

/** The service's API as the shell's client calls it: below /api/services/<id>/ only, with the CSRF token. */
function serviceApi(serviceId: string, win: Window = window): ServiceApiClient {
  const base = `/api/services/${encodeURIComponent(serviceId)}`;
  const scoped = (path: string) => {
    if (!path.startsWith('/') || path.includes('..')) {
      throw new Error(`A service API path starts with / and stays below ${base}: ${path}`);
    }
    return new URL(base + path, win.location.origin);
  };
  let token: Promise<string> | null = null;
  const csrf = () => {
    token ??= win
      .fetch('/api/csrf-token', { credentials: 'same-origin' })
      .then((response) => response.json() as Promise<{ token: string }>)
      .then((body) => body.token)
      .catch((error: unknown) => {
        token = null;
        throw error;
      });
    return token;
  };
  return {
    get: (path, init) => win.fetch(scoped(path), { credentials: 'same-origin', ...init, method: 'GET' }),
    async send(method, path, body) {
      const url = scoped(path);
      const headers: Record<string, string> = { 'x-csrf-token': await csrf() };
      if (body === undefined) return win.fetch(url, { method, headers, credentials: 'same-origin' });
      if (body instanceof FormData) return win.fetch(url, { method, headers, body, credentials: 'same-origin' });
      headers['content-type'] = 'application/json';
      return win.fetch(url, { method, headers, body: JSON.stringify(body), credentials: 'same-origin' });
    },
  };
}

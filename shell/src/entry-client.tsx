import '@czp/design-system/styles.css';
import './shell.css';
import { DEFAULT_LOCALE, isLocale, type Locale, type SessionView } from '@czp/contract';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { navigateToUrl, start, triggerAppChange } from 'single-spa';
import { App } from './App.js';
import { PortalApi } from './api/api-client.js';
import { readBootData } from './boot.js';
import { fetchCatalogue, writeCachedCatalogue } from './catalogue/catalogue-client.js';
import { createIntegrityPinner } from './federation/integrity.js';
import { createRemoteLoader } from './federation/remote-loader.js';
import { cookieNoticeDismissed } from './frame/cookie-notice.js';
import type { ShellActions } from './frame/shell-context.js';
import { themeFromCookies } from './frame/theme-choice.js';
import { loadShellMessages } from './i18n/messages.js';
import { loadBadges } from './services/badges.js';
import { createOutletRegistry } from './services/outlet-registry.js';
import { createServiceRegistry } from './services/register-services.js';
import { createPortalStores, endSession, pushToast, setBadge, setSession } from './state/portal-store.js';

const LOCALE_COOKIE = 'czp_locale';

/** A session view from the API, shape-checked (the server validates what it sends; zod stays off this path). */
function sessionViewOf(body: unknown): SessionView | null {
  if (typeof body !== 'object' || body === null || !('person' in body) || !('idleTimeoutSeconds' in body)) return null;
  return body as SessionView;
}

function localeFromCookie(): Locale | null {
  const value = /(?:^|;\s*)czp_locale=([^;]+)/.exec(document.cookie)?.[1];
  return isLocale(value) ? value : null;
}

const boot = readBootData(document);
if (boot) writeCachedCatalogue(window.localStorage, { etag: null, catalogue: boot.catalogue });
const stores = createPortalStores({
  path: window.location.pathname,
  search: window.location.search,
  ...(boot ? { session: boot.session, csrfToken: boot.csrfToken, myServices: boot.myServices } : {}),
  locale: boot?.locale ?? localeFromCookie() ?? DEFAULT_LOCALE,
  catalogue: boot?.catalogue.services ?? [],
  catalogueSource: 'server',
  // The same cookie the server read for its render: hydration draws the same frame.
  cookieNotice: !cookieNoticeDismissed(document.cookie),
  theme: themeFromCookies(document.cookie),
});
const api = new PortalApi(boot?.csrfToken ?? null, undefined, {
  // Every API call the citizen makes restarts the session's idle clock: keep the warning in step.
  onSessionExpiresAt: (expiresAt) => {
    const { session } = stores.portal.getState();
    if (session.person && session.expiresAt !== expiresAt) setSession(stores, { ...session, expiresAt });
  },
  onSessionLost: () => endSession(stores),
});
const outlets = createOutletRegistry();
const loader = createRemoteLoader({ pinIntegrity: createIntegrityPinner(document, boot?.cspNonce ?? null) });

const services = createServiceRegistry(stores, {
  stores,
  loader,
  outlets,
  host: (serviceId, onCrash) => ({
    state: stores.host,
    navigate: (path) => navigateToUrl(path),
    notify: (notice) => pushToast(stores, notice),
    reportCrash: onCrash,
    setBadge: (count) => setBadge(stores, serviceId, count),
    api: api.forService(serviceId),
  }),
});

/** A change to the citizen's services; the server answers with the whole list in its order (null: refused). */
async function myServicesCall(method: 'PUT' | 'DELETE', path: string, body?: unknown): Promise<string[] | null> {
  try {
    const response = await api.send(method, path, body);
    if (!response.ok) return null;
    const { services } = (await response.json()) as { services?: unknown };
    return Array.isArray(services) ? services.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

const actions: ShellActions = {
  navigate: (href) => navigateToUrl(href),
  retry: (serviceId) => void services.retry(serviceId),
  async report(serviceId) {
    const status = stores.portal.getState().services[serviceId];
    const entry = stores.portal.getState().catalogue.find((s) => s.id === serviceId);
    if (status?.state !== 'failed') return false;
    try {
      const response = await api.send('POST', '/api/remote-failures', {
        serviceId,
        version: entry?.version,
        reason: status.reason,
        message: status.detail.slice(0, 500),
        page: window.location.pathname,
      });
      return response.ok;
    } catch {
      return false;
    }
  },
  async saveConsent(consent) {
    try {
      const response = await api.send('POST', '/api/consent', { consent });
      if (!response.ok) return false;
      setSession(stores, { ...stores.portal.getState().session, consent });
      return true;
    } catch {
      return false;
    }
  },
  async extendSession() {
    try {
      const response = await api.send('POST', '/api/session/extend');
      if (!response.ok) return false;
      setSession(stores, sessionViewOf(await response.json()) ?? stores.portal.getState().session);
      return true;
    } catch {
      return false;
    }
  },
  logout() {
    // The same plain form the header has, so the server's redirect to the identity provider is followed.
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/auth/logout';
    const token = document.createElement('input');
    token.type = 'hidden';
    token.name = '_csrf';
    token.value = stores.portal.getState().csrfToken;
    form.append(token);
    document.body.append(form);
    form.submit();
  },
  sessionEnded: () => endSession(stores),
  async addService(serviceId, position) {
    const services = await myServicesCall('PUT', `/api/my-services/${encodeURIComponent(serviceId)}`, {
      ...(position === undefined ? {} : { position }),
    });
    if (services) stores.portal.setState({ myServices: services, lastRemoved: null });
    return services !== null;
  },
  async removeService(serviceId) {
    const position = stores.portal.getState().myServices.indexOf(serviceId);
    const services = await myServicesCall('DELETE', `/api/my-services/${encodeURIComponent(serviceId)}`);
    if (services) stores.portal.setState({ myServices: services, lastRemoved: { serviceId, position } });
    return services !== null;
  },
  async reorderServices(serviceIds) {
    const services = await myServicesCall('PUT', '/api/my-services', { services: serviceIds });
    if (services) stores.portal.setState({ myServices: services });
    return services !== null;
  },
  async setLocale(locale) {
    // The frame's strings in that language first (a chunk of its own), then the switch.
    await loadShellMessages(locale).catch(() => {});
    stores.host.setState({ locale });
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie the server reads to render the right language; the Cookie Store API is not in every supported browser.
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=31536000; SameSite=Lax`;
    document.documentElement.lang = locale;
  },
};

// Keep the frame's idea of the page in step with single-spa's routing (before apps mount, so the
// service's outlet exists when its remote mounts).
const syncPath = () => stores.portal.setState({ path: window.location.pathname, search: window.location.search });
window.addEventListener('single-spa:before-routing-event', syncPath);
window.addEventListener('popstate', syncPath);

// The server drew the route's outlet already: the remote can load and mount into it while React
// hydrates the frame around it, instead of after.
for (const element of document.querySelectorAll<HTMLElement>('[data-czp-outlet]')) {
  if (element.dataset.czpOutlet) outlets.set(element.dataset.czpOutlet, element);
}
start({ urlRerouteOnly: true });
// Counts for the navigation (unread messages) from the services that offer one, without loading their remotes.
void loadBadges(stores, api);
// Who may use which service changed (the session ended): let single-spa unmount what is no longer allowed.
stores.portal.subscribe((state, previous) => {
  if (state.session !== previous.session) void triggerAppChange();
});

const root = document.getElementById('czp-root');
if (!root) throw new Error('#czp-root is missing from the page');
const app = <App stores={stores} actions={actions} outlets={outlets} version={boot?.version ?? ''} />;
// Hydrate in the language the server rendered: an English page waits for its messages (the server's HTML is
// on screen meanwhile).
void loadShellMessages(stores.host.getState().locale)
  .catch(() => {})
  .then(() => {
    if (root.firstElementChild) hydrateRoot(root, app);
    else createRoot(root).render(app);
  });

// Without boot data (development server, or the server could not read the catalogue) ask the API,
// falling back to the browser's last good copy.
if (!boot) {
  void fetch('/api/session', { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : null))
    .then((body) => {
      const session = sessionViewOf(body);
      if (session) setSession(stores, session);
      if (session?.person) {
        void fetch('/api/my-services', { credentials: 'same-origin' })
          .then((response) => (response.ok ? response.json() : null))
          .then((list: { services?: string[] } | null) => {
            if (Array.isArray(list?.services)) stores.portal.setState({ myServices: list.services });
          });
      }
    })
    .catch(() => {});
  void fetchCatalogue((...args) => fetch(...args), window.localStorage).then(({ services: list, source }) => {
    stores.portal.setState({ catalogue: list, catalogueSource: source });
  });
}

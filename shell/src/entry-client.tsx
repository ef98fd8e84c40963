import '@czp/design-system/styles.css';
import './shell.css';
// A page's styles stay in the first stylesheet though its code is a chunk: the server's HTML of that page is painted
// before its chunk arrives.
import './pages/home/home.css';
import { DEFAULT_LOCALE } from '@czp/contract';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { navigateToUrl, start, triggerAppChange } from 'single-spa';
import { App } from './App.js';
import { loadSession } from './account/load-session.js';
import { createShellActions } from './actions/create-shell-actions.js';
import { PortalApi } from './api/api-client.js';
import { readBootData } from './boot.js';
import { fetchCatalogue, writeCachedCatalogue } from './catalogue/catalogue-client.js';
import { createIntegrityPinner } from './federation/integrity.js';
import { createRemoteLoader } from './federation/remote-loader.js';
import { cookieNoticeDismissed } from './frame/cookie-notice.js';
import { themeFromCookies } from './frame/theme-choice.js';
import { loadShellMessages } from './i18n/messages.js';
import { localeFromCookies } from './preferences/locale.js';
import { provideLazyPages } from './routing/lazy-pages.js';
import { isRoutePageLoaded, loadRoutePage } from './routing/page-modules.js';
import { setServiceTitle } from './routing/page-title.js';
import { matchRoute } from './routing/routes.js';
import { loadBadges } from './services/badges.js';
import { createOutletRegistry } from './services/outlet-registry.js';
import { createServiceRegistry } from './services/register-services.js';
import { createPortalStores, endSession, pushToast, setBadge, setSession } from './state/portal-store.js';

provideLazyPages();
const boot = readBootData(document);
if (boot) writeCachedCatalogue(window.localStorage, { etag: null, catalogue: boot.catalogue });
const stores = createPortalStores({
  path: window.location.pathname,
  search: window.location.search,
  ...(boot ? { session: boot.session, csrfToken: boot.csrfToken, myServices: boot.myServices } : {}),
  locale: boot?.locale ?? localeFromCookies(document.cookie) ?? DEFAULT_LOCALE,
  catalogue: boot?.catalogue.services ?? [],
  catalogueSource: 'server',
  // The same cookie the server read for its render: hydration draws the same frame.
  cookieNotice: !cookieNoticeDismissed(document.cookie),
  theme: themeFromCookies(document.cookie),
  unavailable: boot?.unavailable === true,
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
  host: (serviceId, onCrash) => {
    // A fresh mount starts from the service's own title; its pages name themselves again (usePageTitle).
    setServiceTitle(stores, serviceId, null);
    return {
      state: stores.host,
      navigate: (path) => navigateToUrl(path),
      notify: (notice) => pushToast(stores, notice),
      reportCrash: onCrash,
      setBadge: (count) => setBadge(stores, serviceId, count),
      setTitle: (title) => setServiceTitle(stores, serviceId, typeof title === 'string' ? title : null),
      // Register reads are refused until the citizen adds the service: the SDK does not ask for them before.
      isServiceAdded: () => stores.portal.getState().myServices.includes(serviceId),
      api: api.forService(serviceId),
    };
  },
});

const actions = createShellActions({
  stores,
  api,
  navigate: (href) => navigateToUrl(href),
  retryService: (serviceId) => services.retry(serviceId),
  document,
});

// Keep the frame's idea of the page in step with single-spa's routing (before apps mount, so the
// service's outlet exists when its remote mounts). A portal page whose chunk is not loaded yet is shown once it is:
// the frame keeps the page it had meanwhile, never an empty or wrong one (a service's page is in the first load, so
// its outlet is always there at once). Of navigations overtaking each other, the last one wins.
let navigations = 0;
const syncPath = () => {
  const navigation = ++navigations;
  const show = () => {
    if (navigation === navigations) {
      stores.portal.setState({ path: window.location.pathname, search: window.location.search });
    }
  };
  const route = matchRoute(window.location.pathname);
  if (isRoutePageLoaded(route)) show();
  // A chunk that fails to load is the page's own trouble: it is shown, saying so (RoutePage's PageNotLoaded).
  else void loadRoutePage(route).then(show, show);
};
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
// Hydrate in the language the server rendered, with the page the server rendered: an English page waits for its
// messages, a portal page for its chunk (the server's HTML is on screen meanwhile), so hydration draws the same tree.
void Promise.all([
  loadShellMessages(stores.host.getState().locale).catch(() => {}),
  loadRoutePage(matchRoute(stores.portal.getState().path)).catch(() => {}),
]).then(() => {
  // As a transition, hydration yields to the browser every few milliseconds (React's time slicing) instead of one
  // long task: the page the server drew is on screen meanwhile, and a tap is not kept waiting behind it.
  if (root.firstElementChild)
    startTransition(() => {
      hydrateRoot(root, app);
    });
  else createRoot(root).render(app);
});

// Without boot data (development server, or the server could not read the catalogue) ask the API, through the
// same client as every other call (a 401 ends the session, a fresh expiry moves the warning), falling back to the
// browser's last good copy of the catalogue.
if (!boot) {
  void loadSession(stores, api);
  void fetchCatalogue((input, init) => api.get(String(input), init), window.localStorage).then(
    ({ services: list, source }) => stores.portal.setState({ catalogue: list, catalogueSource: source }),
  );
}

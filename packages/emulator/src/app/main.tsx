import '@czp/design-system/styles.css';
import './emulator.css';
import * as remoteMocks from 'virtual:czp-emulator/mocks';
import lifecycles from 'virtual:czp-emulator/remote';
import metadata from 'virtual:czp-emulator/service';
import { setupWorker } from 'msw/browser';
import { createRoot } from 'react-dom/client';
import { LiveEmulator } from './Emulator.js';
import { basePathOf, createEmulatorHost } from './host.js';
import { portalHandlers, remoteHandlers } from './mocks.js';
import { keyOfPerson, personByKey } from './people.js';
import { readSettings, saveSettings } from './settings.js';
import { createEmulatorStores, createStore } from './store.js';

/** The emulator's page: settings from the address or the session, msw started, then the frame with the remote. */
const settings = readSettings(window);
const basePath = basePathOf(metadata.id);
if (window.location.pathname === '/') window.history.replaceState(null, '', `${basePath}${window.location.search}`);

const stores = createEmulatorStores({
  locale: settings.locale,
  host: personByKey(settings.person)?.person ?? null,
  frame: { theme: settings.theme, path: window.location.pathname },
});
const remember = () =>
  saveSettings(window, {
    locale: stores.host.getState().locale,
    person: keyOfPerson(stores.host.getState().person),
    theme: stores.frame.getState().theme,
  });
stores.host.subscribe(remember);
stores.frame.subscribe(remember);

const own = remoteHandlers(remoteMocks);
const worker = setupWorker(...own.normal, ...portalHandlers(stores.host));
let mocksProblem: string | null = null;
try {
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    // An API call nothing mocks is the developer's to know about; modules and assets are Vite's.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.warning();
    },
  });
} catch (error) {
  mocksProblem = error instanceof Error ? error.message : String(error);
  console.error('[czp dev] msw did not start:', error);
}

const setApiDown =
  own.outage.length > 0 ? (down: boolean) => (down ? worker.use(...own.outage) : worker.resetHandlers()) : undefined;

const host = createEmulatorHost(metadata.id, stores);

/**
 * The remote's latest lifecycles. An edit of src/app.tsx that React Refresh cannot apply in place (its default export
 * is the lifecycles, not a component) arrives here instead of reloading the page: the emulator unmounts the old
 * lifecycles and mounts the new, keeping the person, language and address.
 */
const remote = createStore({ lifecycles });
if (import.meta.hot) {
  import.meta.hot.accept('virtual:czp-emulator/remote', (next) => {
    if (next) remote.setState({ lifecycles: next.default as typeof lifecycles });
  });
}

const root = document.getElementById('czp-root');
if (!root) throw new Error('The emulator page has no #czp-root');
createRoot(root).render(
  <LiveEmulator
    remote={remote}
    metadata={metadata}
    stores={stores}
    host={host}
    setApiDown={setApiDown}
    mocksProblem={mocksProblem}
  />,
);

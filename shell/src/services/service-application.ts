import type { CatalogueEntry, HostApi, RemoteFailureReason, RemoteLifecycles, RemoteProps } from '@czp/contract';
import { RemoteLoadError, withTimeout } from '../federation/load-errors.js';
import type { RemoteLoader } from '../federation/remote-loader.js';
import { servicePath } from '../routing/routes.js';
import { type PortalStores, setServiceStatus } from '../state/portal-store.js';
import type { OutletRegistry } from './outlet-registry.js';

const LOAD_TIMEOUT_MS = 10_000;
const MOUNT_TIMEOUT_MS = 5_000;

export interface ServiceApplicationDeps {
  stores: PortalStores;
  loader: RemoteLoader;
  outlets: OutletRegistry;
  host: (serviceId: string, onCrash: (error: unknown) => void) => HostApi;
}

/** The single-spa application of one service, with a retry the fallback can call. */
export interface ServiceApplication {
  bootstrap(): Promise<void>;
  mount(): Promise<void>;
  unmount(): Promise<void>;
  retry(): Promise<void>;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Wraps a remote so that whatever it does (missing, slow, throwing on load, mount or render) the
 * failure stays in its own place: single-spa always sees a mount that succeeded, and the shell
 * shows the fallback where the remote would be.
 */
export function createServiceApplication(
  serviceId: string,
  currentEntry: () => CatalogueEntry | undefined,
  deps: ServiceApplicationDeps,
): ServiceApplication {
  let remote: { lifecycles: RemoteLifecycles; props: RemoteProps } | null = null;
  let active = false;
  let attempt = 0;

  const fail = (reason: RemoteFailureReason, error: unknown) => {
    setServiceStatus(deps.stores, serviceId, { state: 'failed', reason, detail: describe(error) });
  };

  const unmountRemote = async () => {
    const mounted = remote;
    remote = null;
    if (!mounted) return;
    try {
      await withTimeout(mounted.lifecycles.unmount(mounted.props), MOUNT_TIMEOUT_MS, `Unmounting ${serviceId}`);
    } catch {
      // A remote that cannot unmount is dropped with its element's content below.
    }
    mounted.props.domElement.replaceChildren();
  };

  const start = async (fresh: boolean) => {
    const thisAttempt = ++attempt;
    const entry = currentEntry();
    if (!entry) return; // Unknown service: the frame shows "not in the catalogue".
    setServiceStatus(deps.stores, serviceId, { state: 'loading' });
    try {
      const [lifecycles, domElement] = await Promise.all([
        deps.loader.load(entry, { timeoutMs: LOAD_TIMEOUT_MS, fresh }),
        deps.outlets.waitFor(serviceId),
      ]);
      if (thisAttempt !== attempt || !active) return; // Navigated away or retried meanwhile.
      const props: RemoteProps & { name: string } = {
        name: serviceId,
        serviceId,
        basePath: servicePath(serviceId),
        domElement,
        host: deps.host(serviceId, (error) => {
          if (remote?.props !== props) return;
          void unmountRemote().then(() => fail('crashed', error));
        }),
      };
      remote = { lifecycles, props };
      await withTimeout(lifecycles.bootstrap(props), MOUNT_TIMEOUT_MS, `Bootstrapping ${serviceId}`);
      await withTimeout(lifecycles.mount(props), MOUNT_TIMEOUT_MS, `Mounting ${serviceId}`);
      if (remote?.props !== props) return;
      setServiceStatus(deps.stores, serviceId, { state: 'mounted' });
      // Read by `pnpm bench` (navigation → mounted remote) and visible in the browser's performance panel.
      performance.mark(`czp:service-mounted:${serviceId}`);
    } catch (error) {
      if (thisAttempt !== attempt) return;
      await unmountRemote();
      fail(error instanceof RemoteLoadError ? error.reason : 'crashed', error);
    }
  };

  return {
    bootstrap: async () => {},
    mount: async () => {
      active = true;
      await start(false);
    },
    unmount: async () => {
      active = false;
      attempt++;
      await unmountRemote();
      setServiceStatus(deps.stores, serviceId, { state: 'loading' });
    },
    retry: async () => {
      if (!active) return;
      await unmountRemote();
      await start(true);
    },
  };
}

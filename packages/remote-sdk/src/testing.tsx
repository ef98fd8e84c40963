import type { HostApi, HostState, Locale, Notice, RemoteProps, ServiceApiClient, SignedInPerson } from '@czp/contract';
import type { ReactNode } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { RemoteContext } from './host-context.js';

/**
 * `@czp/remote-sdk/testing`: render a remote's components in a test as the portal would, without the portal. A
 * municipality's tests use this instead of building a host by hand.
 */
export interface TestHostOptions {
  serviceId: string;
  locale?: Locale;
  person?: SignedInPerson | null;
  /**
   * Whether the citizen has added the service (HostApi.isServiceAdded); default: the host does not say, and register
   * reads go to `api`. A function is asked at each read (a test can change its answer).
   */
  added?: boolean | (() => boolean);
  /** Answers for the remote's API calls (default: 404 for everything). */
  api?: Partial<HostApi['api']>;
}

export interface TestHost {
  props: RemoteProps;
  /** The host state: `state.setState({ locale: 'en' })` switches the language as the shell does. */
  state: StoreApi<HostState>;
  /** What the remote asked of the shell, in order. */
  navigations: string[];
  notices: Notice[];
  crashes: unknown[];
  /** The badge counts the remote set, in order. */
  badges: (number | null)[];
  /** The page titles the remote set (usePageTitle), in order; null: back to the service's own title. */
  titles: (string | null)[];
}

const notFound = async () => new Response(JSON.stringify({ error: 'not-found' }), { status: 404 });

export function createTestHost(options: TestHostOptions): TestHost {
  const state = createStore<HostState>(() => ({ locale: options.locale ?? 'cs', person: options.person ?? null }));
  const navigations: string[] = [];
  const notices: Notice[] = [];
  const crashes: unknown[] = [];
  const badges: (number | null)[] = [];
  const titles: (string | null)[] = [];
  const host: HostApi = {
    state,
    navigate: (path) => void navigations.push(path),
    notify: (notice) => void notices.push(notice),
    reportCrash: (error) => void crashes.push(error),
    setBadge: (count) => void badges.push(count),
    setTitle: (title) => void titles.push(title),
    ...(options.added === undefined
      ? {}
      : { isServiceAdded: typeof options.added === 'function' ? options.added : () => options.added === true }),
    api: { get: options.api?.get ?? notFound, send: options.api?.send ?? notFound },
  };
  const props: RemoteProps = {
    serviceId: options.serviceId,
    basePath: `/services/${options.serviceId}`,
    domElement: document.createElement('div'),
    host,
  };
  return { props, state, navigations, notices, crashes, badges, titles };
}

/**
 * A service API client that really fetches `<origin>/api/services/<serviceId><path>`, as the shell's does (without
 * its CSRF token): for tests that answer with msw handlers on the portal's own paths.
 */
export function fetchServiceApi(serviceId: string, origin: string): ServiceApiClient {
  const url = (path: string) => new URL(`/api/services/${encodeURIComponent(serviceId)}${path}`, origin);
  return {
    get: (path, init) => fetch(url(path), { ...init, method: 'GET' }),
    send: (method, path, body) =>
      fetch(url(path), {
        method,
        ...(body === undefined
          ? {}
          : body instanceof FormData
            ? { body }
            : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      }),
  };
}

/** The remote's components inside its context, as `defineRemote()` renders them. */
export function TestRemote({ host, children }: { host: TestHost; children: ReactNode }) {
  return <RemoteContext.Provider value={host.props}>{children}</RemoteContext.Provider>;
}

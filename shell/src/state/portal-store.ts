import type { CatalogueEntry, HostState, Locale, Notice, RemoteFailureReason, SessionView, Theme } from '@czp/contract';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where a service's remote is in its life in this page. */
type ServiceStatus =
  | { state: 'loading' }
  | { state: 'mounted' }
  | { state: 'failed'; reason: RemoteFailureReason; detail: string };

/** Where the catalogue shown came from: the server now, the browser's last good copy, or nowhere. */
export type CatalogueSource = 'server' | 'cache' | 'unavailable';

interface ToastItem extends Notice {
  id: string;
}

export interface PortalState {
  path: string;
  /** The query string of the page (`?error=…&returnTo=…` on the login page). */
  search: string;
  /** Who is signed in, their consent, and when the session ends. */
  session: SessionView;
  /** Set when the session ended in this page (idle timeout): the frame says so. */
  sessionEnded: boolean;
  /** Sent with mutating calls and the logout form. */
  csrfToken: string;
  /** The signed-in citizen's services, in their order. */
  myServices: string[];
  /** The last service removed from them, for "undo". */
  lastRemoved: { serviceId: string; position: number } | null;
  /** Counts services show in the navigation (a data box's unread messages), by service id. */
  badges: Record<string, number>;
  catalogue: CatalogueEntry[];
  catalogueSource: CatalogueSource;
  services: Record<string, ServiceStatus>;
  toasts: ToastItem[];
  /** The cookie notice is shown (until the citizen dismisses it; remembered in a cookie, see frame/cookie-notice.ts). */
  cookieNotice: boolean;
  /** The citizen's colour theme, or null: the system's contrast setting decides (see frame/theme-choice.ts). */
  theme: Theme | null;
  /** The server could not reach its database for this page: the frame says so (see routing/unavailable.ts). */
  unavailable: boolean;
}

export interface PortalStores {
  /** What remotes see (locale, person): a separate store so remotes re-render only on what they read. */
  host: StoreApi<HostState>;
  portal: StoreApi<PortalState>;
}

/** Nobody signed in: what the shell assumes without boot data until /api/session answers. */
export const SIGNED_OUT: SessionView = {
  person: null,
  consent: null,
  expiresAt: null,
  idleTimeoutSeconds: 900,
  developmentIdentityProvider: false,
};

/** Remotes learn of the person only once they consented to the processing of their data. */
function personForRemotes(session: SessionView): HostState['person'] {
  return session.consent === 'given' ? session.person : null;
}

export function createPortalStores(initial: {
  path: string;
  search?: string;
  session?: SessionView;
  csrfToken?: string;
  myServices?: string[];
  locale: Locale;
  catalogue: CatalogueEntry[];
  catalogueSource: CatalogueSource;
  /** Show the cookie notice (not dismissed yet). Default false. */
  cookieNotice?: boolean;
  theme?: Theme | null;
  unavailable?: boolean;
}): PortalStores {
  return {
    host: createStore<HostState>(() => ({
      locale: initial.locale,
      person: personForRemotes(initial.session ?? SIGNED_OUT),
    })),
    portal: createStore<PortalState>(() => ({
      path: initial.path,
      search: initial.search ?? '',
      session: initial.session ?? SIGNED_OUT,
      sessionEnded: false,
      csrfToken: initial.csrfToken ?? '',
      myServices: initial.myServices ?? [],
      lastRemoved: null,
      badges: {},
      catalogue: initial.catalogue,
      catalogueSource: initial.catalogueSource,
      services: {},
      toasts: [],
      cookieNotice: initial.cookieNotice ?? false,
      theme: initial.theme ?? null,
      unavailable: initial.unavailable ?? false,
    })),
  };
}

export function setServiceStatus(stores: PortalStores, serviceId: string, status: ServiceStatus): void {
  stores.portal.setState((s) => ({ services: { ...s.services, [serviceId]: status } }));
}

let nextToastId = 1;
export function pushToast(stores: PortalStores, notice: Notice): void {
  const toast = { ...notice, id: String(nextToastId++) };
  stores.portal.setState((s) => ({ toasts: [...s.toasts.slice(-4), toast] }));
}

export function dismissToast(stores: PortalStores, id: string): void {
  stores.portal.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** A new view of the session (login state, consent, expiry): remotes see the person change too. */
export function setSession(stores: PortalStores, session: SessionView): void {
  stores.portal.setState({ session });
  const person = personForRemotes(session);
  const current = stores.host.getState().person;
  if (
    current?.id !== person?.id ||
    current?.levelOfAssurance !== person?.levelOfAssurance ||
    current?.name !== person?.name
  ) {
    stores.host.setState({ person });
  }
}

/** The session ended (idle timeout, or the server said so): the frame falls back to its signed-out state. */
export function endSession(stores: PortalStores): void {
  const { session } = stores.portal.getState();
  if (!session.person) return;
  setSession(stores, { ...session, person: null, consent: null, expiresAt: null });
  stores.portal.setState({ sessionEnded: true, myServices: [], lastRemoved: null, badges: {} });
}

export function setBadge(stores: PortalStores, serviceId: string, count: number | null): void {
  stores.portal.setState((s) => {
    const badges = { ...s.badges };
    if (count === null || !Number.isFinite(count) || count <= 0) delete badges[serviceId];
    else badges[serviceId] = Math.floor(count);
    return { badges };
  });
}

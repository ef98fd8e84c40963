import type { CatalogueEntry, HostState, Locale, Notice } from '@czp/contract';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** Where a service's remote is in its life in this page. */
export type ServiceStatus =
  | { state: 'loading' }
  | { state: 'mounted' }
  | { state: 'failed'; reason: FailureReason; detail: string };
export type FailureReason = 'load-failed' | 'timeout' | 'crashed';

/** Where the catalogue shown came from: the server now, the browser's last good copy, or nowhere. */
export type CatalogueSource = 'server' | 'cache' | 'unavailable';

export interface ToastItem extends Notice {
  id: string;
}

export interface PortalState {
  path: string;
  catalogue: CatalogueEntry[];
  catalogueSource: CatalogueSource;
  services: Record<string, ServiceStatus>;
  toasts: ToastItem[];
}

export interface PortalStores {
  /** What remotes see (locale, person): a separate store so remotes re-render only on what they read. */
  host: StoreApi<HostState>;
  portal: StoreApi<PortalState>;
}

export function createPortalStores(initial: {
  path: string;
  locale: Locale;
  catalogue: CatalogueEntry[];
  catalogueSource: CatalogueSource;
}): PortalStores {
  return {
    host: createStore<HostState>(() => ({ locale: initial.locale, person: null })),
    portal: createStore<PortalState>(() => ({
      path: initial.path,
      catalogue: initial.catalogue,
      catalogueSource: initial.catalogueSource,
      services: {},
      toasts: [],
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

import type { CatalogueEntry } from '@czp/contract';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ShellTranslator } from '../i18n/messages.js';
import { ACCOUNT_PAGES, INFO_PAGES, type Route, SECTIONS } from '../routing/routes.js';
import type { PortalStores } from '../state/portal-store.js';
import { useStores } from '../state/use-store.js';

/** The titles remotes gave their pages (host.setTitle), by service id. */
export type ServiceTitles = Readonly<Record<string, string>>;

/** A remote's title is text from the issuer: one line, and short enough for a tab. */
const MAX_SERVICE_TITLE = 120;

/**
 * Every page has its own title (WCAG 2.4.2): "<page> – Portál občana"; a service's page "<service> – Portál občana",
 * or "<title> – <service> – Portál občana" when its remote named the page it shows.
 */
export function pageTitle(
  route: Route,
  catalogue: CatalogueEntry[],
  t: ShellTranslator,
  serviceTitles: ServiceTitles = {},
): string {
  const portal = t.t('portalName');
  const parts = ((): string[] => {
    switch (route.kind) {
      case 'home':
        return [];
      case 'services':
        return [t.t('servicesTitle')];
      case 'service': {
        const service = catalogue.find((s) => s.id === route.serviceId);
        if (!service) return [t.t('notFoundTitle')];
        const own = serviceTitles[route.serviceId];
        return own ? [own, service.name[t.locale]] : [service.name[t.locale]];
      }
      case 'service-detail':
        return [catalogue.find((s) => s.id === route.serviceId)?.name[t.locale] ?? t.t('notFoundTitle')];
      case 'section': {
        const section = SECTIONS.find((s) => s.id === route.section);
        return section ? [t.t(section.label)] : [];
      }
      case 'page': {
        const page = INFO_PAGES.find((p) => p.id === route.page);
        return page ? [t.t(page.label)] : [];
      }
      case 'account': {
        const page = ACCOUNT_PAGES.find((p) => p.id === route.page);
        return page ? [t.t(page.label)] : [];
      }
      case 'not-found':
        return [t.t('notFoundTitle')];
    }
  })();
  return [...parts, portal].join(' – ');
}

/**
 * The remotes' titles live beside the portal's stores (one per page's stores, so tests stay apart): only the browser
 * sets them, the server's render never has any.
 */
const titleStores = new WeakMap<PortalStores, StoreApi<ServiceTitles>>();

function titlesOf(stores: PortalStores): StoreApi<ServiceTitles> {
  let store = titleStores.get(stores);
  if (!store) {
    store = createStore<ServiceTitles>(() => ({}));
    titleStores.set(stores, store);
  }
  return store;
}

/** What the shell's HostApi.setTitle does: keep the service's title (trimmed, one line), or drop it for null. */
export function setServiceTitle(stores: PortalStores, serviceId: string, title: string | null): void {
  const text = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim().slice(0, MAX_SERVICE_TITLE) : '';
  const store = titlesOf(stores);
  const { [serviceId]: _previous, ...others } = store.getState();
  store.setState(text ? { ...others, [serviceId]: text } : others, true);
}

export function readServiceTitles(stores: PortalStores): ServiceTitles {
  return titlesOf(stores).getState();
}

/** The remotes' titles, for the frame's document.title. */
export function useServiceTitles(): ServiceTitles {
  return useStore(titlesOf(useStores()));
}

import type * as AccountPages from '../account/account-pages.js';
import type * as ServiceDetail from '../catalogue/ServiceDetailPage.js';
import type * as Services from '../catalogue/ServicesPage.js';
import type * as Home from '../pages/home/HomePage.js';
import type * as InfoPages from '../pages/info-pages.js';
import type * as NotFound from '../pages/not-found/NotFoundPage.js';
import type * as Notifications from '../pages/notifications/NotificationsPage.js';
import type * as Section from '../pages/section/SectionPage.js';
import type { Route } from './routes.js';

/**
 * The portal's pages are chunks of their own: a service's page (/services/<id>, the frame, the router and the remote's
 * place) is in the first load, every other page's module is fetched when its route is first shown. The server render
 * and the tests have every module at hand (all-pages.ts: `providePageModules`); the browser gets the loaders
 * (lazy-pages.ts: `providePageLoaders`) and loads the route's module before hydrating and before a navigation shows
 * the route, so React never renders a page whose module is missing (hydration draws what the server drew, and a
 * navigation keeps the old page until the new one can be drawn).
 */
export interface PageModules {
  home: typeof Home;
  services: typeof Services;
  serviceDetail: typeof ServiceDetail;
  account: typeof AccountPages;
  info: typeof InfoPages;
  notifications: typeof Notifications;
  section: typeof Section;
  notFound: typeof NotFound;
}
export type PageModuleId = keyof PageModules;
export type PageLoaders = { [K in PageModuleId]: () => Promise<PageModules[K]> };

const modules: Partial<PageModules> = {};
let loaders: PageLoaders | null = null;
const pending = new Map<PageModuleId, Promise<void>>();

/** The module that draws a route's page; null for a service's page, which is in the first load. */
export function pageModuleOf(route: Route): PageModuleId | null {
  switch (route.kind) {
    case 'home':
      return 'home';
    case 'services':
      return 'services';
    case 'service':
      return null;
    case 'service-detail':
      return 'serviceDetail';
    case 'section':
      return 'section';
    case 'page':
      return route.page === 'notifications' ? 'notifications' : 'info';
    case 'account':
      return 'account';
    case 'not-found':
      return 'notFound';
  }
}

/** The server and the tests: every page module, imported synchronously. */
export function providePageModules(all: PageModules): void {
  Object.assign(modules, all);
}

/** The browser: how to fetch each page's chunk. */
export function providePageLoaders(all: PageLoaders): void {
  loaders = all;
}

/** A page module once it is loaded; undefined until then. */
export function loadedPageModule<K extends PageModuleId>(id: K): PageModules[K] | undefined {
  return modules[id];
}

export function isRoutePageLoaded(route: Route): boolean {
  const id = pageModuleOf(route);
  return id === null || modules[id] !== undefined;
}

/** Loads the module of a route's page (once; a failed load is tried again on the next call). */
export function loadRoutePage(route: Route): Promise<void> {
  const id = pageModuleOf(route);
  if (id === null || modules[id]) return Promise.resolve();
  const load = loaders?.[id];
  if (!load) return Promise.reject(new Error(`No loader for the page module ${id}`));
  let promise = pending.get(id);
  if (!promise) {
    promise = (load() as Promise<PageModules[typeof id]>).then(
      (module) => {
        (modules as Record<PageModuleId, unknown>)[id] = module;
        pending.delete(id);
      },
      (error: unknown) => {
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, promise);
  }
  return promise;
}

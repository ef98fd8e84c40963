import { type PageLoaders, providePageLoaders } from './page-modules.js';

/**
 * The browser's page chunks: each dynamic import is a chunk Vite builds apart from the first load, fetched the first
 * time its route is shown (entry-client.tsx loads the current route's before hydrating).
 */
const LAZY_PAGES: PageLoaders = {
  home: () => import('../pages/home/HomePage.js'),
  services: () => import('../catalogue/ServicesPage.js'),
  serviceDetail: () => import('../catalogue/ServiceDetailPage.js'),
  account: () => import('../account/account-pages.js'),
  info: () => import('../pages/info-pages.js'),
  notifications: () => import('../pages/notifications/NotificationsPage.js'),
  section: () => import('../pages/section/SectionPage.js'),
  notFound: () => import('../pages/not-found/NotFoundPage.js'),
};

export function provideLazyPages(): void {
  providePageLoaders(LAZY_PAGES);
}

import type { CatalogueEntry } from '@czp/contract';
import type { Route } from './routes.js';

/**
 * While the server cannot reach its database, which pages can still be drawn: the public ones from what the page
 * carries (the information pages, the home and catalogue pages and a service from the server's last good
 * catalogue). Personal pages, login and consent need the database: they show only "temporarily unavailable".
 */
export function worksWithoutDatabase(route: Route, catalogue: readonly CatalogueEntry[]): boolean {
  switch (route.kind) {
    case 'home':
    case 'services':
      return catalogue.length > 0;
    case 'service':
    case 'service-detail':
      return catalogue.some((entry) => entry.id === route.serviceId);
    case 'page':
      return route.page !== 'notifications';
    case 'account':
      return route.page === 'logged-out';
    default:
      return false;
  }
}

import type { CatalogueEntry } from '@czp/contract';
import { registerApplication } from 'single-spa';
import { serviceAccess } from '../account/access.js';
import { servicePath } from '../routing/routes.js';
import type { PortalStores } from '../state/portal-store.js';
import {
  createServiceApplication,
  type ServiceApplication,
  type ServiceApplicationDeps,
} from './service-application.js';

/**
 * Registers one single-spa application per catalogue service, active under /services/<id>.
 * Services that appear in a refreshed catalogue are registered then; a changed version is picked
 * up on the next mount because the application reads the current entry each time.
 */
export function createServiceRegistry(stores: PortalStores, deps: ServiceApplicationDeps) {
  const applications = new Map<string, ServiceApplication>();
  const entryOf = (serviceId: string): CatalogueEntry | undefined =>
    stores.portal.getState().catalogue.find((s) => s.id === serviceId);

  const registerAll = (catalogue: CatalogueEntry[]) => {
    for (const entry of catalogue) {
      if (applications.has(entry.id)) continue;
      const application = createServiceApplication(entry.id, () => entryOf(entry.id), deps);
      applications.set(entry.id, application);
      const base = servicePath(entry.id);
      registerApplication({
        name: entry.id,
        app: async () => application,
        // Mounted only when the citizen may use it (signed in at its level): the page shows why not otherwise.
        activeWhen: (location) => {
          if (location.pathname !== base && !location.pathname.startsWith(`${base}/`)) return false;
          const current = entryOf(entry.id);
          return !!current && serviceAccess(current, stores.portal.getState().session).kind === 'open';
        },
      });
    }
  };

  registerAll(stores.portal.getState().catalogue);
  stores.portal.subscribe((state, previous) => {
    if (state.catalogue !== previous.catalogue) registerAll(state.catalogue);
  });

  return {
    retry: (serviceId: string) => applications.get(serviceId)?.retry() ?? Promise.resolve(),
  };
}

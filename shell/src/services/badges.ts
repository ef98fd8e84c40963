import { serviceAccess } from '../account/access.js';
import type { PortalApi } from '../api/api-client.js';
import { type PortalStores, setBadge } from '../state/portal-store.js';

/**
 * Asks each service that declares a `badgeApi` (and that the citizen may use) for its count, once per page load —
 * not on a timer, which would keep an unused session alive for ever.
 */
export async function loadBadges(stores: PortalStores, api: Pick<PortalApi, 'forService'>): Promise<void> {
  const { catalogue, session } = stores.portal.getState();
  if (!session.person) return;
  await Promise.all(
    catalogue
      .filter((entry) => entry.badgeApi && serviceAccess(entry, session).kind === 'open')
      .map(async (entry) => {
        try {
          const response = await api.forService(entry.id).get(entry.badgeApi as string);
          if (!response.ok) return;
          const body = (await response.json()) as { count?: unknown };
          if (typeof body.count === 'number') setBadge(stores, entry.id, body.count);
        } catch {
          // A count is a nicety: the navigation works without it.
        }
      }),
  );
}

import type { PortalApi } from '../api/api-client.js';
import { type PortalStores, setSession } from '../state/portal-store.js';
import { sessionViewOf } from './session-view.js';

/**
 * What the boot data would have carried about the citizen, asked of the API when a page came without it: their
 * session and, signed in, their services. Through the portal's API client, so its session signals apply.
 */
export async function loadSession(stores: PortalStores, api: Pick<PortalApi, 'get'>): Promise<void> {
  try {
    const response = await api.get('/api/session');
    const session = sessionViewOf(response.ok ? await response.json() : null);
    if (!session) return;
    setSession(stores, session);
    if (!session.person) return;
    const mine = await api.get('/api/my-services');
    const list = (mine.ok ? await mine.json() : null) as { services?: string[] } | null;
    if (Array.isArray(list?.services)) stores.portal.setState({ myServices: list.services });
  } catch {
    // Offline: the frame stays signed out until the next page.
  }
}

import { vi } from 'vitest';
import { createShellActions } from '../actions/create-shell-actions.js';
import type { ShellActions, ShellEnvironment } from '../actions/shell-actions.js';
import { createPortalStores, type PortalStores } from '../state/portal-store.js';

/**
 * The portal API as the actions see it, answering as the server does when every call succeeds: the citizen's
 * services come back as the whole list in its new order, everything else with an empty object.
 */
function acceptingApi(stores: PortalStores): ShellEnvironment['api'] {
  return {
    async send(method, path, body) {
      const mine = stores.portal.getState().myServices;
      const one = /^\/api\/my-services\/([^/]+)$/.exec(path);
      if (path === '/api/my-services') return Response.json({ services: (body as { services: string[] }).services });
      if (one?.[1] && method === 'DELETE') return Response.json({ services: mine.filter((id) => id !== one[1]) });
      if (one?.[1]) {
        const list = mine.filter((id) => id !== one[1]);
        list.splice((body as { position?: number }).position ?? list.length, 0, decodeURIComponent(one[1]));
        return Response.json({ services: list });
      }
      return Response.json({});
    },
  };
}

/**
 * The shell's real actions for component tests, each a spy: over a portal API that takes every call, with
 * navigation going nowhere and no page to touch (logout submits no form, no cookie is written). Pass the stores
 * the test renders so the actions change what it sees, and the actions a test needs to behave otherwise.
 */
export function fakeActions(
  overrides: Partial<ShellActions> = {},
  stores: PortalStores = createPortalStores({ path: '/', locale: 'cs', catalogue: [], catalogueSource: 'server' }),
): ShellActions {
  const actions = createShellActions({
    stores,
    api: acceptingApi(stores),
    navigate: () => {},
    retryService: async () => {},
    document: null,
  });
  for (const name of Object.keys(actions) as (keyof ShellActions)[]) vi.spyOn(actions, name);
  return Object.assign(actions, overrides);
}

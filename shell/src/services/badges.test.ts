import type { SessionView } from '@czp/contract';
import { sampleEntry } from '@czp/mocks';
import { describe, expect, it } from 'vitest';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { loadBadges } from './badges.js';

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'p', name: 'Jan Novák', levelOfAssurance: 'substantial' },
  consent: 'given',
};

function setup(session: SessionView) {
  const stores = createPortalStores({
    path: '/',
    locale: 'cs',
    session,
    catalogue: [
      sampleEntry({ id: 'data-box', badgeApi: '/unread-count', requiredLevel: 'substantial' }),
      sampleEntry({ id: 'secret', badgeApi: '/count', requiredLevel: 'high' }),
      sampleEntry({ id: 'telc' }),
    ],
    catalogueSource: 'server',
  });
  const asked: string[] = [];
  const api = {
    forService: (id: string) => ({
      get: async (path: string) => {
        asked.push(`${id}${path}`);
        return new Response(JSON.stringify({ count: id === 'data-box' ? 3 : 1 }));
      },
      send: async () => new Response(null, { status: 405 }),
    }),
  };
  return { stores, api, asked };
}

describe('navigation badges', () => {
  it('asks the services that offer a count and the citizen may use, and keeps the counts', async () => {
    const { stores, api, asked } = setup(jan);
    await loadBadges(stores, api);
    expect(asked).toEqual(['data-box/unread-count']);
    expect(stores.portal.getState().badges).toEqual({ 'data-box': 3 });
  });

  it('asks nothing when nobody is signed in', async () => {
    const { stores, api, asked } = setup(SIGNED_OUT);
    await loadBadges(stores, api);
    expect(asked).toEqual([]);
  });
});

import type { SessionView } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { createPortalStores, endSession, SIGNED_OUT, setSession } from './portal-store.js';

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'p-1', name: 'Jan Novák', levelOfAssurance: 'high' },
  consent: 'pending',
  expiresAt: '2026-11-27T10:00:00.000Z',
};

describe('the session in the stores', () => {
  it('tells remotes of the person (id, name, level; nothing else) only once they consented', () => {
    const stores = createPortalStores({
      path: '/',
      locale: 'cs',
      catalogue: [],
      catalogueSource: 'server',
      session: jan,
    });
    expect(stores.host.getState().person).toBeNull();
    const seen: unknown[] = [];
    stores.host.subscribe((state) => seen.push(state.person));
    setSession(stores, { ...jan, consent: 'given' });
    expect(stores.host.getState().person).toEqual({ id: 'p-1', name: 'Jan Novák', levelOfAssurance: 'high' });
    // A new expiry alone is no news to remotes.
    setSession(stores, { ...jan, consent: 'given', expiresAt: '2026-11-27T10:05:00.000Z' });
    expect(seen).toHaveLength(1);
  });

  it('forgets the person when the session ends, and remembers that it ended', () => {
    const stores = createPortalStores({
      path: '/',
      locale: 'cs',
      catalogue: [],
      catalogueSource: 'server',
      session: { ...jan, consent: 'given' },
    });
    endSession(stores);
    expect(stores.portal.getState().session).toMatchObject({ person: null, consent: null, expiresAt: null });
    expect(stores.portal.getState().sessionEnded).toBe(true);
    expect(stores.host.getState().person).toBeNull();
  });
});

import type { SessionView } from '@czp/contract';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortalApi } from '../api/api-client.js';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { loadSession } from './load-session.js';

const origin = 'http://portal.test';
const server = setupServer();
const fetchFn: typeof fetch = (input, init) => fetch(new URL(String(input), origin), init);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'high' },
  consent: 'given',
  expiresAt: '2026-11-27T10:00:00.000Z',
};

const stores = () => createPortalStores({ path: '/', locale: 'cs', catalogue: [], catalogueSource: 'server' });

describe('the session without boot data', () => {
  it('is asked of the API with the citizen’s services, through the client’s session signals', async () => {
    server.use(
      http.get(`${origin}/api/session`, () => HttpResponse.json(jan)),
      http.get(`${origin}/api/my-services`, () =>
        HttpResponse.json({ services: ['telc'] }, { headers: { 'X-Session-Expires-At': '2026-11-27T10:15:00.000Z' } }),
      ),
    );
    const s = stores();
    const seen: string[] = [];
    await loadSession(s, new PortalApi(null, fetchFn, { onSessionExpiresAt: (at) => seen.push(at) }));
    expect(s.portal.getState().session).toEqual(jan);
    expect(s.portal.getState().myServices).toEqual(['telc']);
    expect(seen).toEqual(['2026-11-27T10:15:00.000Z']);
  });

  it('stays signed out when the server does not know the session, and says it was lost', async () => {
    server.use(http.get(`${origin}/api/session`, () => HttpResponse.json({ error: 'session' }, { status: 401 })));
    const s = stores();
    let lost = 0;
    await loadSession(s, new PortalApi(null, fetchFn, { onSessionLost: () => lost++ }));
    expect(s.portal.getState().session).toEqual(SIGNED_OUT);
    expect(lost).toBe(1);
  });
});

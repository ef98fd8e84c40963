import { portalApiHandlers } from '@czp/mocks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PortalApi } from './api-client.js';

const origin = 'http://portal.test';
const server = setupServer(...portalApiHandlers({ origin, token: 'fresh-token' }));
const fetchFn: typeof fetch = (input, init) => fetch(new URL(String(input), origin), init);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('PortalApi', () => {
  it('sends mutating calls with the CSRF token, fetching one when it has none', async () => {
    const api = new PortalApi(null, fetchFn);
    const response = await api.send('POST', '/api/remote-failures', { serviceId: 'telc' });
    expect(response.status).toBe(202);
  });

  it('replaces an expired token once and retries', async () => {
    const api = new PortalApi('stale-token', fetchFn);
    const response = await api.send('POST', '/api/remote-failures', { serviceId: 'telc' });
    expect(response.status).toBe(202);
  });

  it('gives a remote an API client that cannot leave /api/services/<id>/', async () => {
    let seen = '';
    server.use(
      http.get(`${origin}/api/services/telc/applications`, ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json([]);
      }),
    );
    const telc = new PortalApi('fresh-token', fetchFn).forService('telc');
    expect((await telc.get('/applications')).status).toBe(200);
    expect(seen).toBe('/api/services/telc/applications');
    expect(() => telc.get('/../../catalogue')).toThrow(/stays below \/api\/services\/telc/);
    expect(() => telc.get('applications')).toThrow(/starts with \//);
  });
});

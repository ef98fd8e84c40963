import type { Catalogue } from '@czp/contract';
import { catalogueHandlers, catalogueOutageHandlers, sampleCatalogue } from '@czp/mocks';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchCatalogue, readCachedCatalogue } from './catalogue-client.js';

const catalogue: Catalogue = sampleCatalogue;
const origin = 'http://portal.test';

const server = setupServer();
const fetchFn: typeof fetch = (input, init) => fetch(new URL(String(input), 'http://portal.test'), init);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => window.localStorage.clear());

describe('fetchCatalogue', () => {
  it('takes the server catalogue and keeps it as the last good copy', async () => {
    server.use(...catalogueHandlers(catalogue, { origin, etag: '"v1"' }));
    const result = await fetchCatalogue(fetchFn, window.localStorage);
    expect(result).toEqual({ services: catalogue.services, source: 'server' });
    expect(await readCachedCatalogue(window.localStorage)).toEqual({ etag: '"v1"', catalogue });
  });

  it('revalidates with the ETag and uses the cached copy on 304', async () => {
    server.use(
      http.get('http://portal.test/api/catalogue', () => HttpResponse.json(catalogue, { headers: { etag: '"v1"' } })),
    );
    await fetchCatalogue(fetchFn, window.localStorage);
    let sentEtag: string | null = null;
    server.use(
      http.get('http://portal.test/api/catalogue', ({ request }) => {
        sentEtag = request.headers.get('if-none-match');
        return new HttpResponse(null, { status: 304 });
      }),
    );
    const result = await fetchCatalogue(fetchFn, window.localStorage);
    expect(sentEtag).toBe('"v1"');
    expect(result.source).toBe('server');
    expect(result.services.map((s) => s.id)).toEqual(['telc', 'znojmo']);
  });

  it('falls back to the last good catalogue when the API is down', async () => {
    server.use(...catalogueHandlers(catalogue, { origin }));
    await fetchCatalogue(fetchFn, window.localStorage);
    server.use(...catalogueOutageHandlers({ origin }));
    expect(await fetchCatalogue(fetchFn, window.localStorage)).toEqual({
      services: catalogue.services,
      source: 'cache',
    });
  });

  it('refuses an answer that is not a catalogue and says it is unavailable without a cache', async () => {
    server.use(
      http.get('http://portal.test/api/catalogue', () => HttpResponse.json({ services: [{ id: '../evil' }] })),
    );
    expect(await fetchCatalogue(fetchFn, window.localStorage)).toEqual({ services: [], source: 'unavailable' });
    expect(await readCachedCatalogue(window.localStorage)).toBeNull();
  });
});

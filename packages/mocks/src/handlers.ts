import type { Catalogue } from '@czp/contract';
import { HttpResponse, http } from 'msw';

/**
 * The portal API's catalogue as msw handlers. `origin` is '' in a browser (same origin) and a
 * full origin under Node, where fetch needs absolute URLs.
 */
export function catalogueHandlers(catalogue: Catalogue, { origin = '', etag = '"sample"' } = {}) {
  return [
    http.get(`${origin}/api/catalogue`, ({ request }) =>
      request.headers.get('if-none-match') === etag
        ? new HttpResponse(null, { status: 304, headers: { etag } })
        : HttpResponse.json(catalogue, { headers: { etag } }),
    ),
  ];
}

/** The API down: what the shell's offline fallback is for. */
export function catalogueOutageHandlers({ origin = '' } = {}) {
  return [
    http.get(`${origin}/api/catalogue`, () =>
      HttpResponse.json({ error: 'unavailable', message: 'The catalogue is unavailable' }, { status: 503 }),
    ),
  ];
}

/** CSRF token and failure reports, as the server answers them. */
export function portalApiHandlers({ origin = '', token = 'test-csrf-token' } = {}) {
  return [
    http.get(`${origin}/api/csrf-token`, () => HttpResponse.json({ token })),
    http.post(`${origin}/api/remote-failures`, ({ request }) =>
      request.headers.get('x-csrf-token') === token
        ? HttpResponse.json({ id: 1 }, { status: 202 })
        : HttpResponse.json({ error: 'csrf', message: 'The security token is missing or expired.' }, { status: 403 }),
    ),
  ];
}

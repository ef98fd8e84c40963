import type { HostState } from '@czp/contract';
import { catalogueHandlers, myDataHandlers, portalApiHandlers, sampleCatalogue } from '@czp/mocks';
import { HttpResponse, http, type RequestHandler } from 'msw';

/** What a remote's src/mocks/handlers.ts may export (the `czp new` template exports both). */
export interface RemoteMocks {
  handlers?: unknown;
  outageHandlers?: unknown;
  default?: unknown;
}

function handlerList(value: unknown): RequestHandler[] {
  return Array.isArray(value) ? (value as RequestHandler[]) : [];
}

/** The remote's own handlers: `handlers` (or a default export), and `outageHandlers` for the "API down" switch. */
export function remoteHandlers(mocks: RemoteMocks): { normal: RequestHandler[]; outage: RequestHandler[] } {
  return { normal: handlerList(mocks.handlers ?? mocks.default), outage: handlerList(mocks.outageHandlers) };
}

/**
 * The portal's own APIs as @czp/mocks has them (CSRF token, failure reports, the catalogue, my data and the registers
 * behind it), answering 401 to a signed-out citizen as the portal does for personal data.
 */
export function portalHandlers(host: { getState(): HostState }): RequestHandler[] {
  const signedOut = () =>
    host.getState().person
      ? undefined
      : HttpResponse.json({ error: 'unauthenticated', message: 'Log in first' }, { status: 401 });
  return [
    http.all('/api/services/my-data/*', signedOut),
    ...portalApiHandlers({ token: 'czp-dev-csrf-token' }),
    ...catalogueHandlers(sampleCatalogue),
    ...myDataHandlers(),
  ];
}

import { isState, type ListQuery, listSearch } from './api.js';

/** The remote's routes below /services/submissions (the SUBMISSIONS tab leads to the list). */
export type Route = { name: 'list'; query: ListQuery } | { name: 'detail'; id: string } | { name: 'not-found' };

export const paths = {
  list: (query: ListQuery = {}) => `/${listSearch(query)}`,
  detail: (id: string) => `/${encodeURIComponent(id)}`,
};

/** As the catalogue's service ids (contract: serviceIdSchema). */
const SERVICE_ID = /^[a-z][a-z0-9-]{1,39}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filters from the address; anything malformed is left out rather than sent on. */
export function listQuery(search: string): ListQuery {
  const params = new URLSearchParams(search);
  const query: ListQuery = {};
  const service = params.get('service');
  if (service && SERVICE_ID.test(service)) query.service = service;
  const state = params.get('state');
  if (isState(state)) query.state = state;
  return query;
}

export function parseRoute(path: string, search: string): Route {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'list', query: listQuery(search) };
  if (parts.length > 1) return { name: 'not-found' };
  const id = decodeURIComponent(parts[0] ?? '');
  // Any other id goes to the server, which answers 404 for one that is not the citizen's; a malformed one is known
  // not to exist without asking.
  return UUID.test(id) ? { name: 'detail', id } : { name: 'not-found' };
}

import { type AccessLogQuery, REGISTER_ITEMS, type RegisterId } from '@czp/contract';
import { isRegister } from './api.js';

/** The remote's routes below /services/my-data (the PROFILE, DATA and DOCUMENTS tabs lead to three of them). */
export type Route =
  | { name: 'data' }
  | { name: 'profile' }
  | { name: 'documents' }
  | { name: 'access-log'; query: AccessLogQuery }
  | { name: 'agendas' }
  | { name: 'complaint'; register?: RegisterId; item?: string }
  | { name: 'not-found' };

export const paths = {
  data: '/',
  profile: '/profile',
  documents: '/documents',
  accessLog: '/access-log',
  agendas: '/agendas',
  complaint: (register: RegisterId, item?: string) => {
    const params = new URLSearchParams({ register });
    if (item) params.set('item', item);
    return `/complaint?${params.toString()}`;
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const READER = /^[a-z][a-z0-9-]{0,63}$/;

/** The access log's filters from the address; anything malformed is left out rather than sent on. */
export function accessLogQuery(search: string): AccessLogQuery {
  const params = new URLSearchParams(search);
  const query: AccessLogQuery = {};
  const register = params.get('register');
  if (isRegister(register)) query.register = register;
  const reader = params.get('reader');
  if (reader && READER.test(reader)) query.reader = reader;
  const from = params.get('from');
  if (from && ISO_DATE.test(from)) query.from = from;
  const to = params.get('to');
  if (to && ISO_DATE.test(to)) query.to = to;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) query.page = page;
  return query;
}

export function isItemOf(register: RegisterId, item: string | null): item is string {
  return item !== null && Object.hasOwn(REGISTER_ITEMS[register], item);
}

export function parseRoute(path: string, search: string): Route {
  const parts = path.split('/').filter(Boolean);
  if (parts.length > 1) return { name: 'not-found' };
  switch (parts[0]) {
    case undefined:
      return { name: 'data' };
    case 'profile':
      return { name: 'profile' };
    case 'documents':
      return { name: 'documents' };
    case 'access-log':
      return { name: 'access-log', query: accessLogQuery(search) };
    case 'agendas':
      return { name: 'agendas' };
    case 'complaint': {
      const params = new URLSearchParams(search);
      const register = params.get('register');
      if (!isRegister(register)) return { name: 'complaint' };
      const item = params.get('item');
      return isItemOf(register, item) ? { name: 'complaint', register, item } : { name: 'complaint', register };
    }
    default:
      return { name: 'not-found' };
  }
}

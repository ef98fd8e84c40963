import { describe, expect, it } from 'vitest';
import { listQuery, parseRoute, paths } from './routes.js';

describe('routes', () => {
  it('reads the list and its filters from the address, leaving malformed ones out', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'list', query: {} });
    expect(parseRoute('/', '?service=telc&state=needs-information')).toEqual({
      name: 'list',
      query: { service: 'telc', state: 'needs-information' },
    });
    expect(listQuery('?service=Telč&state=lost')).toEqual({});
  });

  it('reads a detail by its id, and anything else is not found', () => {
    const id = '5b0e1c4a-1111-4a00-8000-000000000001';
    expect(parseRoute(`/${id}`, '')).toEqual({ name: 'detail', id });
    expect(parseRoute('/not-an-id', '')).toEqual({ name: 'not-found' });
    expect(parseRoute(`/${id}/more`, '')).toEqual({ name: 'not-found' });
  });

  it('builds the paths the parser reads back', () => {
    expect(paths.list({ state: 'withdrawn', service: 'mpsv' })).toBe('/?service=mpsv&state=withdrawn');
    expect(paths.list()).toBe('/');
    const back = new URL(`http://x${paths.list({ service: 'znojmo' })}`);
    expect(parseRoute(back.pathname, back.search)).toEqual({ name: 'list', query: { service: 'znojmo' } });
  });
});

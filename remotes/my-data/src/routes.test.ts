import { describe, expect, it } from 'vitest';
import { accessLogExportHref, accessLogSearch } from './api.js';
import { accessLogQuery, parseRoute, paths } from './routes.js';

describe('parseRoute', () => {
  it('knows the tabs and the pages below them', () => {
    expect(parseRoute('/', '')).toEqual({ name: 'data' });
    expect(parseRoute('/profile', '')).toEqual({ name: 'profile' });
    expect(parseRoute('/documents', '')).toEqual({ name: 'documents' });
    expect(parseRoute('/agendas', '')).toEqual({ name: 'agendas' });
    expect(parseRoute('/access-log', '?register=drivers&page=3')).toEqual({
      name: 'access-log',
      query: { register: 'drivers', page: 3 },
    });
    expect(parseRoute('/profile/x', '')).toEqual({ name: 'not-found' });
    expect(parseRoute('/settings', '')).toEqual({ name: 'not-found' });
  });

  it('takes the complaint’s register and item only when they exist', () => {
    expect(parseRoute('/complaint', '?register=residents&item=address')).toEqual({
      name: 'complaint',
      register: 'residents',
      item: 'address',
    });
    expect(parseRoute('/complaint', '?register=residents&item=toString')).toEqual({
      name: 'complaint',
      register: 'residents',
    });
    expect(parseRoute('/complaint', '?register=police&item=name')).toEqual({ name: 'complaint' });
    expect(paths.complaint('drivers', 'points')).toBe('/complaint?register=drivers&item=points');
  });
});

describe('the access log’s query', () => {
  it('drops what is malformed instead of sending it on', () => {
    expect(accessLogQuery('?register=nope&reader=<x>&from=3.12.2026&to=2026-12-03&page=0')).toEqual({
      to: '2026-12-03',
    });
    expect(accessLogQuery('?reader=vitakarta&from=2026-01-01&page=2')).toEqual({
      reader: 'vitakarta',
      from: '2026-01-01',
      page: 2,
    });
  });

  it('writes the filters in one order, page 1 left out, and the exports without the page', () => {
    const query = { to: '2026-12-31', register: 'trade' as const, page: 4, reader: 'authority' };
    expect(accessLogSearch(query)).toBe('?register=trade&reader=authority&to=2026-12-31&page=4');
    expect(accessLogSearch({ page: 1 })).toBe('');
    expect(accessLogExportHref('pdf', query, 'cs')).toBe(
      '/api/services/my-data/access-log.pdf?register=trade&reader=authority&to=2026-12-31&locale=cs',
    );
    expect(accessLogExportHref('csv', {}, 'en')).toBe('/api/services/my-data/access-log.csv?locale=en');
  });
});

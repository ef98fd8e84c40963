import { describe, expect, it } from 'vitest';
import { currentTabIndex, matchRoute, SECTIONS, sectionHref, serviceIdOf } from './routes.js';

describe('matchRoute', () => {
  it('maps the portal pages', () => {
    expect(matchRoute('/')).toEqual({ kind: 'home' });
    expect(matchRoute('/services')).toEqual({ kind: 'services' });
    expect(matchRoute('/services/')).toEqual({ kind: 'services' });
    expect(matchRoute('/data-box')).toEqual({ kind: 'section', section: 'data-box' });
    expect(matchRoute('/cookies')).toEqual({ kind: 'page', page: 'cookies' });
  });

  it('gives a service everything below its base path', () => {
    expect(matchRoute('/services/telc')).toEqual({ kind: 'service', serviceId: 'telc' });
    expect(matchRoute('/services/telc/life-situations/42')).toEqual({ kind: 'service', serviceId: 'telc' });
    expect(serviceIdOf('/services/telcx')).toBe('telcx');
    expect(serviceIdOf('/servicesx/telc')).toBeNull();
  });

  it('does not take a malformed service id for a service', () => {
    expect(matchRoute('/services/Telc')).toEqual({ kind: 'not-found', path: '/services/Telc' });
    expect(matchRoute('/nothing-here')).toEqual({ kind: 'not-found', path: '/nothing-here' });
  });
});

describe('sections drawn by services', () => {
  const profile = SECTIONS.find((s) => s.id === 'profile');
  const data = SECTIONS.find((s) => s.id === 'data');
  const calendar = SECTIONS.find((s) => s.id === 'calendar');

  it('leads a tab to its service page when the catalogue has the service, else to its own path', () => {
    if (!profile || !data || !calendar) throw new Error('sections missing');
    expect(sectionHref(profile, (id) => id === 'my-data')).toBe('/services/my-data/profile');
    expect(sectionHref(data, (id) => id === 'my-data')).toBe('/services/my-data');
    expect(sectionHref(profile, () => false)).toBe('/profile');
    expect(sectionHref(calendar, (id) => id === 'my-data')).toBe('/calendar');
    expect(sectionHref(calendar, () => true)).toBe('/services/calendar');
  });

  it('marks the tab with the longest matching href current', () => {
    const hrefs = ['/services/my-data/profile', '/services/my-data', '/services/data-box', '/calendar'];
    expect(currentTabIndex('/services/my-data/profile', hrefs)).toBe(0);
    expect(currentTabIndex('/services/my-data', hrefs)).toBe(1);
    expect(currentTabIndex('/services/my-data/access-log', hrefs)).toBe(1);
    expect(currentTabIndex('/services/data-box/messages/1', hrefs)).toBe(2);
    expect(currentTabIndex('/services/my-datax', hrefs)).toBe(-1);
    expect(currentTabIndex('/', hrefs)).toBe(-1);
  });
});

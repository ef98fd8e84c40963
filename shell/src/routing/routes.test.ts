import { describe, expect, it } from 'vitest';
import { matchRoute, serviceIdOf } from './routes.js';

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

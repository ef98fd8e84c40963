import type { SessionView } from '@czp/contract';
import { describe, expect, it } from 'vitest';
import { SIGNED_OUT } from '../state/portal-store.js';
import { consentHref, loginHref, personalPageAccess, serviceAccess } from './access.js';

const signedIn = (
  levelOfAssurance: 'substantial' | 'high',
  consent: SessionView['consent'] = 'given',
): SessionView => ({
  ...SIGNED_OUT,
  person: { id: 'p-1', name: 'Jan Novák', levelOfAssurance },
  consent,
  expiresAt: '2026-11-27T10:00:00.000Z',
});

describe('access to personal pages', () => {
  it('needs a login, then the consent', () => {
    expect(personalPageAccess(SIGNED_OUT)).toEqual({ kind: 'login' });
    expect(personalPageAccess(signedIn('substantial', 'pending'))).toEqual({ kind: 'consent' });
    expect(personalPageAccess(signedIn('substantial', 'declined'))).toEqual({ kind: 'consent' });
    expect(personalPageAccess(signedIn('substantial'))).toEqual({ kind: 'open' });
  });
});

describe('access to services', () => {
  it('leaves public services open to anyone', () => {
    expect(serviceAccess({}, SIGNED_OUT)).toEqual({ kind: 'open' });
  });

  it('asks for a login at the required level, a step-up when the session is weaker, then the consent', () => {
    expect(serviceAccess({ requiredLevel: 'high' }, SIGNED_OUT)).toEqual({ kind: 'login', level: 'high' });
    expect(serviceAccess({ requiredLevel: 'high' }, signedIn('substantial'))).toEqual({
      kind: 'step-up',
      required: 'high',
      actual: 'substantial',
    });
    expect(serviceAccess({ requiredLevel: 'substantial' }, signedIn('high', 'pending'))).toEqual({ kind: 'consent' });
    expect(serviceAccess({ requiredLevel: 'high' }, signedIn('high'))).toEqual({ kind: 'open' });
  });

  it('builds login and consent links that come back to the page', () => {
    expect(loginHref('/services/znojmo', 'high')).toBe('/auth/login?returnTo=%2Fservices%2Fznojmo&level=high');
    expect(loginHref('/data')).toBe('/auth/login?returnTo=%2Fdata');
    expect(consentHref('/data-box')).toBe('/consent?returnTo=%2Fdata-box');
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../startup/configuration-error.js';
import { parseRemoteOrigins } from './remote-origins.js';

describe('parseRemoteOrigins', () => {
  it('reads comma-separated http(s) origins, normalised and without duplicates', () => {
    expect(parseRemoteOrigins(undefined)).toEqual([]);
    expect(parseRemoteOrigins(' ')).toEqual([]);
    expect(parseRemoteOrigins('https://Portal.Telc.eu, http://localhost:9090/,https://portal.telc.eu:443')).toEqual([
      'https://portal.telc.eu',
      'http://localhost:9090',
    ]);
  });

  it.each([
    ['https://portal.telc.eu/czp', 'has a path'],
    ['https://portal.telc.eu?x=1', 'has a path'],
    ['ftp://portal.telc.eu', 'is not an http'],
    ['portal.telc.eu', 'is not an origin'],
    ['https://*.telc.eu', 'wildcard'],
    ['https://user:pw@portal.telc.eu', 'has credentials'],
  ])('refuses %s with a message naming CZP_REMOTE_ORIGINS', (value, why) => {
    expect(() => parseRemoteOrigins(value)).toThrow(ConfigurationError);
    expect(() => parseRemoteOrigins(value)).toThrow(new RegExp(`CZP_REMOTE_ORIGINS: .*${why}`));
  });
});

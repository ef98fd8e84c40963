import { describe, expect, it } from 'vitest';
import { ACR_VALUES, levelOfAcr, requestedLevel } from './levels.js';

describe('levels of assurance', () => {
  it('use the eIDAS URIs', () => {
    expect(ACR_VALUES).toEqual({
      low: 'http://eidas.europa.eu/LoA/low',
      substantial: 'http://eidas.europa.eu/LoA/substantial',
      high: 'http://eidas.europa.eu/LoA/high',
    });
    expect(levelOfAcr(ACR_VALUES.high)).toBe('high');
    expect(levelOfAcr('urn:other')).toBeUndefined();
  });

  it('read the requested minimum from acr_values and the claims parameter', () => {
    expect(requestedLevel({})).toBeUndefined();
    expect(requestedLevel({ acr_values: ACR_VALUES.high })).toBe('high');
    expect(requestedLevel({ acr_values: `${ACR_VALUES.high} ${ACR_VALUES.substantial}` })).toBe('substantial');
    expect(requestedLevel({ acr_values: 'urn:unknown' })).toBeUndefined();
    const essential = JSON.stringify({ id_token: { acr: { essential: true, value: ACR_VALUES.high } } });
    expect(requestedLevel({ claims: essential })).toBe('high');
    expect(requestedLevel({ claims: '{not json' })).toBeUndefined();
  });
});

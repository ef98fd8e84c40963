import { describe, expect, it } from 'vitest';
import { pragueYear, referencePrefix } from './reference.js';

describe('reference numbers', () => {
  it('take three letters of the issuer’s id, without accents', () => {
    expect(referencePrefix('mesto-telc')).toBe('TEL');
    expect(referencePrefix('mesto-znojmo')).toBe('ZNO');
    expect(referencePrefix('urad-prace')).toBe('PRA');
    expect(referencePrefix('mesto-č')).toBe('CXX');
    expect(referencePrefix('mpsv')).toBe('MPS');
  });

  it('count by the year in Prague', () => {
    expect(pragueYear(new Date('2026-12-31T22:59:59Z'))).toBe(2026);
    expect(pragueYear(new Date('2026-12-31T23:00:00Z'))).toBe(2027);
  });
});

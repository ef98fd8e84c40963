import { describe, expect, it } from 'vitest';
import { returnPathOf, safeReturnPath } from './return-path.js';

describe('safeReturnPath', () => {
  it('keeps paths on the portal, normalised', () => {
    expect(safeReturnPath('/services/znojmo')).toBe('/services/znojmo');
    expect(safeReturnPath('/data-box?folder=sent#top')).toBe('/data-box?folder=sent#top');
    expect(safeReturnPath('/services/./telc/../znojmo')).toBe('/services/znojmo');
    expect(safeReturnPath('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });

  it('refuses paths that normalise to another host (dot segments, encoded dots)', () => {
    for (const evil of [
      '/.//evil.example',
      '/..//evil.example',
      '/x/..//evil.example',
      '/x/y/../..//evil.example',
      '/%2e//evil.example',
      '/%2E//evil.example',
      '/%2e%2e//evil.example',
      '/x/%2e%2e//evil.example',
      '/./\u002f/evil.example',
    ]) {
      expect(returnPathOf(evil), evil).toBeNull();
      expect(safeReturnPath(evil), evil).toBe('/');
    }
  });

  it('refuses backslashes and control characters a browser would turn into //', () => {
    for (const evil of [
      '/\\evil.example/phish',
      '/\\/evil.example',
      '/x\\..\\..\\evil',
      '/\tevil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r\nLocation: https://evil.example',
      '/\u0000/evil.example',
      '/\u007f/evil.example',
    ]) {
      expect(returnPathOf(evil), JSON.stringify(evil)).toBeNull();
    }
  });

  it('refuses absolute, protocol-relative and scheme URLs', () => {
    for (const evil of [
      'https://evil.example',
      '//evil.example/x',
      '///evil.example',
      'javascript:alert(1)',
      'evil.example',
      ' /services',
    ]) {
      expect(returnPathOf(evil), evil).toBeNull();
    }
  });

  it('refuses the server endpoints, also after normalisation and in any case', () => {
    for (const endpoint of ['/auth/logout', '/api/session', '/x/../api/session', '/API/session', '/auth?x', '/api']) {
      expect(returnPathOf(endpoint), endpoint).toBeNull();
    }
    expect(returnPathOf('/authority')).toBe('/authority');
  });

  it('refuses what is not a short string', () => {
    for (const value of ['', undefined, null, 42, {}, `/${'a'.repeat(1000)}`]) {
      expect(returnPathOf(value)).toBeNull();
    }
  });
});

import { safeReturnPath as safeReturnTo } from '@czp/contract';
import { describe, expect, it } from 'vitest';

describe('safeReturnTo', () => {
  it('keeps paths on the portal', () => {
    expect(safeReturnTo('/services/znojmo')).toBe('/services/znojmo');
    expect(safeReturnTo('/data-box?folder=sent#top')).toBe('/data-box?folder=sent#top');
  });

  it('keeps encoded line breaks encoded, so they cannot split a header', () => {
    expect(safeReturnTo('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
  });

  it('turns anything that could leave the portal into /', () => {
    for (const evil of [
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      '/\r\nLocation: https://evil.example',
      '/auth/logout',
      '/api/session',
      '',
      undefined,
      42,
      `/${'a'.repeat(1001)}`,
    ]) {
      expect(safeReturnTo(evil), String(evil)).toBe('/');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { acceptedCoding } from './encoding.js';

describe('acceptedCoding', () => {
  it('takes the first coding of the server the browser accepts', () => {
    expect(acceptedCoding('gzip, deflate, br, zstd', ['br', 'gzip'])).toBe('br');
    expect(acceptedCoding('gzip, br', ['gzip'])).toBe('gzip');
    expect(acceptedCoding('gzip', ['br', 'gzip'])).toBe('gzip');
  });

  it('honours q values, q=0 and *', () => {
    expect(acceptedCoding('br;q=0.5, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(acceptedCoding('br;q=0, *', ['br', 'gzip'])).toBe('gzip');
    expect(acceptedCoding('*;q=0', ['br', 'gzip'])).toBeNull();
    expect(acceptedCoding('identity', ['br', 'gzip'])).toBeNull();
    expect(acceptedCoding(undefined, ['br', 'gzip'])).toBeNull();
    expect(acceptedCoding('', ['gzip'])).toBeNull();
  });
});

import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestId } from './request-id.js';

const withHeader = (value: string | string[] | undefined) =>
  ({ headers: value === undefined ? {} : { 'x-request-id': value } }) as unknown as IncomingMessage;

describe('requestId', () => {
  it('keeps a safe short id from the proxy', () => {
    expect(requestId(withHeader('3f2a9c1e-77b0-4a8e-9a51-3c5d1e2f4a6b'))).toBe('3f2a9c1e-77b0-4a8e-9a51-3c5d1e2f4a6b');
    expect(requestId(withHeader('nginx.42:7'))).toBe('nginx.42:7');
  });

  it('makes a fresh one for anything else', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const hostile of [undefined, '', 'a'.repeat(65), 'x\nlevel=error', 'a b', '<script>', ['a', 'b'], 'é']) {
      expect(requestId(withHeader(hostile))).toMatch(uuid);
    }
  });
});

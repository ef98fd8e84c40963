import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type PerResponse, PLACEHOLDERS, ResponseTemplate, substitutable } from './response-template.js';

const values = (n: number): PerResponse => ({
  scriptNonce: `${n}`.repeat(32).slice(0, 32),
  styleNonce: 'ab'.repeat(16),
  csrfToken: `token-${n}_x`,
});

describe('ResponseTemplate', () => {
  const page =
    `<!doctype html><html><head><script type="importmap" nonce="${PLACEHOLDERS.scriptNonce}">{}</script>` +
    `<style nonce="${PLACEHOLDERS.styleNonce}">b{}</style></head><body>${'<p>Životní situace – Telč</p>'.repeat(500)}` +
    `<script type="application/json">{"csrfToken":"${PLACEHOLDERS.csrfToken}","cspNonce":"${PLACEHOLDERS.scriptNonce}"}</script></body></html>`;
  const template = new ResponseTemplate(page, 200);

  it('puts each response’s values where the placeholders were, as text and as a valid gzip body', () => {
    for (const n of [1, 2]) {
      const expected = page
        .replaceAll(PLACEHOLDERS.scriptNonce, values(n).scriptNonce)
        .replaceAll(PLACEHOLDERS.styleNonce, values(n).styleNonce)
        .replaceAll(PLACEHOLDERS.csrfToken, values(n).csrfToken);
      expect(template.text(values(n)).toString('utf8')).toBe(expected);
      const gzipped = template.gzip(values(n));
      // gunzip checks the CRC-32 and the length of the trailer too.
      expect(gunzipSync(gzipped).toString('utf8')).toBe(expected);
      expect(gzipped.length).toBeLessThan(Buffer.byteLength(expected) / 10);
    }
    expect(template.status).toBe(200);
  });

  it('is a page as it is when it has no placeholders, and an empty one', () => {
    const plain = new ResponseTemplate('<p>ahoj</p>', 404);
    expect(gunzipSync(plain.gzip(values(1))).toString()).toBe('<p>ahoj</p>');
    expect(gunzipSync(new ResponseTemplate('', undefined).gzip(values(1))).toString()).toBe('');
  });

  it('takes only values that escaping would leave as they are', () => {
    expect(substitutable(values(1))).toBe(true);
    expect(substitutable({ ...values(1), csrfToken: 'a"b' })).toBe(false);
    expect(substitutable({ ...values(1), scriptNonce: '' })).toBe(false);
  });
});

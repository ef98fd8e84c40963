import { sampleEntry } from '@czp/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { createIntegrityPinner } from './integrity.js';

const telc = sampleEntry({
  id: 'telc',
  integrity: {
    '/remotes/telc/1.0.0/remoteEntry.js': 'sha384-aaaa',
    '/remotes/telc/1.0.0/assets/app.js': 'sha384-bbbb',
  },
});
const znojmo = sampleEntry({ id: 'znojmo', integrity: { '/remotes/znojmo/1.2.0/remoteEntry.js': 'sha384-cccc' } });

const maps = () =>
  [...document.querySelectorAll<HTMLScriptElement>('script[type="importmap"]')].map((s) => ({
    nonce: s.nonce,
    map: JSON.parse(s.textContent ?? '{}'),
  }));

afterEach(() => {
  for (const script of document.querySelectorAll('script[type="importmap"]')) script.remove();
});

describe('pinning services to their published hashes', () => {
  it('adds an import map with the service’s hashes and the page’s nonce, once per file', () => {
    const pin = createIntegrityPinner(document, 'n0nce');
    pin(telc);
    pin(telc);
    pin(znojmo);
    expect(maps()).toEqual([
      { nonce: 'n0nce', map: { integrity: telc.integrity } },
      { nonce: 'n0nce', map: { integrity: znojmo.integrity } },
    ]);
  });

  it('does not repeat what the server’s map already pins', () => {
    const server = document.createElement('script');
    server.type = 'importmap';
    server.textContent = JSON.stringify({ integrity: { '/remotes/telc/1.0.0/remoteEntry.js': 'sha384-aaaa' } });
    document.head.append(server);
    const pin = createIntegrityPinner(document, 'n');
    pin(telc);
    expect(maps()[1]?.map).toEqual({ integrity: { '/remotes/telc/1.0.0/assets/app.js': 'sha384-bbbb' } });
  });
});

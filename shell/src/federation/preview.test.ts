import { BOOT_DATA_ELEMENT_ID } from '@czp/contract';
import { sampleEntry } from '@czp/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { entryFor, readPreview } from './preview.js';

const telc = sampleEntry({
  id: 'telc',
  integrity: { '/remotes/telc/1.0.0/remoteEntry.js': 'sha384-aaaa' },
  preload: { js: ['/remotes/telc/1.0.0/assets/app.js'], css: [] },
});

function pageWithPreview(preview: unknown) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = BOOT_DATA_ELEMENT_ID;
  script.textContent = JSON.stringify({
    catalogue: { services: [telc] },
    locale: 'cs',
    csrfToken: 't',
    version: '1',
    session: { person: null },
    myServices: [],
    cspNonce: 'n',
    preview,
  });
  document.body.append(script);
}

afterEach(() => document.getElementById(BOOT_DATA_ELEMENT_ID)?.remove());

describe('the previewed entry', () => {
  it('is the development server’s remoteEntry.js for the previewed service only, with nothing pinned or preloaded', () => {
    const preview = { serviceId: 'telc', origin: 'http://localhost:5174' };
    expect(entryFor(telc, preview)).toEqual({
      ...telc,
      entryUrl: 'http://localhost:5174/remoteEntry.js',
      integrity: {},
      preload: { js: [], css: [] },
    });
    const znojmo = sampleEntry({ id: 'znojmo' });
    expect(entryFor(znojmo, preview)).toBe(znojmo);
    expect(entryFor(telc, null)).toBe(telc);
  });

  it('comes from the boot data, only as an http(s) origin', () => {
    expect(readPreview(document)).toBeNull();
    pageWithPreview({ serviceId: 'telc', origin: 'http://localhost:5174' });
    expect(readPreview(document)).toEqual({ serviceId: 'telc', origin: 'http://localhost:5174' });
    for (const origin of ['http://localhost:5174/x', 'data:text/javascript,1', 'localhost:5174', 42]) {
      document.getElementById(BOOT_DATA_ELEMENT_ID)?.remove();
      pageWithPreview({ serviceId: 'telc', origin });
      expect(readPreview(document), String(origin)).toBeNull();
    }
    expect(readPreview(undefined)).toBeNull();
  });
});

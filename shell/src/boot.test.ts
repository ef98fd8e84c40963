import { sampleCatalogue } from '@czp/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { readBootData } from './boot.js';
import { SIGNED_OUT } from './state/portal-store.js';

function embed(text: string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'czp-boot';
  script.textContent = text;
  document.body.append(script);
}

afterEach(() => document.getElementById('czp-boot')?.remove());

describe('readBootData', () => {
  it('reads what the server embedded', () => {
    const data = {
      catalogue: sampleCatalogue,
      locale: 'en',
      csrfToken: 't',
      version: '0.1.0',
      session: SIGNED_OUT,
      myServices: ['telc'],
      cspNonce: 'n0nce',
    };
    embed(JSON.stringify(data));
    expect(readBootData(document)).toEqual(data);
  });

  it('gives up on missing, broken or mis-shaped data so the shell asks the API instead', () => {
    expect(readBootData(document)).toBeNull();
    embed('{"catalogue":');
    expect(readBootData(document)).toBeNull();
    document.getElementById('czp-boot')?.remove();
    embed(JSON.stringify({ catalogue: { services: 'none' }, locale: 'cs', csrfToken: 't', version: '1' }));
    expect(readBootData(document)).toBeNull();
    document.getElementById('czp-boot')?.remove();
    embed(
      JSON.stringify({ catalogue: sampleCatalogue, locale: 'de', csrfToken: 't', version: '1', session: SIGNED_OUT }),
    );
    expect(readBootData(document)).toBeNull();
    document.getElementById('czp-boot')?.remove();
    embed(JSON.stringify({ catalogue: sampleCatalogue, locale: 'cs', csrfToken: 't', version: '1' }));
    expect(readBootData(document)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { type CatalogueEntry, catalogueEntrySchema } from './catalogue.js';

const HASH = `sha384-${'A'.repeat(64)}`;

function entry(base: string, overrides: Partial<CatalogueEntry> = {}): unknown {
  return {
    id: 'telc',
    issuer: { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Town of Telč' }, ico: '00286711' },
    name: { cs: 'Telč', en: 'Telč' },
    description: { cs: 'Popis', en: 'Description' },
    category: 'municipality',
    support: { email: 'podpora@telc.eu', phone: '+420 567 112 411' },
    logo: 'logo.svg',
    version: '1.2.0',
    manifestUrl: `${base}mf-manifest.json`,
    entryUrl: `${base}remoteEntry.js`,
    federationName: 'czp_telc',
    preload: { js: [`${base}assets/app-1.js`], css: [`${base}assets/app-1.css`] },
    integrity: { [`${base}remoteEntry.js`]: HASH },
    logoUrl: `${base}logo.svg`,
    publishedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('catalogue entry', () => {
  it('accepts a version served by the portal under /remotes/', () => {
    expect(catalogueEntrySchema.safeParse(entry('/remotes/telc/1.2.0/')).success).toBe(true);
  });

  it("accepts a version on the issuer's own origin: absolute http(s) URLs", () => {
    expect(catalogueEntrySchema.safeParse(entry('https://portal.telc.eu/czp/telc/1.2.0/')).success).toBe(true);
    expect(catalogueEntrySchema.safeParse(entry('http://localhost:9090/')).success).toBe(true);
  });

  it('refuses other URLs: relative paths elsewhere, other schemes, protocol-relative', () => {
    const fields = (value: unknown) =>
      catalogueEntrySchema.safeParse(value).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(fields(entry('/static/'))).toEqual(['manifestUrl', 'entryUrl', 'logoUrl']);
    expect(fields(entry('/remotes/telc/1.2.0/', { entryUrl: 'javascript:alert(1)' }))).toEqual(['entryUrl']);
    expect(fields(entry('/remotes/telc/1.2.0/', { entryUrl: '//evil.example/remoteEntry.js' }))).toEqual(['entryUrl']);
    expect(fields(entry('/remotes/telc/1.2.0/', { manifestUrl: 'data:text/javascript,1' }))).toEqual(['manifestUrl']);
  });
});

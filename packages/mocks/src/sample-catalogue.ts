import type { Catalogue, CatalogueEntry } from '@czp/contract';

/** A catalogue entry as the server would publish it, for tests and standalone development. */
export function sampleEntry(overrides: Partial<CatalogueEntry> & Pick<CatalogueEntry, 'id'>): CatalogueEntry {
  const version = overrides.version ?? '1.0.0';
  return {
    issuer: {
      id: `mesto-${overrides.id}`,
      name: { cs: `Město ${overrides.id}`, en: `Town of ${overrides.id}` },
      ico: '00000000',
    },
    name: { cs: `Portál občana ${overrides.id}`, en: `Citizen Portal of ${overrides.id}` },
    description: { cs: 'Služby obce online.', en: 'Municipal services online.' },
    category: 'municipality',
    support: { email: `podpora@${overrides.id}.example`, phone: '+420 123 456 789' },
    version,
    manifestUrl: `/remotes/${overrides.id}/${version}/mf-manifest.json`,
    entryUrl: `/remotes/${overrides.id}/${version}/remoteEntry.js`,
    federationName: `czp_${overrides.id.replaceAll('-', '_')}`,
    preload: { js: [], css: [] },
    integrity: {},
    publishedAt: '2026-11-27T08:00:00.000Z',
    ...overrides,
  };
}

export const sampleCatalogue: Catalogue = {
  services: [sampleEntry({ id: 'telc', version: '1.0.0' }), sampleEntry({ id: 'znojmo', version: '1.2.0' })],
};

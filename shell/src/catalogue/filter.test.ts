import { sampleEntry } from '@czp/mocks';
import { describe, expect, it } from 'vitest';
import { filterCatalogue, filterFromSearch, filterToSearch, foldText, NO_FILTER, regionsOf } from './filter.js';

const pribram = sampleEntry({
  id: 'pribram',
  name: { cs: 'Portál občana Příbram', en: 'Citizen Portal of Příbram' },
  region: 'Středočeský kraj',
});
const mpsv = sampleEntry({
  id: 'mpsv',
  category: 'ministry',
  name: { cs: 'Ministerstvo práce a sociálních věcí', en: 'Ministry of Labour and Social Affairs' },
  issuer: { id: 'mpsv', name: { cs: 'MPSV', en: 'MoLSA' }, ico: '00551023' },
});
const telc = sampleEntry({
  id: 'telc',
  name: { cs: 'Portál občana Telč', en: 'Citizen Portal of Telč' },
  region: 'Kraj Vysočina',
});
const all = [pribram, mpsv, telc];

describe('filtering the catalogue', () => {
  it('finds by any word of the name, issuer or description, without diacritics, in either language', () => {
    expect(foldText('  Příbram ')).toBe('pribram');
    expect(filterCatalogue(all, { ...NO_FILTER, query: 'pribram' }).map((s) => s.id)).toEqual(['pribram']);
    expect(filterCatalogue(all, { ...NO_FILTER, query: 'labour' }).map((s) => s.id)).toEqual(['mpsv']);
    expect(filterCatalogue(all, { ...NO_FILTER, query: 'portál telč' }).map((s) => s.id)).toEqual(['telc']);
    expect(filterCatalogue(all, { ...NO_FILTER, query: 'nothing like it' })).toEqual([]);
    expect(filterCatalogue(all, NO_FILTER)).toHaveLength(3);
  });

  it('filters by category and region', () => {
    expect(filterCatalogue(all, { ...NO_FILTER, category: 'ministry' }).map((s) => s.id)).toEqual(['mpsv']);
    expect(filterCatalogue(all, { ...NO_FILTER, region: 'Kraj Vysočina' }).map((s) => s.id)).toEqual(['telc']);
    expect(filterCatalogue(all, { query: 'portal', category: 'municipality', region: 'Středočeský kraj' })).toEqual([
      pribram,
    ]);
  });

  it('lists the regions in order, and keeps the filter in the URL', () => {
    expect(regionsOf(all, 'cs')).toEqual(['Kraj Vysočina', 'Středočeský kraj']);
    const filter = { query: 'telč', category: 'municipality' as const, region: 'Kraj Vysočina' };
    const search = filterToSearch(filter);
    expect(filterFromSearch(search, ['municipality'])).toEqual(filter);
    expect(filterToSearch(NO_FILTER)).toBe('');
    expect(filterFromSearch('?category=<script>', ['municipality']).category).toBe('');
  });
});

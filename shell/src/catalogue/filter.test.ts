import { sampleEntry } from '@czp/mocks';
import { describe, expect, it } from 'vitest';
import {
  categoriesOf,
  filterCatalogue,
  filterFromSearch,
  filterToSearch,
  foldText,
  NO_FILTER,
  regionsOf,
} from './filter.js';
import { regionLabel } from './labels.js';

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
    expect(regionsOf(all, 'cs')).toEqual([
      { value: 'Kraj Vysočina', label: 'Kraj Vysočina' },
      { value: 'Středočeský kraj', label: 'Středočeský kraj' },
    ]);
    // In English the label is English and the order follows it; the value stays the Czech name.
    expect(regionsOf(all, 'en')).toEqual([
      { value: 'Středočeský kraj', label: 'Central Bohemian Region' },
      { value: 'Kraj Vysočina', label: 'Vysočina Region' },
    ]);
    const filter = { query: 'telč', category: 'municipality' as const, region: 'Kraj Vysočina' };
    const search = filterToSearch(filter);
    expect(filterFromSearch(search, ['municipality'])).toEqual(filter);
    expect(filterToSearch(NO_FILTER)).toBe('');
    expect(filterFromSearch('?category=<script>', ['municipality']).category).toBe('');
  });
});

describe('what the filters offer', () => {
  it('offers only the categories that have a service, in the contract’s order', () => {
    expect(categoriesOf(all)).toEqual(['municipality', 'ministry']);
    const shop = sampleEntry({ id: 'zivnostensky-urad', category: 'business' });
    expect(categoriesOf([...all, shop])).toEqual(['municipality', 'ministry', 'business']);
    expect(filterCatalogue([...all, shop], { ...NO_FILTER, category: 'business' })).toEqual([shop]);
    expect(categoriesOf([])).toEqual([]);
  });

  it('names the 14 regions in English and leaves Czech and unknown names as they are', () => {
    expect(regionLabel('Kraj Vysočina', 'en')).toBe('Vysočina Region');
    expect(regionLabel('Jihomoravský kraj', 'en')).toBe('South Moravian Region');
    expect(regionLabel('Hlavní město Praha', 'en')).toBe('Prague');
    expect(regionLabel('Kraj Vysočina', 'cs')).toBe('Kraj Vysočina');
    expect(regionLabel('Bavorsko', 'en')).toBe('Bavorsko');
    const regions = [
      'Hlavní město Praha',
      'Středočeský kraj',
      'Jihočeský kraj',
      'Plzeňský kraj',
      'Karlovarský kraj',
      'Ústecký kraj',
      'Liberecký kraj',
      'Královéhradecký kraj',
      'Pardubický kraj',
      'Kraj Vysočina',
      'Jihomoravský kraj',
      'Olomoucký kraj',
      'Zlínský kraj',
      'Moravskoslezský kraj',
    ];
    const english = regions.map((region) => regionLabel(region, 'en'));
    expect(english.filter((label, index) => label === regions[index])).toEqual([]);
    expect(new Set(english).size).toBe(14);
  });
});

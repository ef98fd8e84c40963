import type { CatalogueEntry } from '@czp/contract';
import { sampleEntry } from '@czp/mocks';
import { describe, expect, it } from 'vitest';
import type { ShellMessageKey } from '../i18n/message-key.js';
import { shellTranslator } from '../i18n/messages.js';
import { NO_FILTER } from './filter.js';
import { catalogueSections, filterSections } from './sections.js';

const mvcr = { id: 'mvcr', name: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' }, ico: '00007064' };
const portalService = (id: string, name: string): CatalogueEntry =>
  sampleEntry({ id, category: 'portal', issuer: mvcr, name: { cs: name, en: name } });
const myData = portalService('my-data', 'Moje data');
const dataBox = portalService('data-box', 'Datová schránka');
const telc = sampleEntry({ id: 'telc' });
const label = (key: ShellMessageKey) => shellTranslator('cs').t(key);

describe('the portal sections in the catalogue', () => {
  it('lists only sections a service draws below its start page, with that service’s issuer', () => {
    const sections = catalogueSections([telc, myData, dataBox]);
    // Data (/services/my-data) and the data box are the services' own tiles; calendar and submissions are placeholders.
    expect(sections.map((s) => [s.id, s.href])).toEqual([
      ['profile', '/services/my-data/profile'],
      ['documents', '/services/my-data/documents'],
    ]);
    expect(sections.every((s) => s.issuer === mvcr.name)).toBe(true);
    expect(catalogueSections([telc])).toEqual([]);
  });

  it('honours the search, the category and the region as the services do', () => {
    const sections = catalogueSections([myData]);
    const ids = (filter: typeof NO_FILTER) => filterSections(sections, filter, label).map((s) => s.id);
    expect(ids(NO_FILTER)).toEqual(['profile', 'documents']);
    expect(ids({ ...NO_FILTER, query: 'dokumenty' })).toEqual(['documents']);
    expect(ids({ ...NO_FILTER, query: 'profil' })).toEqual(['profile']);
    expect(ids({ ...NO_FILTER, query: 'interior' })).toEqual(['profile', 'documents']);
    expect(ids({ ...NO_FILTER, query: 'telč' })).toEqual([]);
    expect(ids({ ...NO_FILTER, category: 'portal' })).toEqual(['profile', 'documents']);
    expect(ids({ ...NO_FILTER, category: 'municipality' })).toEqual([]);
    expect(ids({ ...NO_FILTER, region: 'Kraj Vysočina' })).toEqual([]);
  });
});

import { sampleEntry } from '@czp/mocks';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellMessages, shellTranslator } from '../i18n/messages.js';
import { matchRoute } from '../routing/routes.js';
import { createPortalStores } from '../state/portal-store.js';
import { pageTitle, readServiceTitles as readTitles, setServiceTitle } from './page-title.js';

const catalogue = [sampleEntry({ id: 'telc', name: { cs: 'Portál občana města Telč', en: 'Citizen Portal of Telč' } })];

beforeAll(() => loadShellMessages('en'));

describe('pageTitle', () => {
  it('names the page, then the portal, in the current language', () => {
    const cs = shellTranslator('cs');
    const en = shellTranslator('en');
    expect(pageTitle(matchRoute('/'), catalogue, cs)).toBe('Portál občana');
    expect(pageTitle(matchRoute('/services/telc/fees'), catalogue, cs)).toBe(
      'Portál občana města Telč – Portál občana',
    );
    expect(pageTitle(matchRoute('/services/telc'), catalogue, en)).toBe('Citizen Portal of Telč – Citizen Portal');
    expect(pageTitle(matchRoute('/data-box'), catalogue, en)).toBe('Data box – Citizen Portal');
    expect(pageTitle(matchRoute('/services/brno'), catalogue, cs)).toBe('Stránka nenalezena – Portál občana');
  });

  it('puts the title a remote set before its service’s name, only on that service’s pages', () => {
    const cs = shellTranslator('cs');
    const titles = { telc: 'Ohlášení živnosti' };
    expect(pageTitle(matchRoute('/services/telc/trade-licence'), catalogue, cs, titles)).toBe(
      'Ohlášení živnosti – Portál občana města Telč – Portál občana',
    );
    expect(pageTitle(matchRoute('/catalogue/telc'), catalogue, cs, titles)).toBe(
      'Portál občana města Telč – Portál občana',
    );
    expect(pageTitle(matchRoute('/services'), catalogue, cs, titles)).toBe('Služby – Portál občana');
  });
});

describe('setServiceTitle', () => {
  it('keeps one trimmed line per service and drops it for null or blank', () => {
    const stores = createPortalStores({ path: '/', locale: 'cs', catalogue, catalogueSource: 'server' });
    const cs = shellTranslator('cs');
    const route = matchRoute('/services/telc/x');
    setServiceTitle(stores, 'telc', '  Ohlášení\n živnosti ');
    const other = createPortalStores({ path: '/', locale: 'cs', catalogue, catalogueSource: 'server' });
    setServiceTitle(other, 'telc', 'Jiná stránka');
    expect(readTitles(stores)).toEqual({ telc: 'Ohlášení živnosti' });
    expect(pageTitle(route, catalogue, cs, readTitles(stores))).toBe(
      'Ohlášení živnosti – Portál občana města Telč – Portál občana',
    );
    setServiceTitle(stores, 'telc', '   ');
    expect(readTitles(stores)).toEqual({});
    setServiceTitle(stores, 'telc', 'x'.repeat(500));
    expect(readTitles(stores).telc).toHaveLength(120);
    setServiceTitle(stores, 'telc', null);
    expect(readTitles(stores)).toEqual({});
    expect(readTitles(other)).toEqual({ telc: 'Jiná stránka' });
  });
});

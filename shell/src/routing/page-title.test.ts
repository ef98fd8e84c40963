import { sampleEntry } from '@czp/mocks';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShellMessages, shellTranslator } from '../i18n/messages.js';
import { matchRoute } from '../routing/routes.js';
import { pageTitle } from './page-title.js';

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
});

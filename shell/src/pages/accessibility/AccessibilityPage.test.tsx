import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../App.js';
import { loadShellMessages } from '../../i18n/messages.js';
import { provideAllPages } from '../../routing/all-pages.js';
import { createPortalStores } from '../../state/portal-store.js';
import { fakeActions } from '../../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

beforeAll(() => loadShellMessages('en'));
afterEach(cleanup);

function renderStatement(locale: 'cs' | 'en') {
  const stores = createPortalStores({ path: '/accessibility', locale, catalogue: [], catalogueSource: 'server' });
  render(<App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1" />);
  return screen.getByRole('main');
}

const headings = (main: HTMLElement) =>
  within(main)
    .getAllByRole('heading')
    .map((h) => h.textContent);

describe('the accessibility statement', () => {
  it('has what Act 99/2019 Sb. and its decree require, in Czech', () => {
    const main = renderStatement('cs');
    expect(headings(main)).toEqual([
      'Prohlášení o přístupnosti',
      'Stav souladu',
      'Nepřístupný obsah',
      'Vypracování prohlášení',
      'Zpětná vazba a kontaktní údaje',
      'Postupy pro prosazování práva',
    ]);
    const text = main.textContent ?? '';
    // The body and the website; the status; how and when it was prepared; the last review; the supervisory body.
    expect(text).toContain('Ministerstvo vnitra České republiky se zavazuje');
    expect(text).toContain('internetové stránky Portál občana');
    expect(text).toContain('částečně v souladu se zákonem č. 99/2019 Sb.');
    expect(text).toMatch(/vypracováno dne \d{1,2}\. [a-zě]+ \d{4} na základě vlastního posouzení/);
    expect(text).toContain('automatickými testy axe');
    expect(text).toContain('ruční kontrolou');
    expect(text).toMatch(/naposledy přezkoumáno dne \d{1,2}\. [a-zě]+ \d{4}/);
    expect(text).toContain('Ministerstvo vnitra, odbor eGovernmentu');
    expect(within(main).getAllByRole('listitem').length).toBeGreaterThanOrEqual(1);
    const report = within(main).getByRole('link', { name: 'Nahlásit problém s přístupností' });
    expect(report.getAttribute('href')).toMatch(/^mailto:podpora@portal\.gov\.cz\?subject=/);
    expect(within(main).getByRole('link', { name: '+420 227 023 502' }).getAttribute('href')).toBe('tel:+420227023502');
  });

  it('says the same in English', () => {
    const main = renderStatement('en');
    expect(headings(main)).toEqual([
      'Accessibility statement',
      'Compliance status',
      'Non-accessible content',
      'Preparation of this statement',
      'Feedback and contact information',
      'Enforcement procedure',
    ]);
    const text = main.textContent ?? '';
    expect(text).toContain('partially compliant with Act No. 99/2019 Coll.');
    expect(text).toMatch(/prepared on \d{1,2} [A-Z][a-z]+ \d{4} on the basis of a self-assessment/);
    expect(text).toMatch(/last reviewed on \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(text).toContain('Ministry of the Interior, eGovernment Department');
    expect(within(main).getByRole('link', { name: 'Report an accessibility problem' }).getAttribute('href')).toMatch(
      /^mailto:podpora@portal\.gov\.cz\?subject=/,
    );
  });
});

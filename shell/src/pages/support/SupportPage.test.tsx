import { sampleEntry } from '@czp/mocks';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../App.js';
import { loadShellMessages } from '../../i18n/messages.js';
import { provideAllPages } from '../../routing/all-pages.js';
import { createPortalStores } from '../../state/portal-store.js';
import { fakeActions } from '../../test/fake-actions.js';
import { mailtoHref, telHref } from './portal-support.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

beforeAll(() => loadShellMessages('en'));
afterEach(cleanup);

function renderSupport(locale: 'cs' | 'en') {
  const stores = createPortalStores({
    path: '/support',
    locale,
    catalogue: [
      sampleEntry({
        id: 'telc',
        name: { cs: 'Portál občana města Telč', en: 'Citizen Portal of Telč' },
        support: { email: 'tp_portal@telc.eu', phone: '+420 567 112 411' },
      }),
    ],
    catalogueSource: 'server',
  });
  render(<App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1" />);
  return within(screen.getByRole('main'));
}

describe('technical support', () => {
  it('gives the portal’s own contact and hours first, every contact a link', () => {
    const main = renderSupport('cs');
    const portal = main.getByRole('region', { name: 'Technická podpora Portálu občana' });
    expect(within(portal).getByRole('link', { name: 'podpora@portal.gov.cz' }).getAttribute('href')).toBe(
      'mailto:podpora@portal.gov.cz',
    );
    expect(within(portal).getByRole('link', { name: '+420 227 023 502' }).getAttribute('href')).toBe(
      'tel:+420227023502',
    );
    expect(portal.textContent).toContain('Pracovní dny 8:00–17:00');
  });

  it('lists each service’s support with mailto: and tel: links, in English too', () => {
    const main = renderSupport('en');
    const services = main.getByRole('region', { name: 'Technical support of the services' });
    const item = services.querySelector('[data-support="telc"]') as HTMLElement;
    expect(item.textContent).toContain('Citizen Portal of Telč');
    expect(
      within(item)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['mailto:tp_portal@telc.eu', 'tel:+420567112411']);
    expect(main.getByRole('region', { name: 'Citizen Portal technical support' })).toBeTruthy();
  });

  it('builds the links without spaces and with an encoded subject', () => {
    expect(telHref('+420 227 023 502')).toBe('tel:+420227023502');
    expect(mailtoHref('a@b.cz')).toBe('mailto:a@b.cz');
    expect(mailtoHref('a@b.cz', 'Přístupnost & co')).toBe('mailto:a@b.cz?subject=P%C5%99%C3%ADstupnost%20%26%20co');
  });
});

import { sampleEntry } from '@czp/mocks';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { provideAllPages } from '../routing/all-pages.js';
import { setServiceTitle } from '../routing/page-title.js';
import { createPortalStores } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

afterEach(cleanup);

function renderAt(path: string) {
  const stores = createPortalStores({
    path,
    locale: 'cs',
    catalogue: [sampleEntry({ id: 'telc', name: { cs: 'Portál občana města Telč', en: 'Citizen Portal of Telč' } })],
    catalogueSource: 'server',
  });
  render(<App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1.2.3" />);
  return stores;
}

describe('the frame (issue 16)', () => {
  it('has footer links to the statement, cookies, support and the catalogue, and the version', () => {
    renderAt('/');
    const footer = screen.getByRole('contentinfo');
    const nav = within(footer).getByRole('navigation', { name: 'O portálu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['/accessibility', '/cookies', '/support', '/services']);
    expect(footer.textContent).toContain('Verze 1.2.3');
  });

  it('titles the tab "<title> – <service> – Portál občana" when the remote names its page, and back on null', () => {
    const stores = renderAt('/services/telc/trade-licence');
    expect(document.title).toBe('Portál občana města Telč – Portál občana');
    act(() => setServiceTitle(stores, 'telc', 'Ohlášení živnosti'));
    expect(document.title).toBe('Ohlášení živnosti – Portál občana města Telč – Portál občana');
    act(() => setServiceTitle(stores, 'telc', null));
    expect(document.title).toBe('Portál občana města Telč – Portál občana');
  });
});

import { BOOT_DATA_ELEMENT_ID, type BootData } from '@czp/contract';
import { sampleCatalogue } from '@czp/mocks';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { loadShellMessages } from '../i18n/messages.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

/** The page's boot data as the server writes it, with or without a preview. */
function writeBoot(preview?: unknown) {
  const boot: Omit<BootData, 'preview'> & { preview?: unknown } = {
    catalogue: sampleCatalogue,
    locale: 'cs',
    csrfToken: 'tok3n',
    version: '1',
    session: SIGNED_OUT,
    myServices: [],
    cspNonce: 'n',
    ...(preview === undefined ? {} : { preview }),
  };
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = BOOT_DATA_ELEMENT_ID;
  script.textContent = JSON.stringify(boot);
  document.body.append(script);
}

async function renderFrame(locale: 'cs' | 'en', path = '/services/telc') {
  const stores = createPortalStores({
    path,
    search: '?tab=2',
    locale,
    csrfToken: 'tok3n',
    catalogue: sampleCatalogue.services,
    catalogueSource: 'server',
  });
  await act(async () => {
    render(<App stores={stores} actions={fakeActions()} outlets={null} version="1" />);
  });
}

beforeAll(() => loadShellMessages('en'));
afterEach(() => {
  cleanup();
  document.getElementById(BOOT_DATA_ELEMENT_ID)?.remove();
});

describe('the preview banner', () => {
  it('says which service comes from where, above the header, with the way back as a form carrying the CSRF token', async () => {
    writeBoot({ serviceId: 'telc', origin: 'http://localhost:5174' });
    await renderFrame('cs');
    const banner = screen.getByTestId('preview-banner');
    expect(banner.textContent).toContain('Služba Portál občana telc se načítá z localhost:5174 (náhled pro vývojáře)');
    const button = within(banner).getByRole('button', { name: 'Vrátit zveřejněnou verzi' });
    const form = button.closest('form') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/preview/end');
    expect(Object.fromEntries(new FormData(form))).toEqual({ _csrf: 'tok3n', returnTo: '/services/telc?tab=2' });
    // Before the header: seen on every page, first.
    const header = document.querySelector('header') as HTMLElement;
    expect(banner.compareDocumentPosition(header) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is in English on an English page, on any page of the portal', async () => {
    writeBoot({ serviceId: 'znojmo', origin: 'http://127.0.0.1:3000' });
    await renderFrame('en', '/');
    const banner = screen.getByTestId('preview-banner');
    expect(banner.textContent).toContain(
      'Service Citizen Portal of znojmo comes from 127.0.0.1:3000 (developer preview)',
    );
    expect(within(banner).getByRole('button', { name: 'Back to the published version' })).toBeTruthy();
  });

  it('is not there without a preview, or with one that is not an origin', async () => {
    for (const preview of [undefined, { serviceId: 'telc', origin: 'javascript:alert(1)' }, { serviceId: 'telc' }]) {
      writeBoot(preview);
      await renderFrame('cs');
      expect(screen.queryByTestId('preview-banner'), JSON.stringify(preview)).toBeNull();
      cleanup();
      document.getElementById(BOOT_DATA_ELEMENT_ID)?.remove();
    }
  });
});

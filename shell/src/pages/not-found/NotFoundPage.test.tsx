import { sampleEntry } from '@czp/mocks';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../App.js';
import { provideAllPages } from '../../routing/all-pages.js';
import { createPortalStores } from '../../state/portal-store.js';
import { fakeActions } from '../../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

afterEach(cleanup);

describe('the 404 page', () => {
  it('has one heading, the page’s h1, and a way home', () => {
    const stores = createPortalStores({
      path: '/no-such-page',
      locale: 'cs',
      catalogue: [sampleEntry({ id: 'telc' })],
      catalogueSource: 'server',
    });
    render(<App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1" />);
    const main = screen.getByRole('main');
    expect(
      within(main)
        .getAllByRole('heading')
        .map((h) => [h.tagName, h.textContent]),
    ).toEqual([['H1', 'Stránka nenalezena']]);
    expect(main.textContent).toContain('Stránka /no-such-page neexistuje.');
    expect(within(main).getByRole('link', { name: 'Na úvodní stránku' }).getAttribute('href')).toBe('/');
  });
});

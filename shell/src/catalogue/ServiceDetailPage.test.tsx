import { sampleEntry } from '@czp/mocks';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

afterEach(cleanup);

describe('a service’s page in the catalogue', () => {
  it('gives the day of publication in Prague, as the server (UTC) and any browser would write it', () => {
    const stores = createPortalStores({
      path: '/catalogue/telc',
      locale: 'cs',
      // 23:30 UTC on 2 December is 3 December in Prague.
      catalogue: [sampleEntry({ id: 'telc', publishedAt: '2026-12-02T23:30:00.000Z' })],
      catalogueSource: 'server',
    });
    render(<App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1" />);
    expect(screen.getByText('3. prosince 2026')).toBeTruthy();
  });
});

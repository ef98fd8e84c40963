import type { SessionView } from '@czp/contract';
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

afterEach(() => vi.restoreAllMocks());

const T = Date.parse('2026-12-03T10:00:00.000Z');

function app(expiresInMs: number) {
  const session: SessionView = {
    ...SIGNED_OUT,
    person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'high' },
    consent: 'given',
    expiresAt: new Date(T + expiresInMs).toISOString(),
  };
  const stores = createPortalStores({
    path: '/cookies',
    session,
    locale: 'cs',
    catalogue: [],
    catalogueSource: 'server',
  });
  return <App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1" />;
}

describe('the session expiry warning and hydration', () => {
  it('hydrates what the server drew though the clock moved on (a page restored from the cache on Back)', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(T);
    const html = renderToString(app(15 * 60_000));
    expect(html).not.toContain('14:');
    expect(html).not.toContain('<dialog');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    // The browser hydrates the same boot data seven minutes later.
    vi.spyOn(Date, 'now').mockReturnValue(T + 7 * 60_000 + 13_000);
    const recoverable: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, app(15 * 60_000), { onRecoverableError: (error) => recoverable.push(error) }),
    );
    expect(recoverable).toEqual([]);
    act(() => root.unmount());
    container.remove();
  });

  it('still warns once hydrated when the end is near', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(T);
    const container = document.createElement('div');
    container.innerHTML = renderToString(app(90_000));
    document.body.append(container);
    const root = await act(async () => hydrateRoot(container, app(90_000)));
    // The warning's chunk is fetched once hydrated, for a signed-in citizen.
    await vi.waitFor(() => expect(container.querySelector('dialog')?.textContent).toContain('1:30'));
    act(() => root.unmount());
    container.remove();
  });
});

import type { SessionView } from '@czp/contract';
import { sampleCatalogue, sampleEntry } from '@czp/mocks';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores, endSession, SIGNED_OUT } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

const jan = (overrides: Partial<SessionView> = {}): SessionView => ({
  ...SIGNED_OUT,
  person: { id: 'a1b2', name: 'Jan Novák', levelOfAssurance: 'substantial' },
  consent: 'given',
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  developmentIdentityProvider: true,
  ...overrides,
});

const actions = fakeActions;

function renderPortal(path: string, session: SessionView, shellActions = actions(), search = '') {
  const catalogue = [
    ...sampleCatalogue.services.filter((s) => s.id !== 'znojmo'),
    sampleEntry({ id: 'znojmo', requiredLevel: 'high' }),
  ];
  const stores = createPortalStores({
    path,
    search,
    session,
    csrfToken: 'csrf-1',
    locale: 'cs',
    catalogue,
    catalogueSource: 'server',
  });
  const view = render(<App stores={stores} actions={shellActions} outlets={null} version="1.0.0" />);
  return { ...view, stores, actions: shellActions };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the header', () => {
  it('offers login that comes back to the page when nobody is signed in', () => {
    renderPortal('/services', SIGNED_OUT);
    const login = within(screen.getByRole('banner')).getByRole('link', { name: 'Přihlásit se' });
    expect(login.getAttribute('href')).toBe('/auth/login?returnTo=%2Fservices');
    expect(screen.queryByTestId('dev-idp-banner')).toBeNull();
  });

  it('shows the signed-in person, their level, a logout form and the development provider banner', () => {
    const { container } = renderPortal('/', jan());
    const account = screen.getByRole('region', { name: 'Přihlášená osoba' });
    expect(within(account).getByText('Jan Novák')).toBeTruthy();
    expect(within(account).getByText('Úroveň ověření: značná')).toBeTruthy();
    expect(within(account).getByRole('button', { name: 'Odhlásit se' })).toBeTruthy();
    expect(container.querySelector<HTMLInputElement>('form[action="/auth/logout"] input[name="_csrf"]')?.value).toBe(
      'csrf-1',
    );
    expect(screen.getByTestId('dev-idp-banner').textContent).toMatch(/vývojového poskytovatele identity/);
  });
});

describe('personal pages', () => {
  it('ask for a login, then for the consent, then show themselves', () => {
    const gated = renderPortal('/data-box', SIGNED_OUT);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Datová schránka');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'Přihlásit se' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fdata-box',
    );
    gated.unmount();

    renderPortal('/data-box', jan({ consent: 'declined' }));
    expect(within(screen.getByRole('main')).getByText(/potřebuje váš souhlas/)).toBeTruthy();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Udělit souhlas' }).getAttribute('href')).toBe(
      '/consent?returnTo=%2Fdata-box',
    );
  });

  it('shows the section to a signed-in person who consented', () => {
    renderPortal('/data-box', jan());
    expect(within(screen.getByRole('main')).queryByRole('link', { name: 'Přihlásit se' })).toBeNull();
    expect(screen.getByText('Tato sekce se připravuje')).toBeTruthy();
  });
});

describe('a service that requires a high level of assurance', () => {
  it('asks to log in at that level when nobody is signed in, and draws no outlet', () => {
    const { container } = renderPortal('/services/znojmo', SIGNED_OUT);
    const section = container.querySelector('section[data-service-id="znojmo"]');
    expect(section?.getAttribute('data-service-state')).toBe('gated');
    expect(container.querySelector('[data-czp-outlet]')).toBeNull();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Přihlásit se' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fservices%2Fznojmo&level=high',
    );
  });

  it('asks a substantial session to step up, and returns to the service', () => {
    const { container } = renderPortal('/services/znojmo', jan());
    expect(screen.getByRole('heading', { name: 'Služba vyžaduje silnější přihlášení' })).toBeTruthy();
    expect(screen.getByText(/vyžaduje úroveň ověření vysoká, vy jste přihlášeni s úrovní značná/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Přihlásit se silnějším způsobem' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fservices%2Fznojmo&level=high',
    );
    expect(container.querySelector('[data-czp-outlet]')).toBeNull();
  });

  it('opens for a high session', () => {
    const { container } = renderPortal(
      '/services/znojmo',
      jan({ person: { id: 'a1b2', name: 'Jan Novák', levelOfAssurance: 'high' } }),
    );
    expect(container.querySelector('[data-czp-outlet="znojmo"]')).not.toBeNull();
  });

  it('leaves public services open to anyone', () => {
    const { container } = renderPortal('/services/telc', SIGNED_OUT);
    expect(container.querySelector('[data-czp-outlet="telc"]')).not.toBeNull();
  });
});

describe('the login page', () => {
  it('explains why a login did not complete, and offers to try again', () => {
    renderPortal('/login', SIGNED_OUT, actions(), '?error=expired&returnTo=%2Fdata');
    expect(screen.getByRole('alert').textContent).toBe(
      'Přihlášení vypršelo nebo už bylo jednou použito. Začněte prosím znovu.',
    );
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Přihlásit se' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fdata',
    );
  });

  it('after a too weak login asks for the high level again', () => {
    renderPortal('/login', SIGNED_OUT, actions(), '?error=level-too-low&returnTo=%2Fservices%2Fznojmo');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Přihlásit se' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fservices%2Fznojmo&level=high',
    );
  });

  it('ignores unknown errors and foreign return addresses', () => {
    renderPortal('/login', SIGNED_OUT, actions(), '?error=<b>x</b>&returnTo=https://evil.example');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Přihlásit se' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2F',
    );
  });
});

describe('the consent page', () => {
  it('saves the consent and goes back to where the citizen was going', async () => {
    const shell = actions();
    renderPortal('/consent', jan({ consent: 'pending' }), shell, '?returnTo=%2Fdata-box');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Souhlas se zpracováním osobních údajů');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Souhlasím' })));
    expect(shell.saveConsent).toHaveBeenCalledWith('given');
    expect(shell.navigate).toHaveBeenCalledWith('/data-box');
  });

  it('never leaves the portal, whatever returnTo says (backslash, tab, dot segments, encoded dots)', async () => {
    for (const evil of [
      '%2F%5Cevil.example%2Fphish',
      '/%5Cevil.example/phish',
      '/%09/evil.example',
      '/%09evil.example',
      '/.//evil.example',
      '/..//evil.example',
      '/x/..//evil.example',
      '/%252e//evil.example',
      '//evil.example',
      'https://evil.example',
    ]) {
      const shell = actions();
      const { unmount } = renderPortal('/consent', jan({ consent: 'pending' }), shell, `?returnTo=${evil}`);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Souhlasím' })));
      expect(shell.navigate, evil).toHaveBeenCalledWith('/');
      unmount();
    }
  });

  it('says what declining means, and says so when saving failed', async () => {
    const shell = actions({ saveConsent: vi.fn(async () => false) });
    renderPortal('/consent', jan({ consent: 'pending' }), shell);
    expect(screen.getByText(/Bez souhlasu můžete dál používat veřejné služby/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Nesouhlasím' })));
    expect(screen.getByRole('status').textContent).toBe('Odpověď se nepodařilo uložit. Zkuste to prosím znovu.');
    expect(shell.navigate).not.toHaveBeenCalled();
  });

  it('lets a citizen who declined go on to where they were going', async () => {
    const shell = actions();
    renderPortal('/consent', jan({ consent: 'pending' }), shell, '?returnTo=%2Fservices%2Ftelc');
    expect(screen.queryByRole('link', { name: 'Pokračovat bez souhlasu' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Nesouhlasím' })));
    expect(shell.saveConsent).toHaveBeenCalledWith('declined');
    const go = screen.getByRole('link', { name: 'Pokračovat bez souhlasu' });
    expect(go.getAttribute('href')).toBe('/services/telc');
    fireEvent.click(go);
    expect(shell.navigate).toHaveBeenCalledWith('/services/telc');
  });
});

describe('session expiry', () => {
  it('warns two minutes before the end, lets the citizen stay, and says when the session has ended', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-27T09:00:00.000Z') });
    const shell = actions();
    const { stores } = renderPortal('/data-box', jan({ expiresAt: '2026-11-27T09:15:00.000Z' }), shell);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await act(async () => vi.advanceTimersByTime(13 * 60_000 + 1000));
    const dialog = screen.getByRole('alertdialog', { name: 'Přihlášení brzy vyprší' });
    expect(dialog.textContent).toContain('za 1:59 odhlásíme');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(dialog.textContent).toContain('za 1:58 odhlásíme');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Zůstat přihlášen' }));
    expect(shell.extendSession).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Odhlásit se' }));
    expect(shell.logout).toHaveBeenCalledTimes(1);

    await act(async () => vi.advanceTimersByTime(2 * 60_000));
    expect(shell.sessionEnded).toHaveBeenCalled();
    act(() => endSession(stores));
    expect(screen.getByRole('alert').textContent).toBe(
      'Byli jste odhlášeni po 15 minutách nečinnosti. Přihlaste se prosím znovu.',
    );
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Přihlásit se' })).toBeTruthy();
    expect(stores.host.getState().person).toBeNull();
  });
});

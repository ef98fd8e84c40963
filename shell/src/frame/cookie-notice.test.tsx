import { COOKIES, type ShellRenderContext } from '@czp/contract';
import { sampleCatalogue } from '@czp/mocks';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { render as renderOnServer } from '../entry-server.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';
import { cookieNoticeDismissed } from './cookie-notice.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

const actions = () => fakeActions();

afterEach(() => {
  cleanup();
  // biome-ignore lint/suspicious/noDocumentCookie: clearing the test's cookie.
  document.cookie = `${COOKIES.cookieNotice}=; Path=/; Max-Age=0`;
});

describe('the cookie notice', () => {
  it('reads the dismissal from a Cookie header or document.cookie', () => {
    expect(cookieNoticeDismissed('')).toBe(false);
    expect(cookieNoticeDismissed('czp_cookie_notice=1')).toBe(true);
    expect(cookieNoticeDismissed('czp_locale=en; czp_cookie_notice=1; other=2')).toBe(true);
    expect(cookieNoticeDismissed('czp_cookie_notice=10')).toBe(false);
    expect(cookieNoticeDismissed('xczp_cookie_notice=1')).toBe(false);
  });

  it('is a labelled region between the navigation and the page, with a link to the cookies page; dismissed, it goes and is remembered', async () => {
    const stores = createPortalStores({
      path: '/',
      locale: 'cs',
      catalogue: sampleCatalogue.services,
      catalogueSource: 'server',
      cookieNotice: true,
    });
    const shellActions = actions();
    render(<App stores={stores} actions={shellActions} outlets={null} version="1" />);
    const bar = screen.getByRole('region', { name: 'Informace o cookies' });
    // After the header (the skip link stays the first stop of the keyboard), before the page's content.
    const nav = screen.getByRole('navigation', { name: 'Hlavní navigace' });
    expect(nav.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bar.compareDocumentPosition(screen.getByRole('main')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(within(bar).getByRole('link', { name: 'Více o cookies' }));
    expect(shellActions.navigate).toHaveBeenCalledWith('/cookies');
    await act(async () => fireEvent.click(within(bar).getByRole('button', { name: 'Rozumím' })));
    expect(screen.queryByRole('region', { name: 'Informace o cookies' })).toBeNull();
    expect(stores.portal.getState().cookieNotice).toBe(false);
    expect(cookieNoticeDismissed(document.cookie)).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });

  it('is rendered on the server until the request carries the dismissal', () => {
    const ctx: ShellRenderContext = {
      catalogue: sampleCatalogue,
      locale: 'cs',
      version: '1',
      session: SIGNED_OUT,
      csrfToken: '',
      myServices: [],
      cookieNoticeDismissed: false,
      theme: null,
    };
    expect(renderOnServer('/', ctx).html).toContain('aria-label="Informace o cookies"');
    expect(renderOnServer('/', { ...ctx, cookieNoticeDismissed: true }).html).not.toContain('Informace o cookies');
  });
});

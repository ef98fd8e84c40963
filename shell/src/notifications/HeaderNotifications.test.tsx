import type { Locale, SessionView } from '@czp/contract';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../App.js';
import { loadShellMessages } from '../i18n/messages.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';
import { POLL_INTERVAL_MS } from './HeaderNotifications.js';
import { NotificationsTransportContext } from './notifications-api.js';
import { expectNoAxeViolations, fakeNotifications, notification, testTransport } from './test-server.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

const server = setupServer();
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await loadShellMessages('en');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const jan = (overrides: Partial<SessionView> = {}): SessionView => ({
  ...SIGNED_OUT,
  person: { id: 'a1b2', name: 'Jan Novák', levelOfAssurance: 'substantial' },
  consent: 'given',
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  ...overrides,
});

function renderPortal(session: SessionView, locale: Locale = 'cs') {
  const stores = createPortalStores({
    path: '/',
    session,
    csrfToken: 'csrf-1',
    locale,
    catalogue: [],
    catalogueSource: 'server',
  });
  const actions = fakeActions({}, stores);
  const view = render(
    <NotificationsTransportContext.Provider value={testTransport()}>
      <App stores={stores} actions={actions} outlets={null} version="1.0.0" />
    </NotificationsTransportContext.Provider>,
  );
  return { ...view, stores, actions, banner: () => within(screen.getByRole('banner')) };
}

describe('the notification centre in the header', () => {
  it('shows the unread count in the button’s name, in Czech and English forms', async () => {
    const fake = fakeNotifications([notification('1'), notification('2'), notification('3')]);
    server.use(...fake.handlers);
    const { banner } = renderPortal(jan());
    expect(await banner().findByRole('button', { name: 'Oznámení, 3 nepřečtená' })).toBeTruthy();
    cleanup();
    fake.items.splice(1);
    renderPortal(jan());
    expect(await screen.findByRole('button', { name: 'Oznámení, 1 nepřečtené' })).toBeTruthy();
    cleanup();
    fake.items.push(...['2', '3', '4', '5'].map((id) => notification(id)));
    renderPortal(jan(), 'en');
    expect(await screen.findByRole('button', { name: 'Notifications, 5 unread' })).toBeTruthy();
    cleanup();
    renderPortal(jan());
    expect(await screen.findByRole('button', { name: 'Oznámení, 5 nepřečtených' })).toBeTruthy();
  });

  it('is not there for someone signed out or without consent, and asks the server nothing', async () => {
    const fake = fakeNotifications([notification('1')]);
    server.use(...fake.handlers);
    renderPortal(SIGNED_OUT);
    expect(screen.queryByRole('button', { name: /Oznámení/ })).toBeNull();
    cleanup();
    renderPortal(jan({ consent: 'pending' }));
    expect(screen.queryByRole('button', { name: /Oznámení/ })).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls).toEqual([]);
  });

  it('opens the latest: unread ones labelled, dates by locale, links to their targets; axe-clean', async () => {
    const fake = fakeNotifications([
      notification('TEL-2026-000042'),
      notification('old', { readAt: '2026-12-03T09:20:00.000Z', createdAt: '2026-11-30T08:00:00.000Z' }),
    ]);
    server.use(...fake.handlers);
    const { container, banner } = renderPortal(jan());
    const button = await banner().findByRole('button', { name: 'Oznámení, 1 nepřečtené' });
    fireEvent.click(button);
    const list = await screen.findByRole('list', { name: 'Oznámení' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Nové');
    expect(second?.textContent).not.toContain('Nové');
    expect(first?.querySelector('time')?.textContent).toMatch(/^3\. prosince 2026/);
    expect(second?.querySelector('time')?.textContent).toMatch(/^30\. listopadu 2026/);
    const link = within(list).getByRole('link', { name: /Vaše podání TEL-2026-000042 bylo přijato/ });
    expect(link.getAttribute('href')).toBe('/services/submissions/TEL-2026-000042');
    expect(screen.getByRole('link', { name: 'Nastavení oznámení' }).getAttribute('href')).toBe(
      '/settings/notifications',
    );
    await expectNoAxeViolations(container);
  });

  it('marks an entry read when followed, and navigates to it', async () => {
    const fake = fakeNotifications([notification('a'), notification('b')]);
    server.use(...fake.handlers);
    const { actions, banner } = renderPortal(jan(), 'en');
    fireEvent.click(await banner().findByRole('button', { name: 'Notifications, 2 unread' }));
    const link = await screen.findByRole('link', { name: /Your application a was accepted/ });
    fireEvent.click(link);
    expect(actions.navigate).toHaveBeenCalledWith('/services/submissions/a');
    await waitFor(() => expect(fake.calls).toContain('POST /a/read'));
    expect(await banner().findByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
  });

  it('marks all read', async () => {
    const fake = fakeNotifications([notification('a'), notification('b')]);
    server.use(...fake.handlers);
    const { banner } = renderPortal(jan());
    fireEvent.click(await banner().findByRole('button', { name: 'Oznámení, 2 nepřečtená' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Označit vše jako přečtené' }));
    expect(await banner().findByRole('button', { name: 'Oznámení' })).toBeTruthy();
    expect(fake.calls).toContain('POST /read-all');
    expect(screen.queryByText('Nové')).toBeNull();
  });

  it('closes on Escape and gives focus back to the button', async () => {
    server.use(...fakeNotifications([notification('a')]).handlers);
    const { banner } = renderPortal(jan());
    const button = await banner().findByRole('button', { name: 'Oznámení, 1 nepřečtené' });
    fireEvent.click(button);
    const link = await screen.findByRole('link', { name: /Vaše podání a/ });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('asks for the count every minute while the page is visible, and not while hidden', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fake = fakeNotifications([notification('a')]);
    server.use(...fake.handlers);
    const { banner } = renderPortal(jan());
    expect(await banner().findByRole('button', { name: 'Oznámení, 1 nepřečtené' })).toBeTruthy();
    const counted = () => fake.calls.filter((call) => call === 'GET /unread-count').length;
    expect(counted()).toBe(1);
    fake.items.push(notification('b'));
    await act(async () => {
      vi.advanceTimersByTime(POLL_INTERVAL_MS);
    });
    expect(await banner().findByRole('button', { name: 'Oznámení, 2 nepřečtená' })).toBeTruthy();
    expect(counted()).toBe(2);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      vi.advanceTimersByTime(3 * POLL_INTERVAL_MS);
    });
    expect(counted()).toBe(2);
    hidden.mockRestore();
  });
});

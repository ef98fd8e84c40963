import type { Locale, SessionView } from '@czp/contract';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../App.js';
import { loadShellMessages } from '../../i18n/messages.js';
import { NotificationsTransportContext } from '../../notifications/notifications-api.js';
import { expectNoAxeViolations, fakeNotifications, testTransport } from '../../notifications/test-server.js';
import { provideAllPages } from '../../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../../state/portal-store.js';
import { fakeActions } from '../../test/fake-actions.js';

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
});
afterAll(() => server.close());

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'a1b2', name: 'Jan Novák', levelOfAssurance: 'substantial' },
  consent: 'given',
  expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
};

function renderPage(locale: Locale = 'cs', session = jan) {
  const stores = createPortalStores({
    path: '/settings/notifications',
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
  return { ...view, actions, main: () => within(screen.getByRole('main')) };
}

describe('Settings → Notifications', () => {
  it('without verified contacts: the portal fixed on, e-mail and SMS off with a link to PROFILE; axe-clean', async () => {
    server.use(...fakeNotifications([]).handlers);
    const { container, main, actions } = renderPage();
    const group = await main().findByRole('group', { name: 'Změna stavu podání' });
    const portal = within(group).getByRole('checkbox', { name: 'V portálu (vždy zapnuto)' }) as HTMLInputElement;
    expect(portal.checked && portal.disabled).toBe(true);
    const email = within(group).getByRole('checkbox', { name: 'E-mailem (nemáte ověřený e-mail)' }) as HTMLInputElement;
    expect(email.disabled).toBe(true);
    expect(within(group).getByRole('checkbox', { name: 'SMS (nemáte ověřený telefon)' })).toBeTruthy();
    const profile = main().getByRole('link', { name: 'Ověřit e-mail a telefon v PROFILU' });
    expect(profile.getAttribute('href')).toBe('/services/my-data/profile');
    fireEvent.click(profile);
    expect(actions.navigate).toHaveBeenCalledWith('/services/my-data/profile');
    expect(main().getAllByRole('group')).toHaveLength(4);
    await expectNoAxeViolations(container);
  });

  it('shows the verified contacts and saves the choices per kind', async () => {
    const fake = fakeNotifications([], { email: 'jan@example.cz', phone: '+420 601 123 456' });
    server.use(...fake.handlers);
    const { main, container } = renderPage('en');
    const group = await main().findByRole('group', { name: 'A document about to expire' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'By e-mail to jan@example.cz' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'By SMS to +420 601 123 456' }));
    expect(main().queryByRole('link', { name: /PROFILE/ })).toBeNull();
    fireEvent.click(main().getByRole('button', { name: 'Save settings' }));
    expect(await main().findByText('Your notification settings are saved.')).toBeTruthy();
    const put = fake.calls.find((call) => call.startsWith('PUT'));
    expect(JSON.parse(put?.slice('PUT /settings '.length) ?? '{}')['document-expiry']).toEqual({
      email: true,
      sms: true,
    });
    expect(fake.settings.choices['document-expiry']).toEqual({ email: true, sms: true });
    expect(fake.settings.choices.reminder).toEqual({ email: false, sms: false });
    await expectNoAxeViolations(container);
  });

  it('shows the server’s refusal next to its field and in the summary', async () => {
    const fake = fakeNotifications([], { email: 'jan@example.cz', phone: null });
    // The e-mail was removed in PROFILE in another tab: the server refuses the stale choice.
    fake.refuseNext = {
      status: 400,
      body: {
        error: 'contact-not-verified',
        message: 'Verify your e-mail in PROFILE first: e-mail notices go only to a verified address.',
        field: 'reminder.email',
      },
    };
    server.use(...fake.handlers);
    const { main } = renderPage();
    const group = await main().findByRole('group', { name: 'Vlastní připomínky' });
    const email = within(group).getByRole('checkbox', { name: 'E-mailem na jan@example.cz' });
    fireEvent.click(email);
    fireEvent.click(main().getByRole('button', { name: 'Uložit nastavení' }));
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(within(group).getByText('Nejdřív ověřte svůj e-mail v PROFILU.')).toBeTruthy();
    const summary = main().getByRole('link', { name: /Vlastní připomínky: Nejdřív ověřte svůj e-mail v PROFILU\./ });
    expect(summary.getAttribute('href')).toBe(`#${email.id}`);
    expect(main().queryByText('Nastavení oznámení je uloženo.')).toBeNull();
  });

  it('asks a signed-out visitor to log in, and loads nothing', async () => {
    const fake = fakeNotifications([]);
    server.use(...fake.handlers);
    const { main } = renderPage('cs', SIGNED_OUT);
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe('Notifikace');
    expect(main().getByRole('link', { name: 'Přihlásit se' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls).toEqual([]);
  });
});

import type { ServiceMetadata } from '@czp/contract';
import { defineRemote, useHost, useHostState, useServicePath } from '@czp/remote-sdk';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Emulator } from './Emulator.js';
import { createEmulatorHost } from './host.js';
import { PEOPLE } from './people.js';
import { createEmulatorStores } from './store.js';

/** A remote as a municipality writes one: routes on its path, greets the person, notifies and navigates. */
function Fixture() {
  const { locale, person } = useHostState();
  const host = useHost();
  const { path, go } = useServicePath();
  return (
    <div>
      <h2>{locale === 'cs' ? 'Hlášení závad' : 'Fault reports'}</h2>
      <p data-testid="route">{path}</p>
      <p data-testid="person">{person ? person.name : 'anonymous'}</p>
      <button type="button" onClick={() => host.notify({ kind: 'success', message: 'Odesláno' })}>
        notify
      </button>
      <button type="button" onClick={() => go('/receipt')}>
        receipt
      </button>
      <button type="button" onClick={() => host.navigate('/data-box')}>
        data box
      </button>
      <button type="button" onClick={() => host.setBadge(3)}>
        badge
      </button>
    </div>
  );
}

/** The same remote after an edit. */
function Edited() {
  return <h2>Upraveno</h2>;
}

const metadata: ServiceMetadata = {
  id: 'kutna-hora',
  issuer: { id: 'mesto-kutna-hora', name: { cs: 'Město Kutná Hora', en: 'Town of Kutná Hora' }, ico: '00236195' },
  name: { cs: 'Hlášení závad', en: 'Report a fault' },
  description: { cs: 'Nahlaste závadu ve městě.', en: 'Report a fault in the town.' },
  category: 'municipality',
  support: { email: 'podatelna@mu.kutnahora.cz', phone: '+420 327 710 111' },
};

function renderEmulator(overrides: Partial<ServiceMetadata> = {}, person = PEOPLE[1]?.person ?? null) {
  const stores = createEmulatorStores({
    locale: 'cs',
    host: person,
    frame: { path: '/services/kutna-hora' },
  });
  const host = createEmulatorHost('kutna-hora', stores);
  render(
    <Emulator
      lifecycles={defineRemote(Fixture)}
      metadata={{ ...metadata, ...overrides }}
      stores={stores}
      host={host}
    />,
  );
  return { stores };
}

const outlet = () => document.querySelector<HTMLElement>('[data-czp-outlet="kutna-hora"]') as HTMLElement;
// Mounting goes through promises (bootstrap, mount, single-spa-react's render): slow on a busy machine.
const WAIT = { timeout: 5_000 };
const mounted = () => within(outlet()).findByRole('heading', { level: 2 }, WAIT);

beforeEach(() => window.history.replaceState(null, '', '/services/kutna-hora'));
afterEach(cleanup);

describe('the portal emulator', () => {
  it('mounts the remote through its lifecycles under the service’s header in the portal frame', async () => {
    renderEmulator();
    expect((await mounted()).textContent).toBe('Hlášení závad');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hlášení závad');
    expect(screen.getByText('Vydává: Město Kutná Hora')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Hlavní navigace' })).toBeTruthy();
    // mount() resolves after the remote's first render (single-spa-react waits for componentDidMount).
    await waitFor(() => expect(outlet().dataset.czpRemoteState).toBe('mounted'), WAIT);
  });

  it('switches the language for the frame and the remote', async () => {
    renderEmulator();
    await mounted();
    fireEvent.click(within(screen.getByRole('group', { name: 'Jazyk' })).getByRole('button', { name: 'English' }));
    expect((await within(outlet()).findByRole('heading', { name: 'Fault reports' }, WAIT)).tagName).toBe('H2');
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('signs in the person the toolbar chooses, and signs out', async () => {
    renderEmulator();
    await mounted();
    expect(within(outlet()).getByTestId('person').textContent).toBe('Jan Novák');
    fireEvent.change(screen.getByLabelText('Osoba'), { target: { value: 'eva-substantial' } });
    expect(within(outlet()).getByTestId('person').textContent).toBe('Eva Svobodová');
    expect(screen.getByRole('region', { name: 'Přihlášená osoba' }).textContent).toContain('Úroveň ověření: značná');
    fireEvent.change(screen.getByLabelText('Osoba'), { target: { value: 'signed-out' } });
    expect(within(outlet()).getByTestId('person').textContent).toBe('anonymous');
    expect(screen.getByRole('link', { name: 'Přihlásit se' })).toBeTruthy();
  });

  it('shows notify() as a toast and setBadge() in the toolbar', async () => {
    renderEmulator();
    await mounted();
    fireEvent.click(within(outlet()).getByRole('button', { name: 'notify' }));
    fireEvent.click(within(outlet()).getByRole('button', { name: 'badge' }));
    expect(document.querySelector('.czp-toasts')?.textContent).toContain('Odesláno');
    expect(screen.getByText('Počet u služby: 3')).toBeTruthy();
  });

  it('navigates within the service (the remote re-renders for its route) and out of it', async () => {
    renderEmulator();
    await mounted();
    fireEvent.click(within(outlet()).getByRole('button', { name: 'receipt' }));
    expect(within(outlet()).getByTestId('route').textContent).toBe('/receipt');
    expect(document.querySelector('[data-czp-emulator-path]')?.textContent).toBe('/services/kutna-hora/receipt');
    expect(window.location.pathname).toBe('/services/kutna-hora/receipt');

    act(() => within(outlet()).getByRole('button', { name: 'data box' }).click());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Stránka portálu /data-box');
    expect(document.querySelector('[data-czp-outlet]')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Zpět na službu' }));
    expect(await mounted()).toBeTruthy();
  });

  it('keeps a service that requires a level closed until someone at that level is signed in', async () => {
    renderEmulator({ requiredLevel: 'high' });
    expect(screen.getByText(/vyžaduje úroveň ověření vysoká, přihlášená osoba má značná/)).toBeTruthy();
    expect(document.querySelector('[data-czp-outlet]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Přihlásit jako Jan Novák – úroveň ověření vysoká/ }));
    expect((await mounted()).textContent).toBe('Hlášení závad');
  });

  it('mounts new lifecycles in place of the old after a hot update of src/app.tsx', async () => {
    const stores = createEmulatorStores({ locale: 'cs', host: null, frame: { path: '/services/kutna-hora' } });
    const host = createEmulatorHost('kutna-hora', stores);
    const view = render(
      <Emulator lifecycles={defineRemote(Fixture)} metadata={metadata} stores={stores} host={host} />,
    );
    await mounted();
    view.rerender(<Emulator lifecycles={defineRemote(Edited)} metadata={metadata} stores={stores} host={host} />);
    expect((await within(outlet()).findByRole('heading', { name: 'Upraveno' }, WAIT)).tagName).toBe('H2');
    expect(within(outlet()).queryByText('Hlášení závad')).toBeNull();
  });

  it('switches the theme on the page', () => {
    renderEmulator();
    fireEvent.click(screen.getByRole('button', { name: 'Vysoký kontrast' }));
    expect(document.documentElement.dataset.czpTheme).toBe('high-contrast');
  });
});

import type { CatalogueEntry, SessionView } from '@czp/contract';
import { sampleEntry } from '@czp/mocks';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../App.js';
import { loadShellMessages } from '../i18n/messages.js';
import { provideAllPages } from '../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../state/portal-store.js';
import { fakeActions } from '../test/fake-actions.js';
import { SEARCH_URL_DELAY_MS } from './ServicesPage.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

const catalogue = [
  sampleEntry({
    id: 'telc',
    name: { cs: 'Portál občana města Telč', en: 'Citizen Portal of Telč' },
    region: 'Kraj Vysočina',
    dataReads: ['identity', 'address'],
    requiredLevel: 'substantial',
  }),
  sampleEntry({
    id: 'pribram',
    name: { cs: 'Portál občana Příbram', en: 'Citizen Portal of Příbram' },
    region: 'Středočeský kraj',
    description: { cs: '<script>alert(1)</script> Úřední hodiny', en: '<b>Office hours</b>' },
    logoUrl: '/remotes/pribram/1.0.0/logo.svg',
  }),
  sampleEntry({
    id: 'mpsv',
    category: 'ministry',
    name: { cs: 'Ministerstvo práce a sociálních věcí', en: 'Ministry of Labour and Social Affairs' },
    issuer: { id: 'mpsv', name: { cs: 'MPSV', en: 'MoLSA' }, ico: '00551023' },
  }),
];

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'high' },
  consent: 'given',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
};

function renderAt(
  path: string,
  options: {
    session?: SessionView;
    myServices?: string[];
    search?: string;
    catalogue?: CatalogueEntry[];
    locale?: 'cs' | 'en';
  } = {},
) {
  const stores = createPortalStores({
    path,
    search: options.search ?? '',
    session: options.session ?? SIGNED_OUT,
    myServices: options.myServices ?? [],
    csrfToken: 't',
    locale: options.locale ?? 'cs',
    catalogue: options.catalogue ?? catalogue,
    catalogueSource: 'server',
  });
  // The real actions over these stores: the citizen's services change as the server would answer.
  const actions = fakeActions({}, stores);
  // What entry-client does: the URL's query follows history changes.
  const sync = () => stores.portal.setState({ search: window.location.search });
  window.addEventListener('popstate', sync);
  const view = render(<App stores={stores} actions={actions} outlets={null} version="1" />);
  return { ...view, stores, actions, stop: () => window.removeEventListener('popstate', sync) };
}

beforeAll(() => loadShellMessages('en'));

/** The search is written to the URL once typing pauses. */
const typingPauses = () => act(() => new Promise((done) => setTimeout(done, SEARCH_URL_DELAY_MS + 20)));

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('the service catalogue', () => {
  it('lists every service; search ignores diacritics; filters narrow it', async () => {
    window.history.replaceState(null, '', '/services');
    const { stop } = renderAt('/services');
    const list = screen.getByRole('list', { name: 'Služby' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    // No service here draws a portal section: every section would be "being prepared", so none is listed.
    expect(screen.queryByRole('list', { name: 'Sekce portálu' })).toBeNull();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Hledat službu' }), { target: { value: 'pribram' } });
    await typingPauses();
    expect(window.location.search).toBe('?q=pribram');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.serviceTile),
    ).toEqual(['pribram']);
    expect(screen.getByText('Nalezeno služeb: 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zrušit filtry' }));
    fireEvent.change(screen.getByLabelText('Oblast'), { target: { value: 'ministry' } });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.serviceTile),
    ).toEqual(['mpsv']);
    fireEvent.change(screen.getByLabelText('Oblast'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Kraj'), { target: { value: 'Kraj Vysočina' } });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.dataset.serviceTile),
    ).toEqual(['telc']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Hledat službu' }), { target: { value: 'zzz' } });
    expect(screen.getByText('Hledání neodpovídá žádná služba. Zkuste jiné slovo nebo zrušte filtry.')).toBeTruthy();
    stop();
  });

  it('filters with each key but writes the URL (and the frame’s state) once typing pauses', async () => {
    window.history.replaceState(null, '', '/services');
    const { stores, stop } = renderAt('/services');
    const box = screen.getByRole('searchbox', { name: 'Hledat službu' }) as HTMLInputElement;
    const tiles = () =>
      within(screen.getByRole('list', { name: 'Služby' }))
        .getAllByRole('listitem')
        .map((li) => li.dataset.serviceTile);
    for (const text of ['t', 'te', 'tel', 'telc']) fireEvent.change(box, { target: { value: text } });
    expect(box.value).toBe('telc');
    expect(tiles()).toEqual(['telc']);
    expect(window.location.search).toBe('');
    expect(stores.portal.getState().search).toBe('');
    await typingPauses();
    expect(window.location.search).toBe('?q=telc');
    expect(stores.portal.getState().search).toBe('?q=telc');
    expect(box.value).toBe('telc');
    // Back to a URL without the search (the browser's back button): the field follows the URL.
    act(() => {
      window.history.replaceState(null, '', '/services');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(box.value).toBe('');
    expect(tiles()).toHaveLength(3);
    // A category is written at once, with what was typed so far.
    fireEvent.change(box, { target: { value: 'portal' } });
    fireEvent.change(screen.getByLabelText('Oblast'), { target: { value: 'municipality' } });
    expect(window.location.search).toBe('?q=portal&category=municipality');
    stop();
  });

  it('offers only the categories that have a service, and ignores another one in the URL', () => {
    window.history.replaceState(null, '', '/services?category=business');
    const { stop } = renderAt('/services', { search: '?category=business' });
    const options = [...(screen.getByLabelText('Oblast') as HTMLSelectElement).options].map((o) => o.value);
    expect(options).toEqual(['', 'municipality', 'ministry']);
    expect(within(screen.getByRole('list', { name: 'Služby' })).getAllByRole('listitem')).toHaveLength(3);
    stop();
  });

  it('lists the portal sections services draw once, searched with the services, the data box only as a service', () => {
    const mvcr = { id: 'mvcr', name: { cs: 'Ministerstvo vnitra', en: 'Ministry of the Interior' }, ico: '00007064' };
    const withPortal = [
      ...catalogue,
      sampleEntry({ id: 'my-data', category: 'portal', issuer: mvcr, name: { cs: 'Moje data', en: 'My data' } }),
      sampleEntry({
        id: 'data-box',
        category: 'portal',
        issuer: mvcr,
        name: { cs: 'Datová schránka', en: 'Data box' },
      }),
    ];
    window.history.replaceState(null, '', '/services');
    const { stop } = renderAt('/services', { catalogue: withPortal });
    const sections = () => screen.queryByRole('list', { name: 'Sekce portálu' });
    expect(
      within(sections() as HTMLElement)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Profil', '/services/my-data/profile'],
      ['Dokumenty', '/services/my-data/documents'],
    ]);
    expect(within(sections() as HTMLElement).getAllByText('Vydává: Ministerstvo vnitra')).toHaveLength(2);
    // The data box once: its service tile, with its one issuer.
    expect(within(screen.getByRole('main')).getAllByRole('link', { name: 'Datová schránka' })).toHaveLength(1);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Hledat službu' }), { target: { value: 'dokumenty' } });
    expect(within(sections() as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Hledat službu' }), { target: { value: 'telc' } });
    expect(sections()).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Sekce portálu' })).toBeNull();
    stop();
  });

  it('names the regions in English, keeps the Czech name as the filter’s value, and says "Issuer:"', () => {
    window.history.replaceState(null, '', '/services');
    const { container, stop } = renderAt('/services', { locale: 'en' });
    const region = screen.getByLabelText('Region') as HTMLSelectElement;
    expect([...region.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'All'],
      ['Středočeský kraj', 'Central Bohemian Region'],
      ['Kraj Vysočina', 'Vysočina Region'],
    ]);
    const tile = container.querySelector('[data-service-tile="telc"]') as HTMLElement;
    expect(tile.textContent).toContain('Vysočina Region');
    expect(tile.textContent).not.toContain('Kraj Vysočina');
    expect(tile.textContent).toContain('Issuer: Town of telc');
    fireEvent.change(region, { target: { value: 'Kraj Vysočina' } });
    expect(window.location.search).toBe('?region=Kraj+Vyso%C4%8Dina');
    stop();
  });

  it('signed out, offers to log in to add a service; a description with markup stays text', () => {
    const { container, stop } = renderAt('/services');
    const tile = container.querySelector('[data-service-tile="pribram"]') as HTMLElement;
    expect(within(tile).getByRole('link', { name: 'Přihlaste se a přidejte si službu' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fservices',
    );
    expect(tile.textContent).toContain('<script>alert(1)</script> Úřední hodiny');
    expect(container.querySelector('script')).toBeNull();
    stop();
  });
});

describe('a service’s page in the catalogue', () => {
  it('shows issuer, web, support, level and the data it reads; adds and removes with undo', async () => {
    const { actions, stores, stop } = renderAt('/catalogue/telc', { session: jan });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Portál občana města Telč');
    expect(screen.getByText('Město telc (IČO 00000000)')).toBeTruthy();
    expect(screen.getByText('značná')).toBeTruthy();
    expect(screen.getByText('identifikační údaje (jméno, datum narození)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'podpora@telc.example' }).getAttribute('href')).toBe(
      'mailto:podpora@telc.example',
    );
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Přidat službu: Portál občana města Telč' })),
    );
    expect(actions.addService).toHaveBeenCalledWith('telc');
    expect(stores.portal.getState().myServices).toEqual(['telc']);
    // Now in the navigation.
    expect(within(screen.getByRole('navigation', { name: 'Moje služby' })).getByRole('link').textContent).toBe(
      'Portál občana města Telč',
    );
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Odebrat službu: Portál občana města Telč' })),
    );
    expect(screen.getByText(/byla odebrána z vašich služeb. Vaše podání a zprávy zůstávají./)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Moje služby' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Vrátit zpět' })));
    expect(actions.addService).toHaveBeenLastCalledWith('telc', 0);
    expect(stores.portal.getState().myServices).toEqual(['telc']);
    stop();
  });
});

describe('a service not in the catalogue', () => {
  it('says so under one heading', () => {
    const { stop } = renderAt('/catalogue/brno');
    expect(screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent])).toEqual([
      ['H1', 'Stránka nenalezena'],
    ]);
    stop();
  });
});

describe('my services under the main tabs', () => {
  it('are a navigation titled "Moje služby" with a link per service, the current one marked', () => {
    const { stop } = renderAt('/services/mpsv/x', { session: jan, myServices: ['telc', 'mpsv'] });
    const nav = screen.getByRole('navigation', { name: 'Moje služby' });
    expect(within(nav).getByText('Moje služby').tagName).toBe('SPAN');
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Portál občana města Telč',
      'Ministerstvo práce a sociálních věcí',
    ]);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page']);
    expect(nav.textContent).not.toContain('›');
    stop();
  });
});

describe('my services on the home page', () => {
  it('are listed in their order and reordered and removed by buttons', async () => {
    const { actions, stop } = renderAt('/', { session: jan, myServices: ['telc', 'mpsv'] });
    const mine = screen.getByRole('region', { name: 'Moje služby' });
    expect(
      within(mine)
        .getAllByRole('listitem')
        .map((li) => li.dataset.myService),
    ).toEqual(['telc', 'mpsv']);
    // The first cannot move up: said (aria-disabled, still focusable) and refused.
    const firstUp = within(mine).getByRole('button', { name: 'Posunout výš: Portál občana města Telč' });
    expect(firstUp.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(firstUp);
    expect(actions.reorderServices).not.toHaveBeenCalled();
    await act(async () =>
      fireEvent.click(within(mine).getByRole('button', { name: 'Posunout výš: Ministerstvo práce a sociálních věcí' })),
    );
    expect(actions.reorderServices).toHaveBeenCalledWith(['mpsv', 'telc']);
    expect(
      within(mine)
        .getAllByRole('listitem')
        .map((li) => li.dataset.myService),
    ).toEqual(['mpsv', 'telc']);
    await act(async () =>
      fireEvent.click(within(mine).getByRole('button', { name: 'Odebrat službu: Portál občana města Telč' })),
    );
    expect(
      within(mine)
        .getAllByRole('listitem')
        .map((li) => li.dataset.myService),
    ).toEqual(['mpsv']);
    stop();
  });

  it('says how to add services when there are none', () => {
    const { stop } = renderAt('/', { session: jan });
    expect(screen.getByText(/Zatím nemáte žádné služby/)).toBeTruthy();
    stop();
  });
});

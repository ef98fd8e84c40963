import type { CatalogueEntry, DocumentView, Locale, SessionView, SubmissionSummary } from '@czp/contract';
import { janNovakSubmissions, sampleEntry } from '@czp/mocks';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../App.js';
import { PortalApi } from '../../api/api-client.js';
import { loadShellMessages } from '../../i18n/messages.js';
import { NotificationsTransportContext } from '../../notifications/notifications-api.js';
import { expectNoAxeViolations } from '../../notifications/test-server.js';
import { provideAllPages } from '../../routing/all-pages.js';
import { createPortalStores, SIGNED_OUT } from '../../state/portal-store.js';
import { fakeActions } from '../../test/fake-actions.js';
import { suggestedServices } from './HomePage.js';
import { HomeTransportContext } from './home-api.js';
import { expiringDocuments, unreadKey } from './OverviewBlocks.js';

// The server's way: every page's module at hand (the browser loads each page's chunk before showing it).
provideAllPages();

const ORIGIN = 'http://portal.test';
const transport = () => new PortalApi('csrf-1', (input, init) => fetch(new URL(String(input), ORIGIN), init));

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

const catalogue: CatalogueEntry[] = [
  sampleEntry({ id: 'my-data', name: { cs: 'Moje údaje', en: 'My data' } }),
  sampleEntry({ id: 'data-box', name: { cs: 'Datová schránka', en: 'Data box' } }),
  sampleEntry({ id: 'submissions', name: { cs: 'Podání', en: 'Submissions' } }),
  sampleEntry({ id: 'telc', name: { cs: 'Telč', en: 'Telč' } }),
  sampleEntry({ id: 'znojmo', name: { cs: 'Znojmo', en: 'Znojmo' } }),
  sampleEntry({ id: 'lysa', name: { cs: 'Lysá', en: 'Lysá' } }),
  sampleEntry({ id: 'pribram', name: { cs: 'Příbram', en: 'Příbram' } }),
];

const jan: SessionView = {
  ...SIGNED_OUT,
  person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'high' },
  consent: 'given',
  expiresAt: new Date(Date.now() + 600_000).toISOString(),
};

function document(overrides: Partial<DocumentView>): DocumentView {
  return {
    kind: 'id-card',
    number: '123456789',
    issuedOn: '2016-12-20',
    validUntil: '2026-12-20',
    issuer: { cs: 'Městský úřad Telč', en: 'Municipal Office of Telč' },
    state: 'expiring',
    daysLeft: 17,
    register: 'residents',
    ...overrides,
  };
}

const summaries = (): SubmissionSummary[] =>
  janNovakSubmissions().map(({ data: _d, history: _h, attachments: _a, conversationId: _c, actions: _x, ...s }) => s);

/** The three APIs the overview reads, answering as the server does (each may be replaced by a test). */
function handlers(
  options: { unread?: number; noBox?: boolean; documents?: DocumentView[]; submissions?: SubmissionSummary[] } = {},
) {
  return [
    http.get(`${ORIGIN}/api/notifications/unread-count`, () => HttpResponse.json({ unread: 0 })),
    http.get(`${ORIGIN}/api/services/data-box/box`, () =>
      HttpResponse.json(
        options.noBox
          ? { exists: false }
          : { exists: true, id: 'box-1', unread: options.unread ?? 2, quotaBytes: 100, usedBytes: 10 },
      ),
    ),
    http.get(`${ORIGIN}/api/services/my-data/documents`, () =>
      HttpResponse.json({ documents: options.documents ?? [document({})], unavailable: [] }),
    ),
    http.get(`${ORIGIN}/api/submissions`, () => HttpResponse.json({ submissions: options.submissions ?? summaries() })),
  ];
}

function renderHome(options: { session?: SessionView; myServices?: string[]; locale?: Locale } = {}) {
  const stores = createPortalStores({
    path: '/',
    session: options.session ?? jan,
    myServices: options.myServices ?? [],
    csrfToken: 'csrf-1',
    locale: options.locale ?? 'cs',
    catalogue,
    catalogueSource: 'server',
  });
  const actions = fakeActions({}, stores);
  const app = <App stores={stores} actions={actions} outlets={null} version="1" />;
  const view = render(
    <NotificationsTransportContext.Provider value={transport()}>
      <HomeTransportContext.Provider value={transport()}>{app}</HomeTransportContext.Provider>
    </NotificationsTransportContext.Provider>,
  );
  return { ...view, stores, actions, main: () => within(screen.getByRole('main')), app };
}

const block = (name: string) => screen.getByRole('region', { name });

describe('the signed-in home overview', () => {
  it('signed out: every service of the catalogue, no personal block, no API call', () => {
    server.use(http.all('*', () => HttpResponse.error()));
    const { main } = renderHome({ session: SIGNED_OUT });
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe('Vítejte na Portálu občana');
    expect(main().getAllByRole('listitem')).toHaveLength(catalogue.length);
    expect(main().queryByRole('region', { name: 'Datová schránka' })).toBeNull();
  });

  it('without services: suggestions to add (not the portal sections); adding one moves it to my services', async () => {
    server.use(...handlers());
    const { main, actions } = renderHome();
    expect(main().getByRole('heading', { level: 1 }).textContent).toBe('Váš přehled');
    const suggestions = block('Služby, které si můžete přidat');
    const names = within(suggestions)
      .getAllByRole('listitem')
      .map((item) => within(item).getByRole('link').textContent);
    expect(names).toEqual(['Telč', 'Znojmo', 'Lysá']);
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Přidat službu: Znojmo' }));
    await waitFor(() => expect(actions.addService).toHaveBeenCalledWith('znojmo'));
    const mine = await screen.findByRole('region', { name: 'Moje služby' });
    await waitFor(() => expect(within(mine).getByRole('link', { name: 'Znojmo' })).toBeTruthy());
    expect(screen.queryByRole('region', { name: 'Služby, které si můžete přidat' })).toBeNull();
  });

  it('with services: those, no suggestions; the blocks show unread messages, expiring documents, submissions', async () => {
    server.use(...handlers({ unread: 3 }));
    const { main, container } = renderHome({ myServices: ['telc'] });
    expect(within(block('Moje služby')).getByRole('link', { name: 'Telč' })).toBeTruthy();
    expect(main().queryByRole('region', { name: 'Služby, které si můžete přidat' })).toBeNull();
    const box = block('Datová schránka');
    expect(await within(box).findByText('Máte 3 nepřečtené zprávy.')).toBeTruthy();
    expect(within(box).getByRole('link', { name: 'Otevřít datovou schránku' }).getAttribute('href')).toBe(
      '/services/data-box',
    );
    const documents = block('Doklady, kterým končí platnost');
    expect((await within(documents).findByRole('listitem')).textContent).toBe(
      'Občanský průkaz 123456789: platnost končí 20. prosince 2026',
    );
    const submissions = block('Rozpracovaná podání');
    const items = await within(submissions).findAllByRole('listitem');
    const inProgress = summaries().filter(
      (s) => !['decided-granted', 'decided-refused', 'withdrawn'].includes(s.state),
    );
    expect(items).toHaveLength(Math.min(3, inProgress.length));
    const first = inProgress[0] as SubmissionSummary;
    const link = within(items[0] as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toBe(`/services/submissions/${first.id}`);
    expect(items[0]?.textContent).toContain(first.reference);
    await expectNoAxeViolations(container);
  });

  it('in English, with the right plural forms and dates', async () => {
    server.use(
      ...handlers({
        unread: 1,
        documents: [document({ kind: 'passport', state: 'expired', validUntil: '2026-11-01', daysLeft: -32 })],
        submissions: [],
      }),
    );
    renderHome({ locale: 'en', myServices: ['telc'] });
    expect(await within(block('Data box')).findByText('You have 1 unread message.')).toBeTruthy();
    expect((await within(block('Documents about to expire')).findByRole('listitem')).textContent).toBe(
      'Passport 123456789: expired on 1 November 2026',
    );
    expect(
      await within(block('Applications in progress')).findByText('You have no application in progress.'),
    ).toBeTruthy();
  });

  it('a citizen without a data box is told so; nothing about to expire says so', async () => {
    server.use(...handlers({ noBox: true, documents: [document({ state: 'valid', daysLeft: 400 })] }));
    renderHome({ myServices: ['telc'] });
    expect(
      await within(block('Datová schránka')).findByText('Datovou schránku nemáte. Zprávy od úřadů vám chodí poštou.'),
    ).toBeTruthy();
    expect(
      await within(block('Doklady, kterým končí platnost')).findByText(
        'Žádnému vašemu dokladu v nejbližších 30 dnech nekončí platnost.',
      ),
    ).toBeTruthy();
  });

  it('a failing block keeps the others and the page; its retry loads it again', async () => {
    let documentsUp = false;
    // The first matching handler answers.
    server.use(
      http.get(`${ORIGIN}/api/services/my-data/documents`, () =>
        documentsUp
          ? HttpResponse.json({ documents: [document({})], unavailable: [] })
          : HttpResponse.json({ error: 'internal', message: 'boom' }, { status: 500 }),
      ),
      ...handlers(),
    );
    renderHome({ myServices: ['telc'] });
    const documents = block('Doklady, kterým končí platnost');
    expect(await within(documents).findByText(/Tuto část se teď nepodařilo načíst/)).toBeTruthy();
    expect(await within(block('Datová schránka')).findByText('Máte 2 nepřečtené zprávy.')).toBeTruthy();
    expect(within(block('Rozpracovaná podání')).getAllByRole('listitem').length).toBeGreaterThan(0);
    documentsUp = true;
    fireEvent.click(within(documents).getByRole('button', { name: 'Zkusit znovu' }));
    expect(await within(documents).findByRole('listitem')).toBeTruthy();
  });

  it('without consent: no personal read, a way to the consent', async () => {
    const calls: string[] = [];
    server.use(
      http.all(`${ORIGIN}/*`, ({ request }) => {
        calls.push(request.url);
        return HttpResponse.json({}, { status: 403 });
      }),
    );
    renderHome({ session: { ...jan, consent: null } });
    const consent = block('Zprávy, doklady a podání uvidíte po udělení souhlasu');
    expect(within(consent).getByRole('link', { name: 'Udělit souhlas' }).getAttribute('href')).toBe(
      '/consent?returnTo=%2F',
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
  });

  it('the server draws each block as its placeholder, as the first client render does (no mismatch, no shift)', async () => {
    server.use(
      http.get(`${ORIGIN}/api/submissions`, () => delay('infinite')),
      ...handlers(),
    );
    const stores = createPortalStores({
      path: '/',
      session: jan,
      myServices: ['telc'],
      csrfToken: 'csrf-1',
      locale: 'cs',
      catalogue,
      catalogueSource: 'server',
    });
    const html = renderToString(<App stores={stores} actions={fakeActions({}, stores)} outlets={null} version="1" />);
    for (const id of ['data-box', 'documents', 'submissions']) {
      expect(html).toContain(`data-home-block="${id}" data-state="loading"`);
    }
    expect(html).toContain('Načítá se…');
    const { container } = renderHome({ myServices: ['telc'] });
    const body = container.querySelector('[data-home-block="submissions"]');
    expect(body?.getAttribute('data-state')).toBe('loading');
  });
});

describe('what the overview picks', () => {
  it('suggests catalogue services the citizen has not added, never a portal section, at most three', () => {
    expect(suggestedServices(catalogue, ['znojmo']).map((s) => s.id)).toEqual(['telc', 'lysa', 'pribram']);
    expect(suggestedServices(catalogue.slice(0, 3), [])).toEqual([]);
  });

  it('lists documents not valid, soonest first', () => {
    const list = expiringDocuments([
      document({ number: 'AAA111', daysLeft: 20 }),
      document({ number: 'BBB222', state: 'valid', daysLeft: 90 }),
      document({ number: 'CCC333', state: 'expired', daysLeft: -3 }),
    ]);
    expect(list.map((d) => d.number)).toEqual(['CCC333', 'AAA111']);
  });

  it('chooses the Czech and English plural forms', () => {
    expect([0, 1, 2, 4, 5, 21].map((n) => unreadKey(n, 'cs'))).toEqual([
      'messagesUnread0',
      'messagesUnread1',
      'messagesUnread2',
      'messagesUnread2',
      'messagesUnread5',
      'messagesUnread5',
    ]);
    expect(unreadKey(2, 'en')).toBe('messagesUnread5');
  });
});

import type { Locale, ServiceApiClient } from '@czp/contract';
import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RequestBuilder } from './app.js';

const origin = 'http://portal.test';
const api = `${origin}/api/services/technicka-infrastruktura`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

const ADDRESS = {
  code: '24710547',
  street: 'Vinohradská',
  houseNumber: '2145',
  orientationNumber: '17',
  district: 'Znojmo',
  municipality: 'Znojmo',
  postalCode: '66902',
};
const PROPERTIES = [
  {
    kind: 'building',
    cadastralArea: 'Znojmo-město',
    titleDeed: '10452',
    description: { cs: 'Rodinný dům č. p. 2145 na pozemku parc. č. st. 3217', en: 'Family house no. 2145' },
    share: '1/1',
    address: ADDRESS,
  },
  {
    kind: 'parcel',
    cadastralArea: 'Konice u Znojma',
    titleDeed: '611',
    description: { cs: 'Pozemek parc. č. 4518/3, vinice, 812 m²', en: 'Plot no. 4518/3, vineyard, 812 m²' },
    share: '1/1',
    address: null,
  },
  {
    kind: 'unit',
    cadastralArea: 'Telč',
    titleDeed: '1587',
    description: { cs: 'Jednotka č. 1/3 (byt) v budově č. p. 1', en: 'Unit no. 1/3 (flat) in building no. 1' },
    share: '1/1',
    address: null,
  },
];
const SUBMISSION = {
  id: '9f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
  reference: 'MMR-2026-000008',
  serviceId: 'technicka-infrastruktura',
  state: 'delivered',
  history: [],
  attachments: [],
  conversationId: 'c3',
};
const readAt = '2026-03-15T09:00:00.000Z';

/** The register reads the remote made (their query), in order. */
let reads: URL[] = [];
const registers = {
  ready: [
    http.get(`${api}/registers/residents`, ({ request }) => {
      reads.push(new URL(request.url));
      return HttpResponse.json({ register: 'residents', data: { address: ADDRESS }, readAt });
    }),
    http.get(`${api}/registers/cadastre`, ({ request }) => {
      reads.push(new URL(request.url));
      return HttpResponse.json({ register: 'cadastre', data: { properties: PROPERTIES }, readAt });
    }),
  ],
  notAdded: ['residents', 'cadastre'].map((register) =>
    http.get(`${api}/registers/${register}`, () =>
      HttpResponse.json(
        { error: 'service-not-added', message: 'Add the service to your services first' },
        { status: 403 },
      ),
    ),
  ),
};
beforeEach(() => {
  reads = [];
  server.use(...registers.ready);
});

/** Renders the remote as defineRemote() does, with the portal's API (recording each form it sends). */
function renderRemote(locale: Locale = 'cs') {
  const sent: FormData[] = [];
  const fetching = fetchServiceApi('technicka-infrastruktura', origin);
  const client: ServiceApiClient = {
    get: fetching.get,
    send: (method, path, body) => {
      if (body instanceof FormData) sent.push(body);
      return fetching.send(method, path, body);
    },
  };
  const host = createTestHost({
    serviceId: 'technicka-infrastruktura',
    locale,
    person: { id: 'p1', name: 'Petr Dvořák', levelOfAssurance: 'substantial' },
    api: client,
  });
  const view = render(
    <TestRemote host={host}>
      <RequestBuilder today={() => new Date(2026, 2, 15, 10)} />
    </TestRemote>,
  );
  return { ...view, state: host.state, host, sent };
}

const errorOf = (input: HTMLElement) =>
  input.getAttribute('aria-invalid') === 'true'
    ? document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '')
    : null;
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const review = () => fireEvent.click(screen.getByRole('button', { name: 'Zkontrolovat žádost' }));
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Podat žádost' }));

/** Everything but the parcels and the address, which the tests fill or prefill. */
function fillRest() {
  fill('Účel vyjádření', 'building-permit');
  fill('Od', '2026-04-01');
  fill('Do', '2026-06-30');
  fill('Kontaktní e-mail', 'petr@example.cz');
}
function fillByHand() {
  fillRest();
  fill('Katastrální území', 'Příbram');
  fill('Čísla parcel', '123/4, 125');
  fill('Ulice a číslo domu', 'Husova 12');
  fill('Obec', 'Příbram');
  fill('PSČ', '261 01');
}

describe('the technical infrastructure request', () => {
  it('prefills the address from the register of residents and offers the citizen’s own parcels', async () => {
    renderRemote();
    await waitFor(() => expect(value('Ulice a číslo domu')).toBe('Vinohradská 2145/17'));
    expect(value('Obec')).toBe('Znojmo');
    expect(value('PSČ')).toBe('66902');
    expect(value('Jméno a příjmení')).toBe('Petr Dvořák');
    const own = within(screen.getByRole('group', { name: 'Vaše pozemky' }));
    expect(own.getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Znojmo-město, parc. č. st. 3217',
      'Konice u Znojma, parc. č. 4518/3',
    ]);
    expect(reads.map((url) => `${url.pathname.split('/').at(-1)}?${url.searchParams}`).sort()).toEqual([
      'cadastre?items=properties&purpose=prefill-form',
      'residents?items=address&purpose=prefill-form',
    ]);
  });

  it('submits a ticked own parcel without typing any, and shows the reference with links to Submissions and the data box', async () => {
    server.use(http.post(`${api}/submissions`, () => HttpResponse.json(SUBMISSION, { status: 201 })));
    const { sent, host } = renderRemote();
    await waitFor(() => expect(value('PSČ')).toBe('66902'));
    fillRest();
    fireEvent.click(screen.getByLabelText('Konice u Znojma, parc. č. 4518/3'));
    review();
    const status = screen.getByRole('status');
    expect(within(status).getByText('Konice u Znojma, parc. č. 4518/3')).toBeTruthy();
    send();
    expect(await screen.findByText(/Číslo jednací: MMR-2026-000008/)).toBeTruthy();
    expect(sent[0]?.get('type')).toBe('zadost-o-vyjadreni-k-existenci-siti');
    expect(JSON.parse(String(sent[0]?.get('data')))).toEqual({
      purpose: 'building-permit',
      parcels: [{ cadastralArea: 'Konice u Znojma', number: '4518/3' }],
      works: { from: '2026-04-01', to: '2026-06-30' },
      applicant: {
        name: 'Petr Dvořák',
        address: { street: 'Vinohradská 2145/17', municipality: 'Znojmo', postalCode: '66902' },
      },
      contact: { email: 'petr@example.cz' },
    });
    const steps = within(screen.getByRole('list', { name: 'Postup žádosti' })).getAllByRole('listitem');
    expect(steps.map((li) => li.getAttribute('data-state'))).toEqual(['done', 'done', 'done']);
    const follow = screen.getByRole('link', { name: 'Sledovat žádost v sekci Podání' });
    expect(follow.getAttribute('href')).toBe(`/services/submissions/${SUBMISSION.id}`);
    expect(screen.getByRole('link', { name: 'Otevřít datovou schránku' }).getAttribute('href')).toBe(
      '/services/data-box',
    );
    fireEvent.click(follow);
    expect(host.navigations).toEqual([`/services/submissions/${SUBMISSION.id}`]);
  });

  it('explains a refused read (service not added), links to the catalogue and keeps manual entry', async () => {
    server.use(
      ...registers.notAdded,
      http.post(`${api}/submissions`, () => HttpResponse.json(SUBMISSION, { status: 201 })),
    );
    const { sent, host } = renderRemote();
    const link = await screen.findByRole('link', { name: 'Přidat službu v katalogu' });
    expect(screen.getByText(/až si službu přidáte do svých služeb/)).toBeTruthy();
    expect(link.getAttribute('href')).toBe('/catalogue/technicka-infrastruktura');
    expect(value('Ulice a číslo domu')).toBe('');
    expect(screen.queryByRole('group', { name: 'Vaše pozemky' })).toBeNull();
    fillByHand();
    review();
    send();
    await screen.findByText(/MMR-2026-000008/);
    expect(JSON.parse(String(sent[0]?.get('data')))).toMatchObject({
      parcels: [
        { cadastralArea: 'Příbram', number: '123/4' },
        { cadastralArea: 'Příbram', number: '125' },
      ],
      applicant: { address: { street: 'Husova 12', municipality: 'Příbram', postalCode: '26101' } },
    });
    fireEvent.click(screen.getByRole('link', { name: 'Otevřít datovou schránku' }));
    expect(host.navigations).toEqual(['/services/data-box']);
  });

  it('says when the registers do not answer, keeps manual entry, and prefills on a retry', async () => {
    let answers = 0;
    server.use(
      http.get(`${api}/registers/residents`, ({ request }) => {
        answers += 1;
        reads.push(new URL(request.url));
        return answers === 1
          ? HttpResponse.json({ error: 'register-unavailable', message: 'ROB is not answering' }, { status: 503 })
          : HttpResponse.json({ register: 'residents', data: { address: ADDRESS }, readAt });
      }),
    );
    renderRemote();
    const retry = await screen.findByRole('button', { name: 'Načíst znovu' });
    expect(screen.getByText(/se teď nepodařilo načíst/)).toBeTruthy();
    expect(value('Ulice a číslo domu')).toBe('');
    fill('PSČ', '261 01');
    fireEvent.click(retry);
    await waitFor(() => expect(value('Ulice a číslo domu')).toBe('Vinohradská 2145/17'));
    // What the citizen typed meanwhile stays.
    expect(value('PSČ')).toBe('261 01');
    expect(screen.queryByRole('button', { name: 'Načíst znovu' })).toBeNull();
  });

  it('shows errors in a summary that takes focus and next to their fields; a summary link focuses the field', async () => {
    server.use(...registers.notAdded);
    const { sent } = renderRemote();
    await screen.findByRole('link', { name: 'Přidat službu v katalogu' });
    fillByHand();
    fill('Čísla parcel', '123/4, 12a');
    fill('Do', '2026-03-31');
    fill('PSČ', '2610');
    review();
    const parcels = screen.getByLabelText('Čísla parcel');
    expect(errorOf(parcels)?.textContent).toBe('Číslo parcely „12a“ má chybný tvar. Zadejte jej jako 123 nebo 123/4.');
    expect(errorOf(screen.getByLabelText('Do'))?.textContent).toBe('Konec prací nesmí být dřív než jejich začátek.');
    expect(errorOf(screen.getByLabelText('PSČ'))?.textContent).toBe('PSČ má pět číslic, například 588 56.');
    expect(errorOf(screen.getByLabelText('Katastrální území'))).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
    const summary = screen.getByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Čísla parcel: Číslo parcely „12a“ má chybný tvar. Zadejte jej jako 123 nebo 123/4.',
      'Konec prací: Konec prací nesmí být dřív než jejich začátek.',
      'PSČ: PSČ má pět číslic, například 588 56.',
    ]);
    expect(summary.parentElement?.contains(document.activeElement)).toBe(true);
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(parcels);
    expect(sent).toHaveLength(0);
  });

  it('shows a field the portal refused (400 with its JSON pointer) next to that field, back in the form', async () => {
    server.use(
      http.post(`${api}/submissions`, () =>
        HttpResponse.json(
          { error: 'validation', message: '/parcels/1/number must match pattern', field: '/parcels/1/number' },
          { status: 400 },
        ),
      ),
    );
    renderRemote();
    await waitFor(() => expect(value('PSČ')).toBe('66902'));
    fillByHand();
    review();
    send();
    await waitFor(() =>
      expect(errorOf(screen.getByLabelText('Čísla parcel'))?.textContent).toBe(
        'Portál tento údaj nepřijal. Zkontrolujte jej prosím.',
      ),
    );
    expect(screen.getByText('Portál některý údaj nepřijal; je označen ve formuláři výše.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Podat žádost' })).toBeNull();
  });

  it('sends the same idempotency key again when the citizen retries after a network failure', async () => {
    let calls = 0;
    server.use(
      http.post(`${api}/submissions`, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json(SUBMISSION, { status: 201 });
      }),
    );
    const { sent } = renderRemote();
    await waitFor(() => expect(value('PSČ')).toBe('66902'));
    fillByHand();
    review();
    send();
    expect(await screen.findByText(/portál neodpovídá/)).toBeTruthy();
    await act(async () => send());
    await screen.findByText(/MMR-2026-000008/);
    expect(sent).toHaveLength(2);
    const key = String(sent[0]?.get('idempotencyKey') ?? '');
    expect(key).not.toBe('');
    expect(sent[1]?.get('idempotencyKey')).toBe(key);
  });

  it('keeps the form and the summary when the citizen switches to English', async () => {
    const { state } = renderRemote('cs');
    await waitFor(() => expect(value('PSČ')).toBe('66902'));
    fillByHand();
    fill('Účel vyjádření', 'other');
    fill('Popište účel', 'Oprava plotu');
    review();
    act(() => state.setState({ locale: 'en' }));
    expect((screen.getByLabelText('Cadastral territory') as HTMLInputElement).value).toBe('Příbram');
    expect((screen.getByLabelText('Describe the purpose') as HTMLInputElement).value).toBe('Oprava plotu');
    const status = screen.getByRole('status');
    expect(within(status).getByText('1 April 2026 – 30 June 2026')).toBeTruthy();
    expect(within(status).getByText('Příbram, parcel no. 123/4; Příbram, parcel no. 125')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit the request' })).toBeTruthy();
    fill('Contact e-mail', 'not-an-email');
    fireEvent.click(screen.getByRole('button', { name: 'Check the request' }));
    expect(errorOf(screen.getByLabelText('Contact e-mail'))?.textContent).toBe(
      'Enter an e-mail like name@example.com.',
    );
  });
});

import type { ServiceApiClient, SignedInPerson } from '@czp/contract';
import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ParentalAllowanceCalculator } from './app.js';

const origin = 'http://portal.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

const SUBMISSION = {
  id: '5b0e3c2a-1d4f-4e8a-9c7b-2f6d8e1a3b40',
  reference: 'MPSV-2026-000017',
  serviceId: 'mpsv',
  state: 'delivered',
  history: [],
  attachments: [],
  conversationId: 'c1',
};
const submissionsUrl = `${origin}/api/services/mpsv/submissions`;

/** The portal's API as the shell gives it, recording each form the remote sends. */
function renderRemote(
  person: SignedInPerson | null = { id: 'p1', name: 'Jana Nováková', levelOfAssurance: 'substantial' },
) {
  const sent: FormData[] = [];
  const fetching = fetchServiceApi('mpsv', origin);
  const api: ServiceApiClient = {
    get: fetching.get,
    send: (method, path, body) => {
      if (body instanceof FormData) sent.push(body);
      return fetching.send(method, path, body);
    },
  };
  const host = createTestHost({
    serviceId: 'mpsv',
    locale: 'cs',
    person,
    api,
  });
  render(
    <TestRemote host={host}>
      <ParentalAllowanceCalculator today={() => new Date(2026, 11, 3, 10)} />
    </TestRemote>,
  );
  return { host, sent };
}

const fill = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** The error next to a field of the application (the calculator above has fields of the same names). */
const errorOf = (label: string | RegExp) => {
  const input = within(screen.getByRole('region', { name: 'Žádost o rodičovský příspěvek' })).getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return input.getAttribute('aria-invalid') === 'true'
    ? (document.getElementById(ids.at(-1) ?? '')?.textContent ?? '')
    : null;
};
const sendButton = () => screen.getByRole('button', { name: 'Podat žádost' });

/** Calculates 15 000 CZK a month from a 30 000 CZK base and opens the application from the result. */
function startApplication() {
  fill('Třicetinásobek denního vyměřovacího základu (Kč)', '30000');
  fill('Zvolená měsíční částka (Kč)', '15000');
  fireEvent.click(screen.getByRole('button', { name: 'Spočítat' }));
  fireEvent.click(screen.getByRole('button', { name: 'Požádat o příspěvek s touto částkou' }));
  return within(screen.getByRole('region', { name: 'Žádost o rodičovský příspěvek' }));
}

function fillValid(form: ReturnType<typeof startApplication>) {
  fireEvent.change(form.getByLabelText('Jméno dítěte'), { target: { value: 'Anna' } });
  fireEvent.change(form.getByLabelText('Příjmení dítěte'), { target: { value: 'Nováková' } });
  fireEvent.change(form.getByLabelText('Datum narození dítěte'), { target: { value: '2025-05-20' } });
  fireEvent.change(form.getByLabelText('Předčíslí (nepovinné)'), { target: { value: '19' } });
  fireEvent.change(form.getByLabelText('Číslo účtu'), { target: { value: '2000145399' } });
  fireEvent.change(form.getByLabelText('Kód banky'), { target: { value: '0800' } });
  fireEvent.change(form.getByLabelText('E-mail'), { target: { value: 'jana@example.cz' } });
}

describe('the parental allowance application', () => {
  it('starts from the calculator’s amounts and refuses bad data next to the fields without sending anything', () => {
    const { sent } = renderRemote();
    const form = startApplication();
    expect((form.getByLabelText('Zvolená měsíční částka (Kč)') as HTMLInputElement).value).toBe('15000');
    expect((form.getByLabelText('Třicetinásobek denního vyměřovacího základu (Kč)') as HTMLInputElement).value).toBe(
      '30000',
    );
    fillValid(form);
    fireEvent.change(form.getByLabelText('Datum narození dítěte'), { target: { value: '2023-06-01' } });
    fireEvent.change(form.getByLabelText('Číslo účtu'), { target: { value: '2000145398' } });
    fireEvent.change(form.getByLabelText('Kód banky'), { target: { value: '80' } });
    fireEvent.change(form.getByLabelText('Zvolená měsíční částka (Kč)'), { target: { value: '25000' } });
    fireEvent.change(form.getByLabelText('E-mail'), { target: { value: '' } });
    fireEvent.click(sendButton());
    expect(errorOf('Datum narození dítěte')).toBe('Tato žádost je pro děti narozené od 1. ledna 2024.');
    expect(errorOf('Číslo účtu')).toBe('Číslo nemá platnou kontrolní číslici, zkontrolujte je prosím.');
    expect(errorOf('Kód banky')).toBe('Kód banky má čtyři číslice, například 0800.');
    expect(errorOf(/^Zvolená měsíční částka/)?.replace(/\s/g, ' ')).toBe('Měsíčně můžete čerpat nejvýše 21 000 Kč.');
    expect(errorOf('E-mail')).toBe('Vyplňte prosím tento údaj.');
    expect(errorOf('Jméno dítěte')).toBeNull();
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link')).toHaveLength(5);
    expect(sent).toHaveLength(0);
  });

  it('shows a field the portal refused (400 with its JSON pointer) next to that field', async () => {
    server.use(
      http.post(submissionsUrl, () =>
        HttpResponse.json(
          { error: 'validation', message: '/child/birthDate must match pattern', field: '/child/birthDate' },
          { status: 400 },
        ),
      ),
    );
    renderRemote();
    const form = startApplication();
    fillValid(form);
    fireEvent.click(sendButton());
    await waitFor(() =>
      expect(errorOf('Datum narození dítěte')).toBe('Portál tento údaj nepřijal. Zkontrolujte jej prosím.'),
    );
    expect(errorOf('Jméno dítěte')).toBeNull();
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toContain('Datum narození dítěte');
  });

  it('sends the data of the declared schema and shows the reference number with links to Submissions and the data box', async () => {
    server.use(http.post(submissionsUrl, () => HttpResponse.json(SUBMISSION, { status: 201 })));
    const { host, sent } = renderRemote();
    const form = startApplication();
    fillValid(form);
    const pdf = new File(['%PDF-1.7'], 'rozhodnuti.pdf', { type: 'application/pdf' });
    fireEvent.change(form.getByLabelText(/Přílohy/), { target: { files: [pdf] } });
    fireEvent.click(sendButton());
    const status = await screen.findByText(/Číslo jednací: MPSV-2026-000017/);
    expect(status).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.get('type')).toBe('zadost-o-rodicovsky-prispevek');
    expect(JSON.parse(String(sent[0]?.get('data')))).toEqual({
      child: { givenName: 'Anna', familyName: 'Nováková', birthDate: '2025-05-20' },
      multipleBirth: false,
      hasAssessmentBase: true,
      assessmentBase: 30_000,
      monthlyAmount: 15_000,
      bankAccount: { prefix: '19', number: '2000145399', bankCode: '0800' },
      contact: { email: 'jana@example.cz' },
    });
    expect(((sent[0]?.getAll('attachments') ?? []) as File[]).map((file) => file.name)).toEqual(['rozhodnuti.pdf']);
    const follow = screen.getByRole('link', { name: 'Sledovat žádost v sekci Podání' });
    expect(follow.getAttribute('href')).toBe(`/services/submissions/${SUBMISSION.id}`);
    expect(screen.getByRole('link', { name: 'Otevřít datovou schránku' }).getAttribute('href')).toBe(
      '/services/data-box',
    );
    fireEvent.click(follow);
    expect(host.navigations).toEqual([`/services/submissions/${SUBMISSION.id}`]);
  });

  it('sends the same idempotency key again when the citizen retries after a network failure', async () => {
    let calls = 0;
    server.use(
      http.post(submissionsUrl, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json(SUBMISSION, { status: 201 });
      }),
    );
    const { sent } = renderRemote();
    const form = startApplication();
    fillValid(form);
    fireEvent.click(sendButton());
    expect(await screen.findByText(/portál neodpovídá/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(sendButton());
    });
    await screen.findByText(/MPSV-2026-000017/);
    expect(sent).toHaveLength(2);
    const key = sent[0]?.get('idempotencyKey');
    expect(typeof key).toBe('string');
    expect(String(key)).not.toBe('');
    expect(sent[1]?.get('idempotencyKey')).toBe(key);
  });

  it('asks a signed-out parent to log in at the substantial level, and one logged in lower to log in again', () => {
    renderRemote(null);
    let form = startApplication();
    expect(form.queryByRole('button', { name: 'Podat žádost' })).toBeNull();
    const login = form.getByRole('link', { name: 'Přihlásit se a podat žádost' });
    const href = new URL(login.getAttribute('href') ?? '', origin);
    expect(href.pathname).toBe('/auth/login');
    expect(Object.fromEntries(href.searchParams)).toEqual({ returnTo: '/services/mpsv', level: 'substantial' });
    cleanup();
    renderRemote({ id: 'p2', name: 'Petr Dvořák', levelOfAssurance: 'low' });
    form = startApplication();
    expect(form.queryByLabelText('Jméno dítěte')).toBeNull();
    expect(form.getByRole('link', { name: 'Přihlásit se silnějším způsobem' })).toBeTruthy();
  });
});

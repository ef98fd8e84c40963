import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ZnojmoFees } from './app.js';

const origin = 'http://portal.test';
const SUBMISSIONS = `${origin}/api/services/znojmo/submissions`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

async function read(request: Request) {
  const form = await request.formData();
  return {
    type: String(form.get('type')),
    data: JSON.parse(String(form.get('data'))) as Record<string, unknown>,
    idempotencyKey: String(form.get('idempotencyKey')),
  };
}

const submission = {
  id: '4b0d3c1a-8f1e-4c55-9b7a-2f6f3d1e0a42',
  reference: 'ZNO-2026-000007',
  serviceId: 'znojmo',
  serviceName: { cs: 'Portál občana města Znojmo', en: 'Citizen Portal of the Town of Znojmo' },
  issuer: { id: 'mesto-znojmo', name: { cs: 'Město Znojmo', en: 'Town of Znojmo' } },
  type: 'ohlaseni-psa',
  typeName: { cs: 'Ohlášení k místnímu poplatku ze psů', en: 'Declaration for the local dog fee' },
  state: 'delivered',
  submittedAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  data: {},
  history: [],
  attachments: [],
  conversationId: 'c0ffee00-0000-4000-8000-000000000002',
  actions: { withdraw: true, supplement: false },
};

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text(document.getElementById(id)))
    .join(' ');
const field = (label: string, scope: HTMLElement = document.body) =>
  within(scope).getByLabelText(label, { exact: false });
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const dog = (n: number) => screen.getByRole('group', { name: `Pes ${n}` });

/** The calculator with two dogs of a pensioner, then "declare": the form opens prefilled. */
function openDeclaration(locale: 'cs' | 'en' = 'cs') {
  const host = createTestHost({
    serviceId: 'znojmo',
    locale,
    person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'substantial' },
    api: fetchServiceApi('znojmo', origin),
  });
  render(
    <TestRemote host={host}>
      <ZnojmoFees />
    </TestRemote>,
  );
  type(screen.getByLabelText('Počet psů'), '2');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Držitel psa je poživatel důchodu' }));
  fireEvent.click(screen.getByRole('button', { name: 'Spočítat poplatek' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ohlásit psy k poplatku' }));
  return host;
}

function fillIn() {
  const dogs = [
    { name: 'Baryk', breed: 'Jezevčík', year: '2021', chip: '203098100123456', since: '2026-11-20' },
    { name: 'Bella', breed: 'Kříženec', year: '', chip: '203098100654321', since: '2026-11-25' },
  ];
  dogs.forEach((values, index) => {
    const group = dog(index + 1);
    type(field('Jméno psa', group), values.name);
    type(field('Plemeno', group), values.breed);
    type(field('Rok narození', group), values.year);
    type(field('Číslo čipu', group), values.chip);
    type(field('Pes je držen od', group), values.since);
  });
  type(field('Adresa, kde je pes chován'), 'Obroková 1/12, Znojmo');
}
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Odeslat ohlášení' }));

describe("Znojmo's dog fee declaration", () => {
  it('opens prefilled from the calculator and refuses bad data next to each field, sending nothing', () => {
    let calls = 0;
    server.use(http.post(SUBMISSIONS, () => void calls++));
    openDeclaration();
    expect((field('Počet ohlašovaných psů') as HTMLInputElement).value).toBe('2');
    expect(screen.getAllByRole('group', { name: /^Pes \d$/ })).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: /Jsem poživatel/ })).toHaveProperty('checked', true);

    type(field('Číslo čipu', dog(1)), '12345');
    type(field('Rok narození', dog(2)), '1890');
    send();
    expect(errorOf(field('Jméno psa', dog(1)))).toContain('Vyplňte prosím tento údaj.');
    expect(errorOf(field('Číslo čipu', dog(1)))).toContain('Číslo čipu má 15 číslic.');
    expect(errorOf(field('Rok narození', dog(2)))).toContain('Zadejte rok narození čtyřmi číslicemi');
    expect(errorOf(field('Adresa, kde je pes chován'))).toContain('Vyplňte prosím tento údaj.');
    const links = within(screen.getByRole('alert')).getAllByRole('link');
    expect(text(links[0] ?? null)).toBe('Pes 1, Jméno psa: Vyplňte prosím tento údaj.');
    expect(calls).toBe(0);

    type(field('Počet ohlašovaných psů'), '21');
    send();
    expect(errorOf(field('Počet ohlašovaných psů'))).toContain('Zadejte počet psů od 1 do 20.');
    type(field('Počet ohlašovaných psů'), '1');
    expect(screen.getAllByRole('group', { name: /^Pes \d$/ })).toHaveLength(1);
  });

  it('shows the portal’s refusal next to the dog’s field its JSON pointer names', async () => {
    server.use(
      http.post(SUBMISSIONS, () =>
        HttpResponse.json(
          { error: 'validation', message: '/dogs/1/chip must match pattern', field: '/dogs/1/chip' },
          { status: 400 },
        ),
      ),
    );
    openDeclaration();
    fillIn();
    send();
    const chip = field('Číslo čipu', dog(2));
    await waitFor(() => expect(chip.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(chip)).toContain('Úřad tento údaj nepřijal.');
    expect(field('Číslo čipu', dog(1)).getAttribute('aria-invalid')).toBeNull();
  });

  it('submits the dogs, the address and the pensioner’s rate, then shows the reference and the links', async () => {
    let sent: Awaited<ReturnType<typeof read>> | undefined;
    server.use(
      http.post(SUBMISSIONS, async ({ request }) => {
        sent = await read(request);
        return HttpResponse.json(submission, { status: 201 });
      }),
    );
    const host = openDeclaration();
    fillIn();
    send();
    await screen.findByText('Číslo podání: ZNO-2026-000007');
    expect(sent?.type).toBe('ohlaseni-psa');
    expect(sent?.data).toEqual({
      dogs: [
        { name: 'Baryk', breed: 'Jezevčík', birthYear: 2021, chip: '203098100123456', keptSince: '2026-11-20' },
        { name: 'Bella', breed: 'Kříženec', chip: '203098100654321', keptSince: '2026-11-25' },
      ],
      keepingAddress: 'Obroková 1/12, Znojmo',
      pensioner: true,
    });
    fireEvent.click(screen.getByRole('link', { name: 'Sledovat ohlášení v sekci PODÁNÍ' }));
    fireEvent.click(screen.getByRole('link', { name: 'Konverzace s úřadem v datové schránce' }));
    expect(host.navigations).toEqual([
      '/services/submissions/4b0d3c1a-8f1e-4c55-9b7a-2f6f3d1e0a42',
      '/services/data-box?conversation=c0ffee00-0000-4000-8000-000000000002',
    ]);
  });

  it('sends the same idempotency key again after a network failure', async () => {
    const keys: string[] = [];
    server.use(
      http.post(SUBMISSIONS, async ({ request }) => {
        keys.push((await read(request)).idempotencyKey);
        return keys.length === 1 ? HttpResponse.error() : HttpResponse.json(submission, { status: 201 });
      }),
    );
    openDeclaration();
    fillIn();
    send();
    await screen.findByText(/Portál se nepodařilo zastihnout/);
    send();
    await screen.findByText('Číslo podání: ZNO-2026-000007');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('asks a signed-out citizen to log in before declaring', () => {
    const host = createTestHost({ serviceId: 'znojmo', locale: 'en', person: null });
    render(
      <TestRemote host={host}>
        <ZnojmoFees />
      </TestRemote>,
    );
    type(screen.getByLabelText('Number of dogs'), '1');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate the fee' }));
    expect(screen.queryByRole('button', { name: 'Declare the dogs for the fee' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Log in' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fservices%2Fznojmo',
    );
  });
});

import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { preloadTelc, TelcPortal } from './app.js';

const origin = 'http://portal.test';
const SUBMISSIONS = `${origin}/api/services/telc/submissions`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// The form's chunk and English at hand before rendering, as after their first load.
beforeAll(() => preloadTelc());
afterEach(() => {
  server.resetHandlers();
  cleanup();
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

/** What the remote sent: the form's fields as the portal reads them. */
interface Sent {
  type: string;
  data: Record<string, unknown>;
  idempotencyKey: string;
}

async function read(request: Request): Promise<Sent> {
  const form = await request.formData();
  return {
    type: String(form.get('type')),
    data: JSON.parse(String(form.get('data'))) as Record<string, unknown>,
    idempotencyKey: String(form.get('idempotencyKey')),
  };
}

const submission = (reference: string) => ({
  id: '7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11',
  reference,
  serviceId: 'telc',
  serviceName: { cs: 'Portál občana města Telč', en: 'Citizen Portal of Telč' },
  issuer: { id: 'mesto-telc', name: { cs: 'Město Telč', en: 'Town of Telč' } },
  type: 'zabor-verejneho-prostranstvi',
  typeName: { cs: 'Žádost o užívání veřejného prostranství', en: 'Application to use public space' },
  state: 'delivered',
  submittedAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  data: {},
  history: [],
  attachments: [],
  conversationId: 'c0ffee00-0000-4000-8000-000000000001',
  actions: { withdraw: true, supplement: false },
});

/**
 * The forms the remote sent, as it sent them: jsdom's File does not survive Node's fetch (msw sees "undefined"), so
 * the files are checked here, the rest of the request in the msw handler.
 */
let forms: FormData[] = [];

function renderForm(locale: 'cs' | 'en' = 'cs') {
  window.history.replaceState(null, '', '/services/telc/market-stall/zadost');
  forms = [];
  const api = fetchServiceApi('telc', origin);
  const host = createTestHost({
    serviceId: 'telc',
    locale,
    person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'substantial' },
    api: {
      get: api.get,
      send: (method, path, body) => {
        if (body instanceof FormData) forms.push(body);
        return api.send(method, path, body);
      },
    },
  });
  render(
    <TestRemote host={host}>
      <TelcPortal />
    </TestRemote>,
  );
  return host;
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text(document.getElementById(id)))
    .join(' ');
/** A field by its label; a required field's label ends with a mark. */
const field = (label: string) => screen.getByLabelText(label, { exact: false });
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

function fillIn() {
  type('Účel užívání', 'stall');
  type('Místo', 'nám. Zachariáše z Hradce před č. p. 12');
  type('Plocha v m²', '6');
  type('První den užívání', '2027-05-01');
  type('Počet dní', '3');
}
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Odeslat žádost' }));

describe("Telč's application to use public space", () => {
  it('refuses bad data in the browser with each error next to its field and sends nothing', async () => {
    let calls = 0;
    server.use(http.post(SUBMISSIONS, () => void calls++));
    renderForm();
    type('Plocha v m²', '0');
    type('Telefon pro případné dotazy úřadu', 'zavolejte mi');
    fireEvent.change(screen.getByLabelText(/Přílohy/), {
      target: { files: [new File(['x'], 'plan.docx', { type: 'application/msword' })] },
    });
    send();
    expect(errorOf(field('Místo'))).toContain('Vyplňte prosím tento údaj.');
    expect(errorOf(field('Účel užívání'))).toContain('Vyplňte prosím tento údaj.');
    expect(errorOf(field('Plocha v m²'))).toContain('Zadejte celé číslo od 1 do 500.');
    expect(errorOf(field('Telefon pro případné dotazy úřadu'))).toContain('Zadejte telefonní číslo číslicemi');
    expect(errorOf(screen.getByLabelText(/Přílohy/))).toContain('Přiložte soubory PDF, JPEG nebo PNG.');
    const summary = screen.getByRole('alert');
    expect(within(summary).getAllByRole('link')[0]?.textContent).toBe('Účel užívání: Vyplňte prosím tento údaj.');
    expect(calls).toBe(0);
  });

  it('shows the portal’s refusal of a value next to the field its JSON pointer names', async () => {
    server.use(
      http.post(SUBMISSIONS, () =>
        HttpResponse.json(
          { error: 'validation', message: '/location must match pattern "\\S"', field: '/location' },
          { status: 400 },
        ),
      ),
    );
    renderForm();
    fillIn();
    send();
    const location = field('Místo');
    await waitFor(() => expect(location.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(location)).toContain('Úřad tento údaj nepřijal. Zkontrolujte ho prosím.');
    expect(field('Počet dní').getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the data and the files, then shows the reference number and where to follow the submission', async () => {
    let sent: Sent | undefined;
    server.use(
      http.post(SUBMISSIONS, async ({ request }) => {
        sent = await read(request);
        return HttpResponse.json(submission('TEL-2026-000042'), { status: 201 });
      }),
    );
    const host = renderForm();
    fillIn();
    fireEvent.change(screen.getByLabelText(/Přílohy/), {
      target: { files: [new File(['%PDF-1.7'], 'nakres.pdf', { type: 'application/pdf' })] },
    });
    send();
    await screen.findByText('Číslo podání: TEL-2026-000042');
    expect(sent).toEqual({
      type: 'zabor-verejneho-prostranstvi',
      data: {
        purpose: 'stall',
        location: 'nám. Zachariáše z Hradce před č. p. 12',
        areaSquareMetres: 6,
        from: '2027-05-01',
        days: 3,
      },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(forms.flatMap((form) => form.getAll('attachments').map((file) => (file as File).name))).toEqual([
      'nakres.pdf',
    ]);
    const follow = screen.getByRole('link', { name: 'Sledovat žádost v sekci PODÁNÍ' });
    expect(follow.getAttribute('href')).toBe('/services/submissions/7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11');
    fireEvent.click(follow);
    fireEvent.click(screen.getByRole('link', { name: 'Konverzace s úřadem v datové schránce' }));
    expect(host.navigations).toEqual([
      '/services/submissions/7d3c1f7e-4a57-4f3e-9a55-1a3c9b3f2c11',
      '/services/data-box?conversation=c0ffee00-0000-4000-8000-000000000001',
    ]);
  });

  it('sends the same idempotency key again after a network failure, and a new one for the next application', async () => {
    const keys: string[] = [];
    let fail = true;
    server.use(
      http.post(SUBMISSIONS, async ({ request }) => {
        keys.push((await read(request)).idempotencyKey);
        if (fail) return HttpResponse.error();
        return HttpResponse.json(submission(`TEL-2026-00004${keys.length}`), { status: 201 });
      }),
    );
    renderForm('en');
    type('Purpose', 'event');
    type('Place', 'Hradecká street');
    type('Area in m²', '40');
    type('First day of use', '2027-06-12');
    type('Number of days', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Send the application' }));
    await screen.findByText(/The portal could not be reached/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Send the application' }));
    await screen.findByText('Submission number: TEL-2026-000042');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);

    fireEvent.click(screen.getByRole('button', { name: 'Make another application' }));
    type('Purpose', 'stall');
    type('Place', 'Palackého');
    type('Area in m²', '4');
    type('First day of use', '2027-06-20');
    type('Number of days', '1');
    fireEvent.click(screen.getByRole('button', { name: 'Send the application' }));
    await screen.findByText('Submission number: TEL-2026-000043');
    expect(keys[2]).not.toBe(keys[0]);
  });
});

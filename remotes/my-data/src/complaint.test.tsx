import { myDataHandlers } from '@czp/mocks';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  errorOf,
  expectNoAxeViolations,
  mockOrigin,
  renderAt,
  requests,
  sentBodies,
  text,
  withMockServer,
} from './test/harness.js';

withMockServer();
afterEach(cleanup);

type Received = { register: string; item: string; problem: string; correctValue: string; attachment: File | null };

function fill(problem: string, correctValue = '') {
  fireEvent.change(screen.getByLabelText(/^Co je chybně/), { target: { value: problem } });
  fireEvent.change(screen.getByLabelText(/^Správná hodnota/), { target: { value: correctValue } });
}
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Odeslat reklamaci' }));

describe('COMPLAINT', () => {
  it('comes preselected from the item, refuses an empty problem next to the field, then sends with the attachment', async () => {
    const received: Received[] = [];
    const { container, host } = renderAt(
      '/complaint?register=residents&item=address',
      myDataHandlers({ origin: mockOrigin, onComplaint: (fields) => received.push(fields) }),
    );
    const register = (await screen.findByLabelText(/^Registr/)) as HTMLSelectElement;
    expect(register.value).toBe('residents');
    expect((screen.getByLabelText(/^Údaj/) as HTMLSelectElement).value).toBe('address');
    expect(text(screen.getByText(/^Reklamaci dostane/))).toBe('Reklamaci dostane: Ministerstvo vnitra.');
    await expectNoAxeViolations(container);

    send();
    const problem = screen.getByLabelText(/^Co je chybně/);
    expect(errorOf(problem)).toBe('Napište, co je na údaji chybně.');
    expect(text(screen.getByRole('alert'))).toContain('Formulář obsahuje chyby');
    expect(requests).toEqual([]);

    fill('Číslo popisné je špatně.', 'náměstí Zachariáše z Hradce 12');
    const file = new File(['%PDF-1.4'], 'smlouva.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText(/^Příloha/), { target: { files: [file] } });
    send();

    await screen.findByRole('heading', { name: 'Reklamace odeslána' });
    expect(text(screen.getByRole('status'))).toContain('Reklamace má číslo jednací RU-2026-000123.');
    expect(text(screen.getByRole('status'))).toContain('do datové schránky úřadu Ministerstvo vnitra');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      register: 'residents',
      item: 'address',
      problem: 'Číslo popisné je špatně.',
      correctValue: 'náměstí Zachariáše z Hradce 12',
    });
    expect(received[0]?.attachment?.name).toBe('smlouva.pdf');
    expect(received[0]?.attachment?.type).toBe('application/pdf');
    expect(await received[0]?.attachment?.text()).toBe('%PDF-1.4');
    expect(sentBodies[0]).toBeInstanceOf(FormData);
    const sent = screen.getByRole('link', { name: 'Zobrazit v odeslaných zprávách datové schránky' });
    expect(sent.getAttribute('href')).toBe('/services/data-box/sent');
    fireEvent.click(sent);
    expect(host.navigations).toContain('/services/data-box/sent');
  });

  it('puts the server’s 400 next to its field', async () => {
    const refusal = http.post(`${mockOrigin}/api/services/my-data/complaints`, () =>
      HttpResponse.json(
        { error: 'invalid-complaint', field: 'correctValue', message: 'Správná hodnota obsahuje nepovolené znaky.' },
        { status: 400 },
      ),
    );
    renderAt('/complaint?register=drivers&item=points', [refusal, ...myDataHandlers({ origin: mockOrigin })]);
    await screen.findByLabelText(/^Registr/);
    fill('Body mi byly odečteny.', '0');
    send();
    const correct = screen.getByLabelText(/^Správná hodnota/);
    await waitFor(() => expect(errorOf(correct)).toBe('Správná hodnota obsahuje nepovolené znaky.'));
  });

  it('says the server’s known refusals in the page’s language', async () => {
    const refusal = http.post(`${mockOrigin}/api/services/my-data/complaints`, () =>
      HttpResponse.json(
        {
          error: 'attachment-type',
          field: 'attachment',
          message: '"x.exe" is a program, which a data box does not accept.',
        },
        { status: 400 },
      ),
    );
    renderAt('/complaint?register=health&item=vaccinations', [refusal, ...myDataHandlers({ origin: mockOrigin })]);
    await screen.findByLabelText(/^Registr/);
    fill('Chybí očkování.');
    fireEvent.change(screen.getByLabelText(/^Příloha/), {
      target: { files: [new File(['MZ'], 'x.exe', { type: 'application/octet-stream' })] },
    });
    send();
    await waitFor(() =>
      expect(errorOf(screen.getByLabelText(/^Příloha/))).toContain('Soubor x.exe datová schránka nepřijme.'),
    );
  });

  it('asks for the item when the address names none, and offers the items of the chosen register', async () => {
    renderAt('/complaint?register=trade', myDataHandlers({ origin: mockOrigin }), 'en');
    const item = (await screen.findByLabelText(/^Value/)) as HTMLSelectElement;
    expect(
      within(item)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose the value', 'Company ID (IČO)', 'Trade licences']);
    fireEvent.change(screen.getByLabelText(/^What is wrong/), { target: { value: 'Wrong licence' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send the complaint' }));
    expect(errorOf(item)).toBe('Choose the value that is wrong.');
    expect(requests).toEqual([]);
  });

  it('explains where else to complain without a data box', async () => {
    const { container } = renderAt(
      '/complaint?register=cadastre&item=properties',
      myDataHandlers({ origin: mockOrigin, noDataBox: true }),
    );
    await screen.findByLabelText(/^Registr/);
    fill('Byt už nevlastním.');
    send();
    await screen.findByRole('heading', { name: 'Reklamaci odsud nelze odeslat' });
    expect(text(container)).toContain('Nemáte datovou schránku');
    expect(text(container)).toContain('u úřadu, který údaj vede: Český úřad zeměměřický a katastrální');
    expect(text(container)).toContain('Czech POINT');
    await expectNoAxeViolations(container);
  });
});

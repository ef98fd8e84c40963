import type { ServiceApiClient } from '@czp/contract';
import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UnemploymentBenefitEstimate } from './app.js';

const origin = 'http://portal.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  cleanup();
});
afterAll(() => server.close());

const SUBMISSION = {
  id: '0c9a7e51-3b2d-4f6e-8a1c-5d4e3f2a1b09',
  reference: 'UP-2026-000123',
  serviceId: 'urad-prace',
  state: 'delivered',
  history: [],
  attachments: [],
  conversationId: 'c2',
};
const submissionsUrl = `${origin}/api/services/urad-prace/submissions`;

/** The remote with the portal's API as the shell gives it, recording each form it sends. */
function renderRemote(locale: 'cs' | 'en' = 'cs') {
  const sent: FormData[] = [];
  const fetching = fetchServiceApi('urad-prace', origin);
  const api: ServiceApiClient = {
    get: fetching.get,
    send: (method, path, body) => {
      if (body instanceof FormData) sent.push(body);
      return fetching.send(method, path, body);
    },
  };
  const host = createTestHost({
    serviceId: 'urad-prace',
    locale,
    person: { id: 'p1', name: 'Jan Novák', levelOfAssurance: 'substantial' },
    api,
  });
  render(
    <TestRemote host={host}>
      <UnemploymentBenefitEstimate today={() => new Date(2026, 11, 3, 10)} />
    </TestRemote>,
  );
  return { host, sent, form: within(screen.getByRole('region', { name: /zprostředkování|job placement/ })) };
}
type Form = ReturnType<typeof renderRemote>['form'];

const change = (form: Form, label: string, value: string) =>
  fireEvent.change(form.getByLabelText(label), { target: { value } });
const errorOf = (form: Form, label: string) => {
  const input = form.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return input.getAttribute('aria-invalid') === 'true'
    ? (document.getElementById(ids.at(-1) ?? '')?.textContent ?? '')
    : null;
};

function fillValid(form: Form) {
  change(form, 'Nejvyšší dosažené vzdělání', 'vocational');
  change(form, 'Zaměstnavatel', 'Strojírny Telč, a. s.');
  change(form, 'Pracovní pozice', 'Zámečník');
  change(form, 'Datum skončení zaměstnání', '2026-11-30');
  change(form, 'Mohu nastoupit od', '2026-12-07');
  change(form, 'Pracovní úvazek', 'full-time');
  change(form, 'E-mail', 'jan@example.cz');
}
const send = (form: Form) => fireEvent.click(form.getByRole('button', { name: 'Podat žádost' }));

describe('registration as a job seeker', () => {
  it('refuses bad data next to the fields in the browser and asks for the account only with the benefit', () => {
    const { form, sent } = renderRemote();
    expect(form.queryByLabelText('Číslo účtu')).toBeNull();
    fillValid(form);
    change(form, 'Datum skončení zaměstnání', '2026-12-24');
    change(form, 'Mohu nastoupit od', '2026-11-01');
    change(form, 'Zaměstnavatel', '');
    fireEvent.click(form.getByLabelText('Žádám také o podporu v nezaměstnanosti'));
    change(form, 'Číslo účtu', '124');
    send(form);
    expect(errorOf(form, 'Zaměstnavatel')).toBe('Vyplňte prosím tento údaj.');
    expect(errorOf(form, 'Datum skončení zaměstnání')).toBe('Datum nesmí být v budoucnosti.');
    expect(errorOf(form, 'Mohu nastoupit od')).toBe('Datum nesmí být v minulosti.');
    expect(errorOf(form, 'Číslo účtu')).toBe('Číslo nemá platnou kontrolní číslici, zkontrolujte je prosím.');
    expect(errorOf(form, 'Kód banky')).toBe('Vyplňte prosím tento údaj.');
    expect(errorOf(form, 'Nejvyšší dosažené vzdělání')).toBeNull();
    expect(within(form.getByRole('alert')).getAllByRole('link')).toHaveLength(5);
    expect(sent).toHaveLength(0);
  });

  it('shows a field the portal refused (400 with its JSON pointer) next to that field', async () => {
    server.use(
      http.post(submissionsUrl, () =>
        HttpResponse.json(
          {
            error: 'validation',
            message: '/availability/workingTime must be equal to one of the allowed values',
            field: '/availability/workingTime',
          },
          { status: 400 },
        ),
      ),
    );
    const { form } = renderRemote();
    fillValid(form);
    send(form);
    await waitFor(() =>
      expect(errorOf(form, 'Pracovní úvazek')).toBe('Portál tento údaj nepřijal. Zkontrolujte jej prosím.'),
    );
    expect(errorOf(form, 'Mohu nastoupit od')).toBeNull();
  });

  it('sends the declared data with the benefit’s account and shows the reference with links to Submissions and the data box', async () => {
    server.use(http.post(submissionsUrl, () => HttpResponse.json(SUBMISSION, { status: 201 })));
    const { form, sent, host } = renderRemote();
    fillValid(form);
    change(form, 'Obor (nepovinné)', 'Zámečník');
    fireEvent.click(form.getByLabelText('Žádám také o podporu v nezaměstnanosti'));
    change(form, 'Číslo účtu', '2000145399');
    change(form, 'Kód banky', '0800');
    send(form);
    expect(await screen.findByText(/Číslo jednací: UP-2026-000123/)).toBeTruthy();
    expect(sent[0]?.get('type')).toBe('zadost-o-zprostredkovani-zamestnani');
    expect(JSON.parse(String(sent[0]?.get('data')))).toEqual({
      education: { level: 'vocational', field: 'Zámečník' },
      hasWorked: true,
      lastEmployment: { employer: 'Strojírny Telč, a. s.', position: 'Zámečník', endDate: '2026-11-30' },
      availability: { from: '2026-12-07', workingTime: 'full-time' },
      requestBenefit: true,
      bankAccount: { number: '2000145399', bankCode: '0800' },
      contact: { email: 'jan@example.cz' },
    });
    const follow = screen.getByRole('link', { name: 'Sledovat žádost v sekci Podání' });
    expect(follow.getAttribute('href')).toBe(`/services/submissions/${SUBMISSION.id}`);
    expect(screen.getByRole('link', { name: 'Otevřít datovou schránku' }).getAttribute('href')).toBe(
      '/services/data-box',
    );
    fireEvent.click(screen.getByRole('link', { name: 'Otevřít datovou schránku' }));
    expect(host.navigations).toEqual(['/services/data-box']);
  });

  it('sends the same idempotency key again when the citizen retries after a network failure', async () => {
    let calls = 0;
    server.use(
      http.post(submissionsUrl, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json(SUBMISSION, { status: 201 });
      }),
    );
    const { form, sent } = renderRemote();
    fillValid(form);
    fireEvent.click(form.getByLabelText('Už jsem byl/a zaměstnán/a'));
    send(form);
    expect(await form.findByText(/portál neodpovídá/)).toBeTruthy();
    await act(async () => send(form));
    await screen.findByText(/UP-2026-000123/);
    expect(sent).toHaveLength(2);
    const key = String(sent[0]?.get('idempotencyKey') ?? '');
    expect(key).not.toBe('');
    expect(sent[1]?.get('idempotencyKey')).toBe(key);
    // Never employed: no last job is sent.
    expect(JSON.parse(String(sent[1]?.get('data')))).toMatchObject({ hasWorked: false });
    expect(JSON.parse(String(sent[1]?.get('data'))).lastEmployment).toBeUndefined();
  });

  it('is in English too', () => {
    const { form } = renderRemote('en');
    fireEvent.click(form.getByRole('button', { name: 'Submit the application' }));
    expect(errorOf(form, 'Highest education completed')).toBe('Please fill this in.');
    expect(within(form.getByRole('alert')).getByRole('heading').textContent).toBe('There is a problem');
  });
});

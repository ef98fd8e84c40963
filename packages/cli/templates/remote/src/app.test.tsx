import { createTestHost, fetchServiceApi, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FaultReportForm } from './app.js';
import { handlers, outageHandlers, receivedReports, serviceId } from './mocks/handlers.js';

// The remote's API answered by its own mocks (src/mocks/handlers.ts), over a real fetch as in the portal.
const origin = 'http://portal.test';
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  receivedReports.length = 0;
});
afterAll(() => server.close());

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: 'cs' | 'en' = 'cs') {
  const host = createTestHost({ serviceId, locale, api: fetchServiceApi(serviceId, origin) });
  render(
    <TestRemote host={host}>
      <FaultReportForm />
    </TestRemote>,
  );
  return host;
}

const type = (name: string, value: string) =>
  fireEvent.change(screen.getByLabelText(name, { exact: false }), { target: { value } });

describe('the fault report', () => {
  it('lists what is missing in the error summary, in Czech, and sends nothing', async () => {
    renderRemote('cs');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Nahlásit závadu');
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat hlášení' }));
    const summary = await screen.findByRole('heading', { name: 'Hlášení nejde odeslat' });
    const links = summary.parentElement?.querySelectorAll('a') ?? [];
    expect([...links].map((link) => link.textContent)).toEqual([
      'Kde je závada: Vyplňte toto pole.',
      'Co se stalo: Vyplňte toto pole.',
    ]);
    expect(receivedReports).toEqual([]);
  });

  it('sends the report to the service’s API and shows the number it answers with', async () => {
    const host = renderRemote('cs');
    type('Kde je závada', '  Husova 12  ');
    type('Co se stalo', 'Nesvítí pouliční lampa.');
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat hlášení' }));
    const title = await screen.findByText('Hlášení jsme přijali');
    expect(receivedReports).toEqual([{ place: 'Husova 12', description: 'Nesvítí pouliční lampa.', email: null }]);
    const number = title.parentElement?.textContent?.match(/Z-\d{4}-\d{4}/)?.[0];
    expect(number).toBeDefined();
    expect(host.notices).toEqual([{ kind: 'success', message: `Hlášení ${number} bylo odesláno.` }]);
  });

  it('refuses a malformed e-mail before sending', async () => {
    renderRemote('cs');
    type('Kde je závada', 'Husova 12');
    type('Co se stalo', 'Díra v silnici.');
    type('E-mail pro odpověď', 'jan.novak');
    fireEvent.click(screen.getByRole('button', { name: 'Odeslat hlášení' }));
    expect(await screen.findByRole('heading', { name: 'Hlášení nejde odeslat' })).toBeTruthy();
    expect(receivedReports).toEqual([]);
  });

  it('keeps the text and says so when the API is down, in English after the switch', async () => {
    server.use(...outageHandlers);
    const host = renderRemote('cs');
    act(() => host.state.setState({ locale: 'en' }));
    type('Where is the fault', 'Husova 12');
    type('What happened', 'A pothole.');
    fireEvent.click(screen.getByRole('button', { name: 'Send the report' }));
    expect(await screen.findByText('The report could not be sent. Please try again in a moment.')).toBeTruthy();
    expect((screen.getByLabelText('Where is the fault', { exact: false }) as HTMLInputElement).value).toBe('Husova 12');
    expect(host.notices).toEqual([]);
  });
});

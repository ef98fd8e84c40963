import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestBuilder } from './app.js';

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale) {
  const host = createTestHost({
    serviceId: 'technicka-infrastruktura',
    locale,
    person: { id: 'p1', name: 'Jana Nováková', levelOfAssurance: 'substantial' },
  });
  const view = render(
    <TestRemote host={host}>
      <RequestBuilder today={() => new Date(2026, 2, 15, 10)} />
    </TestRemote>,
  );
  return { ...view, state: host.state };
}

const errorOf = (input: HTMLElement) =>
  document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '');
const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

function fillValidCzech() {
  fill('Účel vyjádření', 'building-permit');
  fill('Katastrální území', 'Příbram');
  fill('Čísla parcel', '123/4, 125');
  fill('Od', '2026-04-01');
  fill('Do', '2026-06-30');
  fill('Kontaktní e-mail', 'jana@example.cz');
}

afterEach(cleanup);

describe('technical infrastructure request builder', () => {
  it('shows the steps, with filling in the current one', () => {
    renderRemote('cs');
    const steps = screen.getByRole('list', { name: 'Postup žádosti' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.gov-stepper-item__headline')?.textContent)).toEqual([
      'Vyplnění údajů',
      'Kontrola shrnutí',
      'Odeslání vlastníkům sítí',
    ]);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual(['step', null, null]);
    expect(within(items[2] as HTMLElement).getByText('Připravujeme.')).toBeTruthy();
  });

  it('shows errors in a summary that takes focus and next to their fields; a summary link focuses the field', () => {
    renderRemote('cs');
    fillValidCzech();
    fill('Čísla parcel', '123/4, 12a');
    fill('Do', '2026-03-31');
    fireEvent.click(screen.getByRole('button', { name: 'Připravit žádost' }));
    const parcels = screen.getByLabelText('Čísla parcel');
    expect(parcels.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(parcels)?.textContent).toBe('Číslo parcely „12a“ má chybný tvar. Zadejte jej jako 123 nebo 123/4.');
    const to = screen.getByLabelText('Do');
    expect(errorOf(to)?.textContent).toBe('Konec prací nesmí být dřív než jejich začátek.');
    expect(screen.getByLabelText('Katastrální území').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Opravte prosím tyto údaje');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Čísla parcel: Číslo parcely „12a“ má chybný tvar. Zadejte jej jako 123 nebo 123/4.',
      'Konec prací: Konec prací nesmí být dřív než jejich začátek.',
    ]);
    expect(summary.parentElement?.contains(document.activeElement)).toBe(true);
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(parcels);
  });

  it('summarises the request and whom it asks', () => {
    renderRemote('cs');
    fillValidCzech();
    fireEvent.click(screen.getByRole('button', { name: 'Připravit žádost' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { name: 'Shrnutí žádosti' })).toBeTruthy();
    expect(within(status).getByText('Povolení stavby')).toBeTruthy();
    expect(within(status).getByText('1. dubna 2026 – 30. června 2026')).toBeTruthy();
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' (')[0]),
    ).toEqual([
      'ČEZ Distribuce, a. s.',
      'GasNet, s.r.o.',
      'Provozovatel vodovodů a kanalizací v katastrálním území',
      'CETIN a.s.',
    ]);
    expect(within(status).getByText(/přes sekci Podání na Portálu občana připravujeme/)).toBeTruthy();
    const steps = within(screen.getByRole('list', { name: 'Postup žádosti' })).getAllByRole('listitem');
    expect(steps.map((li) => li.getAttribute('data-state'))).toEqual(['done', 'current', 'upcoming']);
    expect(steps[1]?.getAttribute('aria-current')).toBe('step');
  });

  it('keeps the form and the summary when the citizen switches to English', () => {
    const { state } = renderRemote('cs');
    fillValidCzech();
    fill('Účel vyjádření', 'other');
    fill('Popište účel', 'Oprava plotu');
    fireEvent.click(screen.getByRole('button', { name: 'Připravit žádost' }));
    act(() => state.setState({ locale: 'en' }));
    expect((screen.getByLabelText('Cadastral territory') as HTMLInputElement).value).toBe('Příbram');
    expect((screen.getByLabelText('Describe the purpose') as HTMLInputElement).value).toBe('Oprava plotu');
    const status = screen.getByRole('status');
    expect(within(status).getByText('1 April 2026 – 30 June 2026')).toBeTruthy();
    expect(
      within(status).getByText(/through the Submissions section of the Citizen Portal will come later/),
    ).toBeTruthy();
    fill('Contact e-mail', 'not-an-email');
    fireEvent.click(screen.getByRole('button', { name: 'Prepare request' }));
    expect(errorOf(screen.getByLabelText('Contact e-mail'))?.textContent).toBe(
      'Enter an e-mail like name@example.com.',
    );
  });
});

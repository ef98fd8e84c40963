import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeHours } from './app.js';

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale, now: () => Date) {
  const host = createTestHost({ serviceId: 'pribram', locale });
  const view = render(
    <TestRemote host={host}>
      <OfficeHours now={now} />
    </TestRemote>,
  );
  return { ...view, state: host.state };
}

afterEach(cleanup);

// Wednesday 4 March 2026, 15:00 and Friday 6 March 2026, 12:30.
const wednesdayAfternoon = () => new Date(2026, 2, 4, 15, 0);
const fridayAfterClosing = () => new Date(2026, 2, 6, 12, 30);

describe('Příbram office hours', () => {
  it('shows which departments are open now and when the others open, in Czech', () => {
    renderRemote('cs', wednesdayAfternoon);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Odbory a úřední hodiny');
    const filing = screen.getByRole('listitem', { name: 'Podatelna' });
    expect(within(filing).getByText('Otevřeno – zavírá v 17:00')).toBeTruthy();
    expect(within(filing).getByText('1. patro, kancelář 101')).toBeTruthy();
  });

  it('filters by name and announces the count', () => {
    renderRemote('cs', fridayAfterClosing);
    const search = screen.getByRole('searchbox', { name: 'Hledat odbor podle názvu' });
    expect(document.getElementById(search.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Například „stavební“ nebo „průkazy“.',
    );
    fireEvent.change(search, { target: { value: 'stavebni' } });
    expect(screen.getByRole('status').textContent).toBe('Nalezeno odborů: 1');
    const building = screen.getByRole('listitem', { name: 'Stavební úřad' });
    expect(within(building).getByText('Zavřeno – otevírá v pondělí v 8:00')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'xyz' } });
    expect(screen.getByRole('status').textContent).toBe('Žádný odbor neodpovídá hledání. Zkuste jiné slovo.');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('follows the switch to English', () => {
    const { state } = renderRemote('cs', fridayAfterClosing);
    act(() => state.setState({ locale: 'en' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Departments and office hours');
    const filing = screen.getByRole('listitem', { name: 'Filing office' });
    expect(within(filing).getByText('Open now – closes at 13:00')).toBeTruthy();
    expect(within(filing).getByText('Floor 1, room 101')).toBeTruthy();
    const vehicles = screen.getByRole('listitem', { name: 'Vehicle register' });
    expect(within(vehicles).getByText('Closed – opens on Monday at 8:00')).toBeTruthy();
  });
});

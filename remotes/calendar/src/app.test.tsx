import { calendarHandlers } from '@czp/mocks';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { outageHandlers } from './mocks/handlers.js';
import {
  errorOf,
  expectNoAxeViolations,
  renderAt,
  requests,
  sentBodies,
  text,
  withMockServer,
} from './test/harness.js';

withMockServer();
afterEach(cleanup);
// The browser's today (the list starts there) is the mock's: 3 December 2026.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
});
afterAll(() => vi.useRealTimers());

const cellOf = (day: string) => document.querySelector(`time[datetime="${day}"]`)?.closest('td') as HTMLElement;

describe('the month', () => {
  it('is a table of weeks with each day’s items, today marked in words, and links where items belong', async () => {
    const { container } = renderAt('/?month=2026-12', calendarHandlers());
    await screen.findByRole('heading', { level: 2, name: 'Kalendář: prosinec 2026' });
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => text(th)),
    ).toEqual(['po', 'út', 'st', 'čt', 'pá', 'so', 'ne']);
    expect(within(table).getAllByRole('row')).toHaveLength(6); // the header and five weeks
    expect(requests).toEqual(['GET /items?from=2026-11-30&to=2027-01-03']);

    const today = cellOf('2026-12-03');
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(text(today)).toContain('Dnes');
    expect(cellOf('2026-12-04').getAttribute('aria-current')).toBeNull();
    // A phone hides the header row: each day carries its weekday (hidden from screen readers, who hear the date).
    const weekday = (day: string) => cellOf(day).querySelector('.calendar-day__weekday');
    expect(text(weekday('2026-12-03') as HTMLElement)).toBe('čt');
    expect(text(weekday('2026-11-30') as HTMLElement)).toBe('po');
    expect(weekday('2026-12-06')?.getAttribute('aria-hidden')).toBe('true');

    const card = within(cellOf('2026-12-20')).getByRole('link', { name: /občanský průkaz/ });
    expect(card.getAttribute('href')).toBe('/services/my-data/documents');
    expect(text(cellOf('2026-12-20'))).toContain('Doklad');
    const deadline = within(cellOf('2026-12-15')).getByRole('link', { name: /Přihlášení psa/ });
    expect(deadline.getAttribute('href')).toBe('/services/submissions/5b0e1c4a-1111-4a00-8000-000000000001');
    expect(text(cellOf('2026-12-15'))).toContain('Podání');
    expect(text(cellOf('2026-12-09'))).toContain('Služba 06:00 Svoz plastů (Husova)');
    expect(text(cellOf('2026-12-10'))).toContain('Připomínka 09:30');
    await expectNoAxeViolations(container);
  });

  it('moves to the next month by a link that keeps the month in the address', async () => {
    const { host } = renderAt('/?month=2026-12', calendarHandlers());
    const next = await screen.findByRole('link', { name: 'Další měsíc' });
    expect(next.getAttribute('href')).toBe('/services/calendar/?month=2027-01');
    fireEvent.click(next);
    await screen.findByRole('heading', { level: 2, name: 'Kalendář: leden 2027' });
    expect(host.navigations.length + requests.length).toBeGreaterThan(1);
  });

  it('speaks English with English month and weekday names', async () => {
    const { container } = renderAt('/?month=2026-12', calendarHandlers(), 'en');
    await screen.findByRole('heading', { level: 2, name: 'Calendar: December 2026' });
    expect(text(cellOf('2026-12-03'))).toContain('Today');
    expect(text(cellOf('2026-12-20'))).toContain('Document');
    expect(within(cellOf('2026-12-20')).getByRole('link', { name: /identity card/ })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('says so when the API is down, with a retry', async () => {
    renderAt('/?month=2026-12', outageHandlers);
    expect(text(await screen.findByRole('alert'))).toContain('Kalendář se nepodařilo načíst');
    expect(screen.getByRole('button', { name: 'Zkusit znovu' })).toBeTruthy();
  });
});

describe('the list', () => {
  it('lists what is coming by day from today', async () => {
    const { container } = renderAt('/list', calendarHandlers());
    await screen.findByRole('heading', { level: 2, name: 'Co vás čeká' });
    const days = screen.getAllByRole('heading', { level: 3 }).map((h) => text(h));
    expect(days).toEqual([
      'středa 9. prosince 2026',
      'čtvrtek 10. prosince 2026',
      'úterý 15. prosince 2026',
      'neděle 20. prosince 2026',
    ]);
    await expectNoAxeViolations(container);
  });
});

describe('own reminders', () => {
  it('refuses an empty title and date next to the fields, then adds, edits and deletes one', async () => {
    const { container } = renderAt('/reminders', calendarHandlers());
    await screen.findByText(/Zaplatit poplatek za psa/);
    fireEvent.click(screen.getByRole('button', { name: 'Přidat připomínku' }));
    const title = screen.getByLabelText('Co připomenout');
    const date = screen.getByLabelText('Datum');
    expect(errorOf(title)).toBe('Napište, co vám máme připomenout.');
    expect(errorOf(date)).toBe('Vyberte datum.');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(sentBodies).toEqual([]);
    await expectNoAxeViolations(container);

    fireEvent.change(title, { target: { value: 'Lékař' } });
    fireEvent.change(date, { target: { value: '2026-12-11' } });
    fireEvent.change(screen.getByLabelText('Čas (nepovinný)'), { target: { value: '07:45' } });
    fireEvent.change(screen.getByLabelText('Upozornit'), { target: { value: '1440' } });
    fireEvent.click(screen.getByRole('button', { name: 'Přidat připomínku' }));
    await screen.findByText('Připomínka je uložená.');
    expect(sentBodies).toEqual([{ title: 'Lékař', date: '2026-12-11', time: '07:45', remindBeforeMinutes: 1440 }]);
    await screen.findByText('Lékař');

    fireEvent.click(screen.getByRole('button', { name: 'Upravit připomínku Lékař' }));
    expect((screen.getByLabelText('Co připomenout') as HTMLInputElement).value).toBe('Lékař');
    fireEvent.change(screen.getByLabelText('Co připomenout'), { target: { value: 'Zubař' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uložit' }));
    await screen.findByText('Zubař');
    expect(requests.some((r) => r.startsWith('PUT /reminders/'))).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Smazat připomínku Zubař' }));
    await screen.findByText('Připomínka je smazaná.');
    await waitFor(() => expect(screen.queryByText('Zubař')).toBeNull());
  });

  it('shows the server’s refusal next to the field it names', async () => {
    renderAt('/reminders', calendarHandlers());
    await screen.findByText(/Zaplatit poplatek za psa/);
    fireEvent.change(screen.getByLabelText('Co připomenout'), { target: { value: 'x'.repeat(201) } });
    fireEvent.change(screen.getByLabelText('Datum'), { target: { value: '2026-12-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Přidat připomínku' }));
    await waitFor(() => expect(errorOf(screen.getByLabelText('Co připomenout'))).toContain('200'));
  });
});

describe('notices and the feed', () => {
  it('switches notices on with the chosen offsets', async () => {
    const { container } = renderAt('/settings', calendarHandlers());
    const enabled = await screen.findByLabelText('Posílat upozornění');
    fireEvent.click(enabled);
    fireEvent.click(screen.getByLabelText('7 dní předem'));
    fireEvent.click(screen.getByRole('button', { name: 'Uložit upozornění' }));
    await screen.findByText('Nastavení upozornění je uložené.');
    expect(sentBodies).toEqual([{ enabled: true, offsets: [30, 0] }]);
    await expectNoAxeViolations(container);
  });

  it('shows, copies, renews and stops the secret feed address', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderAt('/settings', calendarHandlers(), 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Show the feed address' }));
    const url = (await screen.findByLabelText('Feed address')) as HTMLInputElement;
    const first = url.value;
    expect(first).toMatch(/^http:\/\/localhost:8080\/calendar\/.+\.ics$/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy the address' }));
    await screen.findByText('The address is copied.');
    expect(writeText).toHaveBeenCalledWith(first);
    fireEvent.click(screen.getByRole('button', { name: 'Make a new address (the old one stops working)' }));
    await screen.findByText('The old address no longer works; here is the new one.');
    expect((screen.getByLabelText('Feed address') as HTMLInputElement).value).not.toBe(first);
    fireEvent.click(screen.getByRole('button', { name: 'Stop the feed' }));
    await screen.findByText('The feed is stopped; its address no longer works.');
    expect(screen.queryByLabelText('Feed address')).toBeNull();
  });
});

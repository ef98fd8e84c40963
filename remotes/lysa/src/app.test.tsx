import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WasteCalendar } from './app.js';

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale, today: () => Date) {
  const host = createTestHost({ serviceId: 'lysa', locale });
  const view = render(
    <TestRemote host={host}>
      <WasteCalendar today={today} />
    </TestRemote>,
  );
  return { ...view, state: host.state };
}

/** The collection days: each day's heading and the kinds listed under it. */
const days = () =>
  screen.getAllByRole('heading', { level: 4 }).map((heading) => ({
    day: heading.textContent,
    dateTime: heading.querySelector('time')?.getAttribute('dateTime'),
    current: heading.parentElement?.getAttribute('aria-current') ?? null,
    kinds: within(heading.parentElement as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  }));

afterEach(cleanup);

describe('Lysá nad Labem waste calendar', () => {
  it('lists nothing until a street is chosen, then the next six collection days with their kinds in Czech', () => {
    renderRemote('cs', () => new Date(2026, 2, 3, 9));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kalendář svozu odpadu');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    const street = screen.getByRole('combobox', { name: 'Ulice' });
    expect(street.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(street.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Nádoby připravte ke krajnici do 6:00 ráno v den svozu.',
    );
    // The streets under their districts, each in Czech alphabetical order, after the empty choice.
    expect(within(street).getAllByRole('option')[0]?.textContent).toBe('Vyberte ulici');
    expect(
      [...street.querySelectorAll('optgroup')].map((group) => [
        group.label,
        [...group.querySelectorAll('option')].map((o) => o.textContent),
      ]),
    ).toEqual([
      ['Obvod 1 – střed města', ['Husovo náměstí', 'Masarykova', 'Palackého', 'Sojovická']],
      ['Obvod 2 – Litol', ['Litolská', 'Mírová', 'Za Zahradami']],
      ['Obvod 3 – Dvorce a Byšičky', ['Byšičky', 'Dvorecká', 'K Dvorcům']],
    ]);

    fireEvent.change(street, { target: { value: 'masarykova' } });
    expect(screen.getByRole('status').textContent).toBe(
      'Ulice Masarykova – Obvod 1 – střed města. Svoz je vždy v úterý.',
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Nejbližší svozové dny');
    expect(screen.getByText('Bioodpad: každý týden od dubna do listopadu')).toBeTruthy();
    expect(days()).toEqual([
      {
        day: 'úterý 3. března 2026 Dnes',
        dateTime: '2026-03-03',
        current: 'date',
        kinds: ['Směsný komunální odpad', 'Plasty a nápojové kartony'],
      },
      { day: 'úterý 10. března 2026', dateTime: '2026-03-10', current: null, kinds: ['Směsný komunální odpad'] },
      {
        day: 'úterý 17. března 2026',
        dateTime: '2026-03-17',
        current: null,
        kinds: ['Směsný komunální odpad', 'Plasty a nápojové kartony'],
      },
      { day: 'úterý 24. března 2026', dateTime: '2026-03-24', current: null, kinds: ['Směsný komunální odpad'] },
      {
        day: 'úterý 31. března 2026',
        dateTime: '2026-03-31',
        current: null,
        kinds: ['Směsný komunální odpad', 'Plasty a nápojové kartony'],
      },
      {
        day: 'úterý 7. dubna 2026',
        dateTime: '2026-04-07',
        current: null,
        kinds: ['Směsný komunální odpad', 'Bioodpad'],
      },
    ]);
  });

  it('marks the next collection day when today is not one', () => {
    renderRemote('cs', () => new Date(2026, 2, 1, 23, 30));
    fireEvent.change(screen.getByRole('combobox', { name: 'Ulice' }), { target: { value: 'mirova' } });
    const [first, second] = days();
    expect(first).toMatchObject({ day: 'středa 4. března 2026 Nejbližší svoz', current: null });
    expect(second?.day).toBe('středa 11. března 2026');
  });

  it('follows the switch to English and keeps the chosen street', () => {
    const { state } = renderRemote('cs', () => new Date(2026, 2, 3, 9));
    fireEvent.change(screen.getByRole('combobox', { name: 'Ulice' }), { target: { value: 'litolska' } });
    act(() => state.setState({ locale: 'en' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Litolská – District 2 – Litol. Waste is always collected on Wednesdays.',
    );
    expect(days()[0]).toMatchObject({
      day: 'Wednesday, 4 March 2026 Next collection',
      kinds: ['Mixed municipal waste'],
    });
    expect((screen.getByRole('combobox', { name: 'Street' }) as HTMLSelectElement).value).toBe('litolska');
  });
});

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

const items = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

afterEach(cleanup);

describe('Lysá nad Labem waste calendar', () => {
  it('lists nothing until a street is chosen, then the next dates of each kind in Czech', () => {
    renderRemote('cs', () => new Date(2026, 2, 3, 9));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Kalendář svozu odpadu');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('region')).toBeNull();

    fireEvent.change(screen.getByLabelText('Ulice'), { target: { value: 'masarykova' } });
    expect(screen.getByRole('status').textContent).toBe(
      'Ulice Masarykova – Obvod 1 – střed města. Svoz je vždy v úterý.',
    );
    expect(items('Směsný komunální odpad')).toEqual([
      'úterý 3. března 2026 (dnes)',
      'úterý 10. března 2026',
      'úterý 17. března 2026',
      'úterý 24. března 2026',
    ]);
    expect(items('Plasty a nápojové kartony')).toHaveLength(4);
    expect(items('Bioodpad')[0]).toBe('úterý 7. dubna 2026');
  });

  it('follows the switch to English and keeps the chosen street', () => {
    const { state } = renderRemote('cs', () => new Date(2026, 2, 3, 9));
    fireEvent.change(screen.getByLabelText('Ulice'), { target: { value: 'litolska' } });
    act(() => state.setState({ locale: 'en' }));
    expect(screen.getByRole('status').textContent).toBe(
      'Litolská – District 2 – Litol. Waste is always collected on Wednesdays.',
    );
    expect(items('Mixed municipal waste')[0]).toBe('Wednesday, 4 March 2026');
    expect((screen.getByLabelText('Street') as HTMLSelectElement).value).toBe('litolska');
  });
});

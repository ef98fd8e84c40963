import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ParentalAllowanceCalculator } from './app.js';

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale) {
  const host = createTestHost({ serviceId: 'mpsv', locale, person: null });
  const view = render(
    <TestRemote host={host}>
      <ParentalAllowanceCalculator />
    </TestRemote>,
  );
  return { ...view, state: host.state };
}

/** Text with the non-breaking spaces of Czech number formatting made plain. */
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
const submit = () => fireEvent.click(screen.getByRole('button', { name: /Spočítat|Calculate/ }));

afterEach(cleanup);

describe('parental allowance calculator', () => {
  it('shows an error next to the field, marks it invalid, and focuses a summary whose link leads to the field', () => {
    renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Třicetinásobek denního vyměřovacího základu (Kč)'), {
      target: { value: '20000' },
    });
    const monthly = screen.getByLabelText('Zvolená měsíční částka (Kč)');
    fireEvent.change(monthly, { target: { value: '15000' } });
    submit();
    expect(monthly.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(monthly.getAttribute('aria-describedby')?.split(' ')[1] ?? '');
    expect(text(error)).toBe('Měsíčně můžete čerpat nejvýše 14 000 Kč.');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Formulář obsahuje chyby' })).toBeTruthy();
    expect(document.activeElement?.contains(summary)).toBe(true);
    const link = within(summary).getByRole('link');
    expect(text(link)).toBe('Zvolená měsíční částka (Kč): Měsíčně můžete čerpat nejvýše 14 000 Kč.');
    fireEvent.click(link);
    expect(document.activeElement).toBe(monthly);
    expect(text(screen.getByRole('status'))).toBe('');
  });

  it('announces the duration and the last month', () => {
    renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Třicetinásobek denního vyměřovacího základu (Kč)'), {
      target: { value: '30 000' },
    });
    fireEvent.change(screen.getByLabelText('Zvolená měsíční částka (Kč)'), { target: { value: '15000' } });
    submit();
    const status = text(screen.getByRole('status'));
    expect(status).toContain('Počet měsíců čerpání24');
    expect(status).toContain('Částka v posledním měsíci5 000 Kč');
    expect(screen.getByLabelText('Zvolená měsíční částka (Kč)').getAttribute('aria-invalid')).toBeNull();
  });

  it('works in English, without an assessment base', () => {
    const { state } = renderRemote('cs');
    act(() => state.setState({ locale: 'en' }));
    fireEvent.click(screen.getByLabelText('I have a daily assessment base (I was covered by sickness insurance)'));
    expect(screen.queryByLabelText('Thirty times the daily assessment base (CZK)')).toBeNull();
    fireEvent.change(screen.getByLabelText('Chosen monthly amount (CZK)'), { target: { value: '12000' } });
    submit();
    const monthly = screen.getByLabelText('Chosen monthly amount (CZK)');
    const error = document.getElementById(monthly.getAttribute('aria-describedby')?.split(' ')[1] ?? '');
    expect(text(error)).toBe('You may receive at most CZK 10,000 a month.');
    expect(within(screen.getByRole('alert')).getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Chosen monthly amount (CZK)'), { target: { value: '10000' } });
    submit();
    expect(text(screen.getByRole('status'))).toContain('Number of months35');
  });

  it('says next to the field that 500 CZK a month would not be drawn by the 3rd birthday, and the lowest amount', () => {
    const { state } = renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Třicetinásobek denního vyměřovacího základu (Kč)'), {
      target: { value: '30000' },
    });
    const monthly = screen.getByLabelText('Zvolená měsíční částka (Kč)');
    fireEvent.change(monthly, { target: { value: '500' } });
    submit();
    const errorOf = () =>
      text(
        document.getElementById(
          screen
            .getByLabelText(/měsíční částka|monthly amount/)
            .getAttribute('aria-describedby')
            ?.split(' ')[1] ?? '',
        ),
      );
    expect(monthly.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf()).toBe(
      'S touto částkou byste příspěvek nevyčerpal(a) do 3 let věku dítěte; nejnižší možná měsíční částka je 9 723 Kč.',
    );
    expect(text(screen.getByRole('status'))).toBe('');
    act(() => state.setState({ locale: 'en' }));
    expect(errorOf()).toBe(
      'At this amount you would not draw the whole allowance before the child is 3; the lowest possible monthly amount is CZK 9,723.',
    );
  });

  it('gives a tiny base the 10 000 CZK cap and formats the numbers of its texts', () => {
    renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Třicetinásobek denního vyměřovacího základu (Kč)'), {
      target: { value: '1000' },
    });
    const monthly = screen.getByLabelText('Zvolená měsíční částka (Kč)');
    fireEvent.change(monthly, { target: { value: '12,5' } });
    submit();
    const error = document.getElementById(monthly.getAttribute('aria-describedby')?.split(' ')[1] ?? '');
    expect(text(error)).toBe('Zadejte částku v celých korunách, například 12 000.');
    fireEvent.change(monthly, { target: { value: '10 000' } });
    submit();
    const status = text(screen.getByRole('status'));
    expect(status).toContain('Nejvyšší možná měsíční částka10 000 Kč');
    expect(status).toContain('Počet měsíců čerpání35');
  });
});

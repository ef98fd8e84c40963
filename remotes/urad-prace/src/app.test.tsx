import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnemploymentBenefitEstimate } from './app.js';

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale) {
  const host = createTestHost({
    serviceId: 'urad-prace',
    locale,
    person: { id: 'p1', name: 'Jana Nováková', levelOfAssurance: 'substantial' },
  });
  const view = render(
    <TestRemote host={host}>
      <UnemploymentBenefitEstimate />
    </TestRemote>,
  );
  return { ...view, state: host.state };
}

/** Text with the non-breaking spaces of number formatting made plain. */
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
const errorOf = (input: HTMLElement) =>
  document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ').at(-1) ?? '');

afterEach(cleanup);

describe('unemployment benefit estimate', () => {
  it('shows errors next to the fields, and focuses a summary whose links lead to them', () => {
    renderRemote('cs');
    const earnings = screen.getByLabelText('Průměrný čistý měsíční výdělek (Kč)');
    const age = screen.getByLabelText('Věk v den podání žádosti');
    fireEvent.change(earnings, { target: { value: '30000' } });
    fireEvent.change(age, { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spočítat podporu' }));
    expect(earnings.getAttribute('aria-invalid')).toBeNull();
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(text(errorOf(age))).toBe('Věk musí být od 15 do 100 let.');
    const summary = screen.getByRole('alert');
    expect(document.activeElement?.contains(summary)).toBe(true);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => text(link))).toEqual(['Věk v den podání žádosti: Věk musí být od 15 do 100 let.']);
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(age);
    expect(text(screen.getByRole('status'))).toBe('');
  });

  it('announces the benefit per period and in total', () => {
    renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Průměrný čistý měsíční výdělek (Kč)'), { target: { value: '50 000' } });
    fireEvent.change(screen.getByLabelText('Věk v den podání žádosti'), { target: { value: '53' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spočítat podporu' }));
    const status = screen.getByRole('status');
    const rows = within(status)
      .getAllByRole('row')
      .slice(1)
      .map((row) => text(row));
    expect(rows).toEqual(['1.–2. měsíc65 %25 501 Kč (strop)', '3.–4. měsíc50 %25 000 Kč', '5.–8. měsíc45 %22 500 Kč']);
    expect(text(status)).toContain('Celkem za podpůrčí dobu191 002 Kč');
  });

  it('works in English', () => {
    const { state } = renderRemote('cs');
    act(() => state.setState({ locale: 'en' }));
    fireEvent.change(screen.getByLabelText('Average net monthly earnings (CZK)'), { target: { value: '30000' } });
    fireEvent.change(screen.getByLabelText('Age on the day you apply'), { target: { value: '40' } });
    fireEvent.click(screen.getByLabelText('I left the job myself without a serious reason'));
    fireEvent.click(screen.getByRole('button', { name: 'Calculate the benefit' }));
    const status = text(screen.getByRole('status'));
    expect(status).toContain('Months 1–545%CZK 13,500');
    expect(status).toContain('Total for the support periodCZK 67,500');
  });

  it('says a very long earnings figure is too high, not "not a whole number", in both languages', () => {
    const { state } = renderRemote('cs');
    const earnings = screen.getByLabelText('Průměrný čistý měsíční výdělek (Kč)');
    fireEvent.change(earnings, { target: { value: '1234567890' } });
    fireEvent.change(screen.getByLabelText('Věk v den podání žádosti'), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spočítat podporu' }));
    expect(text(errorOf(earnings))).toBe('Zkontrolujte prosím výdělek, je neobvykle vysoký (nejvýše 1 000 000 Kč).');
    act(() => state.setState({ locale: 'en' }));
    expect(text(errorOf(earnings))).toBe(
      'Please check your earnings, they are unusually high (at most CZK 1,000,000).',
    );
    fireEvent.change(earnings, { target: { value: '32 000,50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Calculate the benefit' }));
    expect(text(errorOf(earnings))).toBe('Enter a whole number, for example 32,000.');
  });
});

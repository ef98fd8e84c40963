import type { Locale } from '@czp/contract';
import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EligibilityChecker } from './app.js';

/** Renders the remote's root as defineRemote() does, with a test host whose state a test changes. */
function renderRemote(locale: Locale) {
  const host = createTestHost({
    serviceId: 'vitakarta',
    locale,
    person: { id: 'p1', name: 'Jana Nováková', levelOfAssurance: 'substantial' },
  });
  const view = render(
    <TestRemote host={host}>
      <EligibilityChecker />
    </TestRemote>,
  );
  return { ...view, state: host.state };
}

const errorOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '');

afterEach(cleanup);

describe('Vitakarta eligibility checker', () => {
  it('shows the errors next to their fields and focuses the first', () => {
    renderRemote('cs');
    const age = screen.getByLabelText('Věk (v celých letech)');
    const pension = screen.getByLabelText('Pobíráte starobní nebo invalidní důchod?');
    fireEvent.change(age, { target: { value: 'sedmdesát' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(age)?.textContent).toBe('Zadejte věk celým číslem, například 67.');
    expect(pension.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(pension)?.textContent).toBe('Vyberte prosím, zda pobíráte důchod.');
    expect(document.activeElement).toBe(age);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('lists the benefits with an explanation each', () => {
    renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Věk (v celých letech)'), { target: { value: '72' } });
    fireEvent.change(screen.getByLabelText('Průkaz osoby se zdravotním postižením'), { target: { value: 'ztpp' } });
    fireEvent.change(screen.getByLabelText('Pobíráte starobní nebo invalidní důchod?'), { target: { value: 'yes' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { level: 3 }).textContent).toBe('Výhody, na které můžete mít nárok: 11');
    expect(within(status).getByRole('heading', { name: 'Veřejná doprava zdarma od 70 let' })).toBeTruthy();
    expect(within(status).getByText(/průvodce ve veřejné dopravě zdarma/)).toBeTruthy();
  });

  it('works in English and keeps the answers', () => {
    const { state } = renderRemote('cs');
    fireEvent.change(screen.getByLabelText('Věk (v celých letech)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Pobíráte starobní nebo invalidní důchod?'), { target: { value: 'no' } });
    act(() => state.setState({ locale: 'en' }));
    expect((screen.getByLabelText('Age (in whole years)') as HTMLInputElement).value).toBe('30');
    fireEvent.click(screen.getByRole('button', { name: 'Find benefits' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { level: 3 }).textContent).toBe('Benefits you may be entitled to: 0');
    expect(within(status).getByText(/We found no benefit/)).toBeTruthy();
  });
});

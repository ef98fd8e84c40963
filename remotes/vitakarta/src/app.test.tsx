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

/** The texts an element is described by (hint, error). */
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

afterEach(cleanup);

describe('Vitakarta eligibility checker', () => {
  it('shows the errors in a summary that takes focus and next to their fields; a summary link focuses the field', () => {
    renderRemote('cs');
    const age = screen.getByRole('textbox', { name: 'Věk (v celých letech)' });
    const pension = screen.getByRole('radiogroup', { name: 'Pobíráte starobní nebo invalidní důchod?' });
    expect(within(pension).getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Nemám' })).toHaveProperty('checked', true);

    fireEvent.change(age, { target: { value: 'sedmdesát' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { level: 3 }).textContent).toBe('Opravte prosím tyto údaje');
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Věk: Zadejte věk celým číslem, například 67.',
      'Důchod: Vyberte prosím, zda pobíráte důchod.',
    ]);
    expect(summary.parentElement?.contains(document.activeElement)).toBe(true);

    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(description(age)).toEqual(['Zadejte věk celým číslem, například 67.']);
    expect(pension.getAttribute('aria-invalid')).toBe('true');
    expect(description(pension)).toEqual(['Vyberte prosím, zda pobíráte důchod.']);
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ano' }));
    fireEvent.click(links[0] as HTMLElement);
    expect(document.activeElement).toBe(age);
  });

  it('lists the benefits with an explanation each', () => {
    renderRemote('cs');
    fireEvent.change(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }), { target: { value: '72' } });
    fireEvent.click(screen.getByRole('radio', { name: 'ZTP/P' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Ano' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { level: 3 }).textContent).toBe('Výhody, na které můžete mít nárok: 11');
    expect(within(status).getByRole('heading', { name: 'Veřejná doprava zdarma od 70 let' })).toBeTruthy();
    expect(within(status).getByText(/průvodce ve veřejné dopravě zdarma/)).toBeTruthy();
    expect(within(status).getByText(/Přehled je orientační/)).toBeTruthy();
  });

  it('clears the summary once the answers are right', () => {
    renderRemote('cs');
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(2);
    fireEvent.change(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zjistit výhody' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }).getAttribute('aria-invalid')).toBeNull();
  });

  it('works in English and keeps the answers', () => {
    const { state } = renderRemote('cs');
    fireEvent.change(screen.getByRole('textbox', { name: 'Věk (v celých letech)' }), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Ne' }));
    act(() => state.setState({ locale: 'en' }));
    expect((screen.getByRole('textbox', { name: 'Age (in whole years)' }) as HTMLInputElement).value).toBe('30');
    expect(screen.getByRole('radio', { name: 'No' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Find benefits' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('heading', { level: 3 }).textContent).toBe('Benefits you may be entitled to: 0');
    expect(within(status).getByText(/We found no benefit/)).toBeTruthy();
  });
});

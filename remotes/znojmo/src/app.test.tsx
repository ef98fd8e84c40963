import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ZnojmoFees } from './app.js';

function renderRemote() {
  const host = createTestHost({ serviceId: 'znojmo', locale: 'cs', person: null });
  return render(
    <TestRemote host={host}>
      <ZnojmoFees />
    </TestRemote>,
  );
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Spočítat poplatek' }));

afterEach(cleanup);

describe('Znojmo fees', () => {
  it('shows each error next to its field and in a focused summary whose links lead to the fields', () => {
    renderRemote();
    const persons = screen.getByLabelText('Počet osob s trvalým pobytem v domácnosti');
    const dogs = screen.getByLabelText('Počet psů');
    fireEvent.change(persons, { target: { value: '0' } });
    fireEvent.change(dogs, { target: { value: '1,5' } });
    submit();
    expect(persons.getAttribute('aria-invalid')).toBe('true');
    expect(dogs.getAttribute('aria-invalid')).toBe('true');
    expect(text(document.getElementById(persons.getAttribute('aria-describedby') ?? ''))).toBe(
      'Počet osob musí být od 1 do 30.',
    );
    const summary = screen.getByRole('alert');
    expect(document.activeElement?.contains(summary)).toBe(true);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => text(link))).toEqual([
      'Počet osob s trvalým pobytem v domácnosti: Počet osob musí být od 1 do 30.',
      'Počet psů: Zadejte celé číslo, například 2.',
    ]);
    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(dogs);
  });

  it('drops the summary and shows the fee once the form is valid (the pensioner box halves the dog fee)', () => {
    renderRemote();
    fireEvent.change(screen.getByLabelText('Počet osob s trvalým pobytem v domácnosti'), { target: { value: 'x' } });
    submit();
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Počet osob s trvalým pobytem v domácnosti'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Počet psů'), { target: { value: '1' } });
    submit();
    expect(screen.queryByRole('alert')).toBeNull();
    const total = text(screen.getAllByRole('definition').at(-1) ?? null);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Držitel psa je poživatel důchodu' }));
    expect(screen.getByRole('checkbox', { name: 'Držitel psa je poživatel důchodu' })).toHaveProperty('checked', true);
    submit();
    expect(text(screen.getAllByRole('definition').at(-1) ?? null)).not.toBe(total);
  });
});

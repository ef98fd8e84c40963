import { createTestHost, TestRemote } from '@czp/remote-sdk/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZnojmoFees } from './app.js';

function renderRemote(locale: 'cs' | 'en' = 'cs') {
  const host = createTestHost({ serviceId: 'znojmo', locale, person: null });
  return render(
    <TestRemote host={host}>
      <ZnojmoFees />
    </TestRemote>,
  );
}

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s/g, ' ');
const submit = (name = 'Spočítat poplatek') => fireEvent.click(screen.getByRole('button', { name }));
const errorOf = (input: HTMLElement) => text(document.getElementById(input.getAttribute('aria-describedby') ?? ''));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

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
    expect(errorOf(persons)).toBe('Zadejte počet osob od 1 do 30.');
    const summary = screen.getByRole('alert');
    expect(document.activeElement?.contains(summary)).toBe(true);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => text(link))).toEqual([
      'Počet osob s trvalým pobytem v domácnosti: Zadejte počet osob od 1 do 30.',
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

  it('says the allowed range for a negative number of dogs and "too large" for a long one, in both languages', () => {
    renderRemote();
    const dogs = screen.getByLabelText('Počet psů');
    fireEvent.change(dogs, { target: { value: '-1' } });
    submit();
    expect(errorOf(dogs)).toBe('Zadejte počet psů od 0 do 20.');
    fireEvent.change(dogs, { target: { value: '123456789012345678901234567890' } });
    submit();
    expect(errorOf(dogs)).toBe('Počet psů je příliš velký. Zadejte počet od 0 do 20.');
    cleanup();

    renderRemote('en');
    const dogsEn = screen.getByLabelText('Number of dogs');
    fireEvent.change(dogsEn, { target: { value: '-1' } });
    submit('Calculate the fee');
    expect(errorOf(dogsEn)).toBe('Enter a number of dogs from 0 to 20.');
  });

  it("shows this year's due date until the end of 31 May in Prague, the next one from 1 June", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-31T21:30:00Z')); // 23:30 on 31 May in Prague
    renderRemote();
    submit();
    expect(text(screen.getByText(/^Splatnost:/))).toBe('Splatnost: 31. května 2026');
    cleanup();

    vi.setSystemTime(new Date('2026-05-31T22:30:00Z')); // 00:30 on 1 June in Prague
    renderRemote();
    submit();
    expect(text(screen.getByText(/^Splatnost:/))).toBe('Splatnost: 31. května 2027');
  });
});

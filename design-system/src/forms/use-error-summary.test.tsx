import { fireEvent, render, screen } from '@testing-library/react';
import { type FormEvent, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorSummary } from '../components/error-summary/ErrorSummary.js';
import { TextField } from '../components/text-field/TextField.js';
import { useErrorSummary } from './use-error-summary.js';

type Field = 'persons' | 'dogs';
const FIELDS: Field[] = ['persons', 'dogs'];
const LABEL: Record<Field, string> = { persons: 'Počet osob', dogs: 'Počet psů' };

/** A form that refuses an empty field, as the remotes' calculators do. */
function Form({ labelled = true }: { labelled?: boolean }) {
  const [raw, setRaw] = useState<Record<Field, string>>({ persons: '', dogs: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const summary = useErrorSummary({
    fields: FIELDS,
    idPrefix: 'fees',
    errorText: (name) => errors[name],
    label: labelled ? (name) => LABEL[name] : undefined,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = Object.fromEntries(FIELDS.filter((name) => raw[name] === '').map((name) => [name, 'Vyplňte.']));
    setErrors(found);
    if (Object.keys(found).length > 0) summary.submitFailed();
  };
  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary title="Formulář obsahuje chyby" {...summary.props} />
      {FIELDS.map((name) => (
        <TextField
          key={name}
          id={summary.fieldId(name)}
          label={LABEL[name]}
          value={raw[name]}
          error={errors[name]}
          onChange={(event) => setRaw({ ...raw, [name]: event.target.value })}
        />
      ))}
      <button type="submit">Spočítat</button>
    </form>
  );
}

const links = () => screen.queryAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Spočítat' }));

describe('useErrorSummary', () => {
  it('gives each field its id and lists the errors in field order, each linking to its field', () => {
    const { container } = render(<Form />);
    expect(screen.getByLabelText('Počet osob').id).toBe('fees-persons');
    expect(links()).toEqual([]);
    fireEvent.change(screen.getByLabelText('Počet osob'), { target: { value: '2' } });
    submit();
    expect(links()).toEqual([['Počet psů: Vyplňte.', '#fees-dogs']]);
    expect(document.activeElement).toBe(container.querySelector('.czp-error-summary'));
    fireEvent.change(screen.getByLabelText('Počet osob'), { target: { value: '' } });
    submit();
    expect(links()).toEqual([
      ['Počet osob: Vyplňte.', '#fees-persons'],
      ['Počet psů: Vyplňte.', '#fees-dogs'],
    ]);
  });

  it('shows the error alone without a label', () => {
    render(<Form labelled={false} />);
    submit();
    expect(links()).toEqual([
      ['Vyplňte.', '#fees-persons'],
      ['Vyplňte.', '#fees-dogs'],
    ]);
  });

  it('brings focus back to the summary on a second failed submit with the same errors', () => {
    const { container } = render(<Form />);
    submit();
    const summary = container.querySelector('.czp-error-summary');
    expect(document.activeElement).toBe(summary);
    screen.getByLabelText('Počet psů').focus();
    submit();
    expect(document.activeElement).toBe(summary);
  });
});

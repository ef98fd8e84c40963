import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { SelectField } from './SelectField.js';

const options = [
  { value: 'vysocina', label: 'Kraj Vysočina' },
  { value: 'jihomoravsky', label: 'Jihomoravský kraj' },
  { value: 'praha', label: 'Hlavní město Praha', disabled: true },
];

describe('SelectField', () => {
  it('names the select by its label and lists the options after the placeholder', async () => {
    const { container } = render(
      <SelectField label="Kraj" hint="Kde bydlíte" options={options} placeholder="Všechny kraje" name="region" />,
    );
    const select = screen.getByRole('combobox', { name: 'Kraj' });
    expect(select.getAttribute('name')).toBe('region');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Všechny kraje',
      'Kraj Vysočina',
      'Jihomoravský kraj',
      'Hlavní město Praha',
    ]);
    expect(screen.getByRole('option', { name: 'Hlavní město Praha' })).toHaveProperty('disabled', true);
    expect(select).toHaveProperty('value', '');
    expect(select.getAttribute('aria-describedby')).toBe(`${select.id}-hint`);
    await expectNoAxeViolations(container);
  });

  it('puts grouped choices under their headings and leaves out an empty group', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(
      <SelectField
        label="Adresát"
        placeholder="Vyberte adresáta"
        onChange={(event) => onChange(event.target.value)}
        options={[
          { group: 'Obce a města', options: [{ value: 'telc', label: 'Město Telč' }] },
          { group: 'Prázdná', options: [] },
          { group: 'Ministerstva', options: [{ value: 'msp', label: 'Ministerstvo spravedlnosti' }] },
          { value: 'other', label: 'Jiný' },
        ]}
      />,
    );
    const groups = [...container.querySelectorAll('optgroup')];
    expect(groups.map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)])).toEqual([
      ['Obce a města', ['Město Telč']],
      ['Ministerstva', ['Ministerstvo spravedlnosti']],
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Adresát' }), 'msp');
    expect(onChange).toHaveBeenLastCalledWith('msp');
    await expectNoAxeViolations(container);
  });

  it('calls onChange with the chosen value', async () => {
    const onChange = vi.fn();
    render(<SelectField label="Kraj" options={options} onChange={(event) => onChange(event.target.value)} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kraj' }), 'jihomoravsky');
    expect(onChange).toHaveBeenCalledWith('jihomoravsky');
  });

  it('shows the error, is invalid and required', async () => {
    const ref = createRef<HTMLSelectElement>();
    const { container } = render(
      <SelectField
        ref={ref}
        id="region"
        label="Kraj"
        options={options}
        placeholder="Vyberte"
        error="Vyberte kraj"
        required
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Kraj' });
    expect(ref.current).toBe(select);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(select).toHaveProperty('required', true);
    expect(select.getAttribute('aria-describedby')).toBe('region-error');
    await expectNoAxeViolations(container);
  });

  it('is disabled', async () => {
    const { container } = render(<SelectField label="Kraj" options={options} disabled defaultValue="vysocina" />);
    const select = screen.getByRole('combobox', { name: 'Kraj' });
    expect(select).toHaveProperty('disabled', true);
    expect(select).toHaveProperty('value', 'vysocina');
    await expectNoAxeViolations(container);
  });
});

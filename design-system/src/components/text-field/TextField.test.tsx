import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type Ref, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { TextField } from './TextField.js';

function ControlledTown({
  inputRef,
  onChange,
}: {
  inputRef: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}) {
  const [value, setValue] = useState('');
  return (
    <TextField
      ref={inputRef}
      label="Obec"
      value={value}
      onChange={(event) => {
        setValue(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}

describe('TextField', () => {
  it('names the input by its label and describes it by the hint', async () => {
    const { container } = render(
      <TextField label="Jméno" hint="Jak je uvedeno v občanském průkazu" name="name" autoComplete="given-name" />,
    );
    const input = screen.getByRole('textbox', { name: 'Jméno' });
    expect(input.getAttribute('name')).toBe('name');
    expect(input.getAttribute('autocomplete')).toBe('given-name');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint`);
    expect(document.getElementById(`${input.id}-hint`)?.textContent).toBe('Jak je uvedeno v občanském průkazu');
    await expectNoAxeViolations(container);
  });

  it('shows the error next to the field, marks the input invalid and describes it by hint and error', async () => {
    const { container } = render(
      <TextField id="dogs" label="Počet psů" hint="Celé číslo" error="Zadejte celé číslo" inputMode="numeric" />,
    );
    const input = screen.getByRole('textbox', { name: 'Počet psů' });
    expect(input.id).toBe('dogs');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('dogs-hint dogs-error');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(document.getElementById('dogs-error')?.textContent).toBe('Zadejte celé číslo');
    expect(container.querySelector('.gov-form-control')?.getAttribute('data-invalid')).toBe('true');
    await expectNoAxeViolations(container);
  });

  it('has no describedby without hint and error, and keeps the caller’s describedby', () => {
    const { rerender } = render(<TextField label="Obec" />);
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBeNull();
    rerender(<TextField label="Obec" aria-describedby="other" error="Vyplňte obec" id="town" />);
    expect(screen.getByRole('textbox').getAttribute('aria-describedby')).toBe('town-error other');
  });

  it('is required (native and a decorative asterisk that is not part of the name)', async () => {
    const { container } = render(<TextField label="E-mail" type="email" required />);
    const input = screen.getByRole('textbox', { name: 'E-mail' });
    expect(input).toHaveProperty('required', true);
    expect(input.getAttribute('type')).toBe('email');
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('\u00A0*');
    await expectNoAxeViolations(container);
  });

  it('is disabled', async () => {
    const { container } = render(<TextField label="Rodné číslo" defaultValue="800101/1234" disabled />);
    const input = screen.getByRole('textbox', { name: 'Rodné číslo' });
    expect(input).toHaveProperty('disabled', true);
    expect(container.querySelector('.gov-form-input')?.getAttribute('data-disabled')).toBe('true');
    await expectNoAxeViolations(container);
  });

  it('types through onChange when controlled, and gives the caller the input by ref', async () => {
    const onChange = vi.fn();
    const ref = createRef<HTMLInputElement>();
    render(<ControlledTown inputRef={ref} onChange={onChange} />);
    ref.current?.focus();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Obec' }));
    await userEvent.keyboard('Telč');
    expect(onChange).toHaveBeenLastCalledWith('Telč');
    expect(screen.getByRole('textbox')).toHaveProperty('value', 'Telč');
  });

  it('has the same ids on the server and in the browser (useId)', () => {
    const html = renderToString(<TextField label="Obec" hint="Nápověda" />);
    const id = /<input[^>]* id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(html).toContain(`aria-describedby="${id}-hint"`);
  });
});

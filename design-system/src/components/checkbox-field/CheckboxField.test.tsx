import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { CheckboxField } from './CheckboxField.js';

function ControlledConsent({ onChange }: { onChange: (checked: boolean) => void }) {
  const [checked, setChecked] = useState(false);
  return (
    <CheckboxField
      label="Souhlasím"
      checked={checked}
      onChange={(event) => {
        setChecked(event.target.checked);
        onChange(event.target.checked);
      }}
    />
  );
}

describe('CheckboxField', () => {
  it('names the checkbox by its label and describes it by the hint', async () => {
    const { container } = render(<CheckboxField label="Jsem důchodce" hint="Sleva 50 %" name="pensioner" />);
    const box = screen.getByRole('checkbox', { name: 'Jsem důchodce' });
    expect(box.getAttribute('name')).toBe('pensioner');
    expect(box.getAttribute('aria-describedby')).toBe(`${box.id}-hint`);
    expect(box.getAttribute('aria-checked')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('toggles with Space and with a click on the label', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ControlledConsent onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Souhlasím' });
    await user.tab();
    expect(document.activeElement).toBe(box);
    await user.keyboard(' ');
    expect(box).toHaveProperty('checked', true);
    expect(onChange).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByText('Souhlasím'));
    expect(box).toHaveProperty('checked', false);
    expect(onChange).toHaveBeenLastCalledWith(false);
  });

  it('shows the error, is invalid and required, and gives the input by ref', async () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <CheckboxField ref={ref} id="consent" label="Souhlasím" hint="Nutné" error="Potvrďte souhlas" required />,
    );
    const box = screen.getByRole('checkbox', { name: 'Souhlasím' });
    expect(ref.current).toBe(box);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box).toHaveProperty('required', true);
    expect(box.getAttribute('aria-describedby')).toBe('consent-hint consent-error');
    expect(screen.getByText('Potvrďte souhlas').id).toBe('consent-error');
    await expectNoAxeViolations(container);
  });

  it('is disabled: no toggling', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<CheckboxField label="Souhlasím" disabled defaultChecked onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Souhlasím' });
    await user.click(box);
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveProperty('checked', true);
    expect(container.querySelector('.gov-form-checkbox')?.getAttribute('data-disabled')).toBe('true');
    await expectNoAxeViolations(container);
  });
});

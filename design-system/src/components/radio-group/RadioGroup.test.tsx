import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { RadioGroup } from './RadioGroup.js';

// user-event walks radio groups with CSS.escape, which jsdom lacks.
if (typeof globalThis.CSS?.escape !== 'function') {
  Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (value: string) => value.replace(/["\\]/g, '\\$&') } });
}

const options = [
  { value: 'all', label: 'Vše' },
  { value: 'civil', label: 'Občanské záležitosti', hint: 'Matrika, občanské průkazy' },
  { value: 'business', label: 'Podnikání' },
];

function Controlled(props: { onChange?: (value: string) => void; disabledLast?: boolean }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <RadioGroup
      legend="Oblast"
      name="area"
      options={props.disabledLast ? options.map((o, i) => (i === 2 ? { ...o, disabled: true } : o)) : options}
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onChange?.(next);
      }}
    />
  );
}

describe('RadioGroup', () => {
  it('is a radio group named by its legend, with one named radio per option', async () => {
    const { container } = render(<RadioGroup legend="Oblast" hint="Vyberte jednu" options={options} />);
    const group = screen.getByRole('radiogroup', { name: 'Oblast' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.getAttribute('aria-describedby')).toMatch(/-hint$/);
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['all', 'civil', 'business']);
    expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
    expect(screen.getByRole('radio', { name: 'Občanské záležitosti' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Matrika, občanské průkazy').id).toBe(
      screen.getByRole('radio', { name: 'Občanské záležitosti' }).getAttribute('aria-describedby'),
    );
    await expectNoAxeViolations(container);
  });

  it('moves and chooses with the arrow keys, and Space chooses', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await user.tab();
    const [all, civil, business] = screen.getAllByRole('radio');
    expect(document.activeElement).toBe(all);
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith('all');
    expect(all).toHaveProperty('checked', true);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(civil);
    expect(onChange).toHaveBeenLastCalledWith('civil');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(business);
    expect(business).toHaveProperty('checked', true);
    await user.keyboard('{ArrowUp}');
    expect(civil).toHaveProperty('checked', true);
    expect(all).toHaveProperty('checked', false);
  });

  it('chooses by clicking a label; a controlled value shows what the caller holds', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.click(screen.getByText('Podnikání'));
    expect(screen.getByRole('radio', { name: 'Podnikání' })).toHaveProperty('checked', true);
  });

  it('starts from defaultValue when uncontrolled', () => {
    render(<RadioGroup legend="Oblast" options={options} defaultValue="civil" />);
    expect(screen.getByRole('radio', { name: 'Občanské záležitosti' })).toHaveProperty('checked', true);
  });

  it('shows the error for the group: invalid, described by the error; the id is the first radio’s', async () => {
    const ref = createRef<HTMLInputElement>();
    const { container } = render(
      <RadioGroup ref={ref} id="area" legend="Oblast" options={options} error="Vyberte oblast" required />,
    );
    const group = screen.getByRole('radiogroup', { name: 'Oblast' });
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-required')).toBe('true');
    expect(group.getAttribute('aria-describedby')).toBe('area-error');
    expect(screen.getByText('Vyberte oblast').id).toBe('area-error');
    expect(ref.current).toBe(screen.getByRole('radio', { name: 'Vše' }));
    expect(ref.current?.id).toBe('area');
    expect(screen.getByRole('radio', { name: 'Podnikání' }).id).toBe('area-3');
    await expectNoAxeViolations(container);
  });

  it('is disabled as a whole, or per option (skipped by the arrows)', async () => {
    const user = userEvent.setup();
    const { container, unmount } = render(<RadioGroup legend="Oblast" options={options} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    await expectNoAxeViolations(container);
    unmount();
    render(<Controlled disabledLast />);
    await user.click(screen.getByRole('radio', { name: 'Občanské záležitosti' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Podnikání' })).toHaveProperty('checked', false);
  });

  it('lays the options side by side when inline', () => {
    const { container } = render(<RadioGroup legend="Oblast" options={options} inline />);
    expect(container.querySelector('.czp-radio-group--inline')).toBeTruthy();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ThemeSwitch } from './ThemeSwitch.js';

describe('ThemeSwitch', () => {
  it('is a toggle button whose pressed state is the theme', () => {
    const { rerender } = render(<ThemeSwitch label="Vysoký kontrast" highContrast={false} onChange={() => {}} />);
    const button = screen.getByRole('button', { name: 'Vysoký kontrast' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    rerender(<ThemeSwitch label="Vysoký kontrast" highContrast onChange={() => {}} />);
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('asks for the other state, by mouse and by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ThemeSwitch label="High contrast" highContrast={false} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'High contrast' }));
    expect(onChange).toHaveBeenLastCalledWith(true);
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('keeps the full label as its name when a short one is shown on narrow screens', async () => {
    const { container } = render(
      <ThemeSwitch label="Vysoký kontrast" shortLabel="Kontrast" highContrast onChange={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Vysoký kontrast', pressed: true })).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

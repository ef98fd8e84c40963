import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { Button } from './Button.js';

describe('Button', () => {
  it('is gov.cz’s button: its wrapper carries the look, the native button the action', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const { container } = render(
      <Button type="solid" color="primary" onClick={onClick}>
        Uložit
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Uložit' });
    expect(button.closest('.gov-button')?.getAttribute('data-type')).toBe('solid');
    expect(button.getAttribute('type')).toBe('button');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('when disabled, cannot be pressed by mouse or keyboard (GovButton alone can)', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button type="outlined" color="primary" disabled nativeType="submit" onClick={onClick}>
        Odeslat
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Odeslat' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.type).toBe('submit');
    expect(button.closest('.gov-button')?.getAttribute('data-disabled')).toBe('true');
    await user.click(button);
    await user.tab();
    expect(document.activeElement).not.toBe(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

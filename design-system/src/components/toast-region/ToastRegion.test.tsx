import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { type Toast, ToastRegion } from './ToastRegion.js';

const toasts: Toast[] = [
  { id: 'a', kind: 'success', message: 'Služba byla přidána.' },
  { id: 'b', kind: 'error', message: 'Službu se nepodařilo odebrat.' },
];

describe('ToastRegion', () => {
  it('is a polite live region that exists even when empty', () => {
    const { container } = render(<ToastRegion toasts={[]} dismissLabel="Zavřít" onDismiss={() => {}} />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).toBeTruthy();
    expect(region?.children).toHaveLength(0);
  });

  it('renders each message with its kind and a dismiss button described by the message', () => {
    const { container } = render(
      <ToastRegion toasts={toasts} dismissLabel="Zavřít" onDismiss={() => {}} kindLabels={{ error: 'Chyba' }} />,
    );
    const items = container.querySelectorAll('.czp-toast');
    expect(items).toHaveLength(2);
    expect(items[0]?.getAttribute('data-color')).toBe('success');
    expect(items[1]?.getAttribute('data-color')).toBe('error');
    expect(items[1]?.textContent).toContain('Chyba: Službu se nepodařilo odebrat.');
    const buttons = screen.getAllByRole('button', { name: 'Zavřít' });
    expect(buttons).toHaveLength(2);
    const describedBy = buttons[0]?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('Služba byla přidána.');
  });

  it('calls onDismiss with the id and moves focus to a neighbouring toast', () => {
    const onDismiss = vi.fn();
    render(<ToastRegion toasts={toasts} dismissLabel="Zavřít" onDismiss={onDismiss} />);
    const [first, second] = screen.getAllByRole('button', { name: 'Zavřít' });
    first?.focus();
    fireEvent.click(first as HTMLElement);
    expect(onDismiss).toHaveBeenCalledWith('a');
    expect(document.activeElement).toBe(second);
  });

  it('has no axe violations', async () => {
    const { container } = render(<ToastRegion toasts={toasts} dismissLabel="Zavřít" onDismiss={() => {}} />);
    await expectNoAxeViolations(container);
  });

  it('dismisses with the keyboard and keeps focus in the region', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<ToastRegion toasts={toasts} dismissLabel="Zavřít" onDismiss={onDismiss} />);
    const [first, second] = screen.getAllByRole('button', { name: 'Zavřít' });
    await user.tab();
    expect(document.activeElement).toBe(first);
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenCalledWith('a');
    expect(document.activeElement).toBe(second);
  });
});

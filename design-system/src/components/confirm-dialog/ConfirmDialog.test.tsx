import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ConfirmDialog } from './ConfirmDialog.js';

const props = {
  title: 'Přihlášení brzy vyprší',
  confirmLabel: 'Zůstat přihlášen',
  cancelLabel: 'Odhlásit se',
};

describe('ConfirmDialog', () => {
  it('is closed until open, then names itself by its title and text and focuses the confirming button', () => {
    const { rerender, container } = render(
      <ConfirmDialog {...props} open={false} onConfirm={() => {}} onCancel={() => {}} role="alertdialog">
        <p>Za 1:59 vás odhlásíme.</p>
      </ConfirmDialog>,
    );
    expect(container.querySelector('dialog')?.open).toBe(false);
    rerender(
      <ConfirmDialog {...props} open onConfirm={() => {}} onCancel={() => {}} role="alertdialog">
        <p>Za 1:59 vás odhlásíme.</p>
      </ConfirmDialog>,
    );
    const dialog = screen.getByRole('alertdialog', { name: 'Přihlášení brzy vyprší' });
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Zůstat přihlášen');
  });

  it('answers by button and by Escape (cancel)', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <ConfirmDialog {...props} open onConfirm={onConfirm} onCancel={onCancel}>
        <p>Text</p>
      </ConfirmDialog>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Zůstat přihlášen' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent(screen.getByRole('dialog'), new Event('cancel', { cancelable: true }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Odhlásit se' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('has no axe violations when open', async () => {
    const { container } = render(
      <ConfirmDialog {...props} open onConfirm={() => {}} onCancel={() => {}}>
        <p>Text</p>
      </ConfirmDialog>,
    );
    await expectNoAxeViolations(container);
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ConfirmDialog } from './ConfirmDialog.js';

const props = {
  title: 'Přihlášení brzy vyprší',
  confirmLabel: 'Zůstat přihlášen',
  cancelLabel: 'Odhlásit se',
};

/** A page with a button that opens the dialog; either answer closes it. */
function Page({ onConfirm, onCancel }: { onConfirm: () => void; onCancel?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Odebrat službu
      </button>
      <ConfirmDialog
        {...props}
        open={open}
        onConfirm={() => {
          onConfirm();
          setOpen(false);
        }}
        {...(onCancel
          ? {
              onCancel: () => {
                onCancel();
                setOpen(false);
              },
            }
          : { cancelLabel: undefined })}
      >
        <p>Text</p>
      </ConfirmDialog>
    </>
  );
}

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

  describe('keyboard', () => {
    it('moves focus into the dialog, Tab reaches the second answer, Escape cancels and focus returns', async () => {
      const user = userEvent.setup();
      const onConfirm = vi.fn();
      const onCancel = vi.fn();
      const { container } = render(<Page onConfirm={onConfirm} onCancel={onCancel} />);
      const opener = screen.getByRole('button', { name: 'Odebrat službu' });
      await user.tab();
      expect(document.activeElement).toBe(opener);
      await user.keyboard('{Enter}');
      const dialog = screen.getByRole('dialog', { name: 'Přihlášení brzy vyprší' });
      expect(dialog.contains(document.activeElement)).toBe(true);
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zůstat přihlášen' }));
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Odhlásit se' }));
      await user.keyboard('{Escape}');
      expect(onCancel).toHaveBeenCalledTimes(1);
      expect(onConfirm).not.toHaveBeenCalled();
      expect(container.querySelector('dialog')?.open).toBe(false);
      expect(document.activeElement).toBe(opener);
    });

    it('Enter on the focused answer confirms and focus returns to the opener', async () => {
      const user = userEvent.setup();
      const onConfirm = vi.fn();
      render(<Page onConfirm={onConfirm} onCancel={() => {}} />);
      const opener = screen.getByRole('button', { name: 'Odebrat službu' });
      await user.click(opener);
      await user.keyboard('{Enter}');
      expect(onConfirm).toHaveBeenCalledTimes(1);
      expect(document.activeElement).toBe(opener);
    });

    it('with one answer, Escape does nothing: the dialog stays open with focus inside', async () => {
      const user = userEvent.setup();
      const onConfirm = vi.fn();
      const { container } = render(<Page onConfirm={onConfirm} />);
      await user.click(screen.getByRole('button', { name: 'Odebrat službu' }));
      expect(screen.queryByRole('button', { name: 'Odhlásit se' })).toBeNull();
      await user.keyboard('{Escape}');
      expect(container.querySelector('dialog')?.open).toBe(true);
      expect(onConfirm).not.toHaveBeenCalled();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zůstat přihlášen' }));
    });
  });
});

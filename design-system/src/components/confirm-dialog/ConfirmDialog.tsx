import { type ReactNode, useEffect, useId, useRef } from 'react';
import { GovButton } from '../../gov.js';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** The second button; Escape calls `onCancel` too. Without it, Escape does nothing. */
  cancelLabel?: string;
  onCancel?: () => void;
  /** `alertdialog` for something that needs an answer now (a session about to end). Default `dialog`. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal question with one or two answers, on the native `<dialog>` (the browser traps focus and makes the rest of
 * the page inert). Focus starts on the confirming button and goes back to the opener when the dialog closes; Escape
 * answers with `onCancel`. Ours (gov.cz's GovDialog is a web-component wrapper that needs its runtime).
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  cancelLabel,
  onCancel,
  role = 'dialog',
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  /** The element that had focus before the dialog opened: it gets focus back when the dialog closes. */
  const openerRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const doc = dialog.ownerDocument;
    if (open && !dialog.open) {
      const active = doc.activeElement as HTMLElement | null;
      openerRef.current = active && active !== doc.body ? active : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      confirmRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      // Browsers return focus on close() themselves; without showModal (older engines, jsdom) we do it.
      const opener = openerRef.current;
      openerRef.current = null;
      const active = doc.activeElement;
      if (opener?.isConnected && (!active || active === doc.body || dialog.contains(active))) opener.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="czp-dialog"
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape means "no" when there is such an answer, otherwise nothing. Handled here, with the browser's own close
        // prevented: Chrome closes a modal dialog by itself (a `cancel` that cannot be prevented) on a second Escape
        // when nothing was clicked since it opened, which left the dialog shut while `open` was still true.
        event.preventDefault();
        onCancel?.();
      }}
      onCancel={(event) => {
        // Other close requests (e.g. the Android back button): the same as Escape.
        event.preventDefault();
        onCancel?.();
      }}
    >
      <h2 className="czp-dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="czp-dialog__text" id={textId}>
        {children}
      </div>
      <div className="czp-dialog__actions">
        <GovButton ref={confirmRef} type="solid" color="primary" onClick={onConfirm}>
          {confirmLabel}
        </GovButton>
        {cancelLabel && onCancel && (
          <GovButton type="outlined" color="primary" onClick={onCancel}>
            {cancelLabel}
          </GovButton>
        )}
      </div>
    </dialog>
  );
}

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
 * A modal question with one or two answers, on the native `<dialog>` (the browser traps focus, makes the rest of the
 * page inert and returns focus when it closes). Focus starts on the confirming button. Ours (gov.cz's GovDialog is
 * a web-component wrapper that needs its runtime).
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
  const titleId = useId();
  const textId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      confirmRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
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
      onCancel={(event) => {
        // Escape: close only when there is an answer that means "no".
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

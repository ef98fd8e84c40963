import type { MouseEvent } from 'react';
import { GovButton } from '../../gov.js';

type ToastKind = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  id: string;
  kind: ToastKind;
  message: string;
}

export interface ToastRegionProps {
  toasts: readonly Toast[];
  /** Text of each toast's dismiss button, e.g. "Zavřít". */
  dismissLabel: string;
  onDismiss: (id: string) => void;
  /** Optional visually hidden prefix per kind, e.g. { error: "Chyba" }, so the kind is not told by colour alone. */
  kindLabels?: Partial<Record<ToastKind, string>>;
}

const COLOR: Record<ToastKind, string> = { info: 'primary', success: 'success', warning: 'warning', error: 'error' };

/** Before removing a toast, move focus that is on its button to a neighbouring toast's button. */
function keepFocus(event: MouseEvent<HTMLButtonElement>) {
  const item = event.currentTarget.closest('li');
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
  neighbour?.querySelector<HTMLButtonElement>('button')?.focus();
}

/**
 * Notices in one polite live region that is always in the page (so additions are announced).
 * Uses gov.cz toast CSS (data-color, data-type) but our markup: GovToast gives each toast its own
 * live region and a random id per render, which would double announcements and break hydration.
 */
export function ToastRegion({ toasts, dismissLabel, onDismiss, kindLabels }: ToastRegionProps) {
  return (
    <div className="czp-toasts" aria-live="polite" aria-relevant="additions text">
      {toasts.length > 0 && (
        <ul className="czp-toasts__list">
          {toasts.map((toast) => {
            const messageId = `czp-toast-${toast.id}`;
            const kindLabel = kindLabels?.[toast.kind];
            return (
              <li
                key={toast.id}
                className="gov-toast czp-toast"
                data-color={COLOR[toast.kind]}
                data-type="subtle"
                data-kind={toast.kind}
              >
                <p className="gov-toast__content" id={messageId}>
                  {kindLabel && <span className="czp-visually-hidden">{`${kindLabel}: `}</span>}
                  {toast.message}
                </p>
                <GovButton
                  className="gov-toast__close"
                  type="base"
                  color="neutral"
                  size="s"
                  aria-describedby={messageId}
                  onClick={(event) => {
                    keepFocus(event);
                    onDismiss(toast.id);
                  }}
                >
                  {dismissLabel}
                </GovButton>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

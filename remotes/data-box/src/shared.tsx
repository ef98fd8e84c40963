import { GovButton, isPlainLeftClick, type NavigateHandler } from '@czp/design-system';
import { useHost, useServicePath } from '@czp/remote-sdk';
import { type ReactNode, type RefObject, useEffect, useMemo, useRef } from 'react';
import { type DataBoxApi, dataBoxApi } from './api.js';
import type { MessageKey } from './messages.js';

export function useDataBoxApi(): DataBoxApi {
  const host = useHost();
  return useMemo(() => dataBoxApi(host.api), [host.api]);
}

/** Ask the API for the Received unread count and hand it to the shell's badge; returns the count. */
export function useBadgeRefresh(): () => Promise<number | null> {
  const host = useHost();
  const api = useDataBoxApi();
  return async () => {
    const count = await api.unreadCount();
    if (count !== null) host.setBadge?.(count);
    return count;
  };
}

/** A status to show on the next view (e.g. "sent" after navigating to Sent). */
let flash: MessageKey | null = null;
export function setFlash(key: MessageKey): void {
  flash = key;
}
export function takeFlash(): MessageKey | null {
  const key = flash;
  flash = null;
  return key;
}

/** Hands a plain left click on a library link (its full href) to the portal: navigation without a page load. */
export function useNavigate(): NavigateHandler {
  const host = useHost();
  return (href) => host.navigate(href);
}

/** A link to a route of the remote: a real href, navigating in the portal without a page load. */
export function ServiceLink({
  to,
  children,
  className,
  current,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  current?: boolean;
}) {
  const { href, go } = useServicePath();
  return (
    <a
      href={href(to)}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        go(to);
      }}
    >
      {children}
    </a>
  );
}

let firstView = true;

/**
 * A ref for the view's heading: focused once the heading is there (`ready`) when the citizen moved to another view,
 * so screen readers and keyboards start there. The first view of the page keeps the focus where it is.
 */
export function useViewFocus(ready = true): RefObject<HTMLHeadingElement | null> {
  const ref = useRef<HTMLHeadingElement>(null);
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    if (firstView) {
      firstView = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, [ready]);
  return ref;
}

/** The view's heading (level 2, focused on a view change). */
export function ViewHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useViewFocus();
  return (
    <h2 ref={ref} id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}

/**
 * A gov.cz button whose `disabled` really disables it: GovButton's own `disabled` only sets `data-disabled` on its
 * wrapper, so the native button is passed as its child.
 */
export function Button({
  children,
  variant = 'secondary',
  type = 'button',
  disabled,
  onClick,
}: {
  children: ReactNode;
  variant?: 'primary' | 'secondary' | 'danger';
  type?: 'button' | 'submit';
  disabled?: boolean;
  onClick?: () => void;
}) {
  return (
    <GovButton
      asChild
      type={variant === 'primary' ? 'solid' : 'outlined'}
      color={variant === 'danger' ? 'error' : 'primary'}
      disabled={disabled}
    >
      <button type={type} disabled={disabled} onClick={onClick}>
        {children}
      </button>
    </GovButton>
  );
}

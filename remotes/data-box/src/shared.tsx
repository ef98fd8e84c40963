import { useHost, useServicePath } from '@czp/remote-sdk';
import { type MouseEvent, type ReactNode, useEffect, useMemo, useRef } from 'react';
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

const plainLeftClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

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
        if (!plainLeftClick(event)) return;
        event.preventDefault();
        go(to);
      }}
    >
      {children}
    </a>
  );
}

let firstView = true;

/** The view's heading, focused when the citizen moves to another view so screen readers and keyboards start there. */
export function ViewHeading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstView) {
      firstView = false;
      return;
    }
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h2 ref={ref} id={id} tabIndex={-1} className="data-box-heading">
      {children}
    </h2>
  );
}

import type { MouseEvent } from 'react';

/** Called for plain left clicks on a portal link so the host can navigate without a page load. */
export type NavigateHandler = (href: string, event: MouseEvent<HTMLAnchorElement>) => void;

/** A plain left click: no modifier key, not already handled, not aimed at another browsing context. */
export function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  if (event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const target = event.currentTarget.getAttribute('target');
  return !target || target === '_self';
}

/**
 * An onClick for a link: with `onNavigate`, a plain left click is handed to the host (and the
 * browser's own navigation prevented); every other click (new tab, download...) stays native.
 */
export function linkClickHandler(
  href: string,
  onNavigate: NavigateHandler | undefined,
  after?: () => void,
): ((event: MouseEvent<HTMLAnchorElement>) => void) | undefined {
  if (!onNavigate && !after) return undefined;
  return (event) => {
    if (!isPlainLeftClick(event)) return;
    if (onNavigate) {
      event.preventDefault();
      onNavigate(href, event);
    }
    after?.();
  };
}

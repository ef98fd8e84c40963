import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface NotificationCentreItem {
  id: string;
  title: string;
  /** One or two lines under the title. */
  text?: string;
  /** When, already formatted for the reader's language ("3. prosince 2026 10:15"). */
  time: string;
  /** The same moment as ISO 8601, for `<time dateTime>`. */
  dateTime: string;
  /** Where the entry leads; without one it is plain text. */
  href?: string | null;
  unread: boolean;
}

export interface NotificationCentreProps {
  /** The button's visible text, e.g. "Oznámení". */
  label: string;
  /** The button's accessible name with the count, e.g. "Oznámení, 3 nepřečtená". */
  buttonLabel: string;
  /** Unread entries: shown as a badge on the button (read out through `buttonLabel`). */
  unread: number;
  /** The heading of the open panel, e.g. "Oznámení". */
  title: string;
  items: NotificationCentreItem[];
  /** What marks an unread entry besides its weight, e.g. "Nové" (never colour alone). */
  unreadText: string;
  /** Shown when there are no entries (and not loading). */
  emptyText: string;
  /** While the list loads, e.g. "Načítám oznámení…". */
  loadingText?: string;
  loading?: boolean;
  /** A failed load, e.g. "Oznámení se nepodařilo načíst." */
  error?: string | null;
  /** "Označit vše jako přečtené": shown while something is unread. */
  markAllLabel: string;
  onMarkAllRead?: () => void;
  /** A link at the bottom of the panel, e.g. to the notification settings. */
  footerLink?: { href: string; label: string };
  /** Told when the panel opens or closes (load the list on open). */
  onOpenChange?: (open: boolean) => void;
  /** An entry was followed (mark it read); the panel closes. */
  onItemActivate?: (id: string) => void;
  onNavigate?: NavigateHandler;
}

/**
 * The notification centre in the header: a disclosure button with the unread count, opening a panel with the latest
 * entries (unread ones in bold and labelled), a "mark all read" button and a settings link. Escape closes it and returns
 * focus to the button; a click outside or focus leaving closes it.
 */
export function NotificationCentre({
  label,
  buttonLabel,
  unread,
  title,
  items,
  unreadText,
  emptyText,
  loadingText,
  loading = false,
  error = null,
  markAllLabel,
  onMarkAllRead,
  footerLink,
  onOpenChange,
  onItemActivate,
  onNavigate,
}: NotificationCentreProps) {
  const [open, setOpenState] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
  };
  const close = () => setOpen(false);

  useEffect(() => {
    if (!open) return;
    const doc = rootRef.current?.ownerDocument;
    if (!doc) return;
    const onPointerDown = (event: Event) => {
      if (!rootRef.current?.contains(event.target as Node)) {
        setOpenState(false);
        onOpenChange?.(false);
      }
    };
    doc.addEventListener('pointerdown', onPointerDown);
    return () => doc.removeEventListener('pointerdown', onPointerDown);
  }, [open, onOpenChange]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
      buttonRef.current?.focus();
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape is delegated from the button and the panel inside.
    <div
      className="czp-notification-centre"
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && event.relatedTarget && !event.currentTarget.contains(event.relatedTarget as Node)) close();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="czp-header-button czp-notification-centre__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {/* The name comes from the content, not aria-label, so the visible word is part of it (WCAG 2.5.3). */}
        <span className="czp-visually-hidden">{buttonLabel}</span>
        <span aria-hidden="true">{label}</span>
        {unread > 0 && (
          <span className="czp-notification-centre__badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <section className="czp-notification-centre__panel" id={panelId} hidden={!open} aria-labelledby={titleId}>
        <div className="czp-notification-centre__head">
          <h2 className="czp-notification-centre__title" id={titleId}>
            {title}
          </h2>
          {unread > 0 && onMarkAllRead && (
            <button type="button" className="czp-notification-centre__mark-all" onClick={onMarkAllRead}>
              {markAllLabel}
            </button>
          )}
        </div>
        {error ? (
          <p className="czp-notification-centre__message" role="alert">
            {error}
          </p>
        ) : loading && items.length === 0 ? (
          <p className="czp-notification-centre__message" role="status">
            {loadingText}
          </p>
        ) : items.length === 0 ? (
          <p className="czp-notification-centre__message">{emptyText}</p>
        ) : (
          <ul className="czp-notification-centre__list" aria-labelledby={titleId}>
            {items.map((item) => {
              const content = (
                <>
                  {item.unread && <span className="czp-notification-centre__new">{unreadText}</span>}
                  <span className="czp-notification-centre__item-title">{item.title}</span>
                  {item.text && <span className="czp-notification-centre__text">{item.text}</span>}
                  <time className="czp-notification-centre__time" dateTime={item.dateTime}>
                    {item.time}
                  </time>
                </>
              );
              return (
                <li
                  key={item.id}
                  className={`czp-notification-centre__item${item.unread ? ' czp-notification-centre__item--unread' : ''}`}
                >
                  {item.href ? (
                    <a
                      className="czp-notification-centre__link"
                      href={item.href}
                      onClick={(event) => {
                        onItemActivate?.(item.id);
                        linkClickHandler(item.href ?? '', onNavigate, close)?.(event);
                      }}
                    >
                      {content}
                    </a>
                  ) : (
                    <div className="czp-notification-centre__link">{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {footerLink && (
          <p className="czp-notification-centre__footer">
            <a href={footerLink.href} onClick={linkClickHandler(footerLink.href, onNavigate, close)}>
              {footerLink.label}
            </a>
          </p>
        )}
      </section>
    </div>
  );
}

import type { ReactNode } from 'react';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface MessageListItem {
  /** Stable key, e.g. the message id. */
  id: string;
  /** The message's page: the row's link. */
  href: string;
  /** The other party: the sender in a received folder, the recipient in a sent one. */
  party: string;
  /** The subject: the link text (pass a placeholder such as "(bez předmětu)" for an empty one). */
  subject: string;
  /** The date as shown, formatted by the caller, e.g. "20. 11. 2026 10:30". */
  date: string;
  /** The same moment in ISO 8601, for `<time dateTime>`. */
  dateTime: string;
  /** The attachments as text, e.g. "2 přílohy"; omit when there are none. */
  attachments?: string;
  /** Not read yet: bold, with `unreadLabel` read out after the subject. */
  unread?: boolean;
}

export interface MessageListProps {
  items: readonly MessageListItem[];
  /** The list's accessible name, e.g. "Zprávy ve složce Doručené". */
  label: string;
  /** Read out before each party (visually hidden), e.g. "Odesílatel" or "Adresát". */
  partyLabel: string;
  /** Read out after an unread subject (visually hidden, in brackets), e.g. "nepřečtená". */
  unreadLabel: string;
  /** The id of the selected message (e.g. the one open beside the list): highlighted, `aria-current`. */
  selectedId?: string;
  /** Shown instead of the list when `items` is empty, e.g. "Ve složce nejsou žádné zprávy." */
  emptyText: string;
  /** Below the list, e.g. pagination controls. */
  paging?: ReactNode;
  /** Plain left clicks on a row go here (after `preventDefault()`); other clicks stay native. */
  onNavigate?: NavigateHandler;
}

/** A data box mailbox like e-mail: one row per message, the whole row a link to it. Ours: gov.cz has no message list. */
export function MessageList({
  items,
  label,
  partyLabel,
  unreadLabel,
  selectedId,
  emptyText,
  paging,
  onNavigate,
}: MessageListProps) {
  return (
    <div className="czp-message-list">
      {items.length === 0 ? (
        <p className="czp-message-list__empty">{emptyText}</p>
      ) : (
        <ul className="czp-message-list__list" aria-label={label}>
          {items.map((item) => {
            const selected = item.id === selectedId;
            return (
              <li
                key={item.id}
                className="czp-message-list__item"
                data-unread={item.unread ? 'true' : undefined}
                data-selected={selected ? 'true' : undefined}
              >
                <span className="czp-message-list__party">
                  <span className="czp-visually-hidden">{`${partyLabel}: `}</span>
                  {item.party}
                </span>
                <a
                  className="czp-message-list__subject"
                  href={item.href}
                  aria-current={selected ? 'true' : undefined}
                  onClick={linkClickHandler(item.href, onNavigate)}
                >
                  {item.unread ? (
                    <>
                      <strong>{item.subject}</strong> <span className="czp-visually-hidden">({unreadLabel})</span>
                    </>
                  ) : (
                    item.subject
                  )}
                </a>
                <time className="czp-message-list__date" dateTime={item.dateTime}>
                  {item.date}
                </time>
                {item.attachments && <span className="czp-message-list__attachments">{item.attachments}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {paging && <div className="czp-message-list__paging">{paging}</div>}
    </div>
  );
}

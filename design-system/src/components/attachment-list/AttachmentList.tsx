import { useId } from 'react';
import { Heading, type HeadingLevel } from '../../internal/heading.js';

export interface AttachmentListItem {
  /** Stable key, e.g. the attachment's position; defaults to the name. */
  key?: string;
  /** The file name: the link text and the name the browser saves it under. */
  name: string;
  /** Where the file downloads from. */
  href: string;
  /** The file's type as shown, e.g. "application/pdf" or "PDF". */
  type?: string;
  /** The size as shown, formatted by the caller, e.g. "1,26 MB". */
  size: string;
}

export interface AttachmentListProps {
  /** The heading above the list, e.g. "Přílohy". */
  title: string;
  /** Level of the heading. Default 3 (under a message's level-2 subject). */
  headingLevel?: HeadingLevel;
  items: readonly AttachmentListItem[];
  /** Shown instead of the list when there are no files, e.g. "Bez příloh". */
  emptyText: string;
}

/**
 * Files to download: name (a link with `download`), type and size. Ours: gov.cz's GovAttachmentsItem always renders a
 * remove button and has no download link, and its list is a `div role="list"` without a name.
 */
export function AttachmentList({ title, headingLevel = 3, items, emptyText }: AttachmentListProps) {
  const headingId = useId();
  return (
    <section className="czp-attachment-list" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId} className="czp-attachment-list__title">
        {title}
      </Heading>
      {items.length === 0 ? (
        <p className="czp-attachment-list__empty">{emptyText}</p>
      ) : (
        <ul className="czp-attachment-list__list">
          {items.map((item) => (
            <li key={item.key ?? item.name} className="czp-attachment-list__item">
              <a className="czp-attachment-list__link" href={item.href} download={item.name}>
                {item.name}
              </a>{' '}
              <span className="czp-attachment-list__meta">({[item.type, item.size].filter(Boolean).join(', ')})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

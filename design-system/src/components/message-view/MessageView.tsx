import { type ReactNode, type Ref, useId } from 'react';
import type { HeadingLevel } from '../../internal/heading.js';

export interface MessageViewProps {
  /** The subject: the article's heading and accessible name. */
  subject: string;
  /** Level of the subject heading. Default 2; the body's (visually hidden) heading is one level below. */
  headingLevel?: HeadingLevel;
  /**
   * A ref to the subject heading, for moving focus to it when the message opens; the heading then has
   * `tabIndex={-1}` (focusable by script, not in the Tab order).
   */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Label of the sender row, e.g. "Od". */
  fromLabel: string;
  from: string;
  /** Label of the recipient row, e.g. "Komu". */
  toLabel: string;
  to: string;
  /** Label of the date row, e.g. "Datum". */
  dateLabel: string;
  /** The date as shown, formatted by the caller. */
  date: string;
  /** The same moment in ISO 8601, for `<time dateTime>`. */
  dateTime: string;
  /** Heading of the body for screen readers (visually hidden), e.g. "Text zprávy". */
  bodyLabel: string;
  /** The message text: plain text, line breaks kept, never parsed as HTML. */
  body: string;
  /** The attachments, e.g. an `AttachmentList` (give it the heading level one below the subject). */
  attachments?: ReactNode;
  /** Controls after the message, e.g. a reply link. */
  actions?: ReactNode;
  /** Anything after the actions, e.g. the conversation the message belongs to. */
  children?: ReactNode;
}

/** One data box message: subject, from/to/date, the text, attachments and actions. Ours: gov.cz has no message view. */
export function MessageView({
  subject,
  headingLevel = 2,
  headingRef,
  fromLabel,
  from,
  toLabel,
  to,
  dateLabel,
  date,
  dateTime,
  bodyLabel,
  body,
  attachments,
  actions,
  children,
}: MessageViewProps) {
  const headingId = useId();
  const Subject = `h${headingLevel}` as const;
  const BodyHeading = `h${Math.min(6, headingLevel + 1) as HeadingLevel}` as const;
  return (
    <article className="czp-message-view" aria-labelledby={headingId}>
      <Subject
        ref={headingRef}
        id={headingId}
        className="czp-message-view__subject"
        tabIndex={headingRef ? -1 : undefined}
      >
        {subject}
      </Subject>
      <dl className="czp-message-view__meta">
        <div className="czp-message-view__row">
          <dt>{fromLabel}</dt>
          <dd>{from}</dd>
        </div>
        <div className="czp-message-view__row">
          <dt>{toLabel}</dt>
          <dd>{to}</dd>
        </div>
        <div className="czp-message-view__row">
          <dt>{dateLabel}</dt>
          <dd>
            <time dateTime={dateTime}>{date}</time>
          </dd>
        </div>
      </dl>
      <BodyHeading className="czp-visually-hidden">{bodyLabel}</BodyHeading>
      <div className="czp-message-view__body">{body}</div>
      {attachments && <div className="czp-message-view__attachments">{attachments}</div>}
      {actions && <div className="czp-message-view__actions">{actions}</div>}
      {children}
    </article>
  );
}

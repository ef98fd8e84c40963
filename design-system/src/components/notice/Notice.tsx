import type { HTMLAttributes, ReactNode } from 'react';

type NoticeKind = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'role' | 'title'> {
  /** The message's kind: its colours. Default `info`. */
  kind?: NoticeKind;
  /** A short bold first line. */
  title?: string;
  /** The message (text, or text with a link). */
  children?: ReactNode;
  /**
   * `alert` for a failure that just happened, `status` for news that can wait; none (default) for a message that is
   * simply part of the page. A live region is announced when it is inserted with its text: render the Notice only
   * when there is something to say.
   */
  role?: 'status' | 'alert';
  /** `banner`: a full-width band across the page (above the header) instead of an inline box. */
  variant?: 'inline' | 'banner';
}

/** An inline message: info, success, warning or error, with a role chosen by the caller. Ours (see README). */
export function Notice({ kind = 'info', title, children, role, variant = 'inline', className, ...rest }: NoticeProps) {
  const classes = ['czp-notice', `czp-notice--${kind}`];
  if (variant === 'banner') classes.push('czp-notice--banner');
  if (className) classes.push(className);
  return (
    <div {...rest} role={role} className={classes.join(' ')}>
      {title && <p className="czp-notice__title">{title}</p>}
      {children !== undefined && children !== null && <div className="czp-notice__text">{children}</div>}
    </div>
  );
}

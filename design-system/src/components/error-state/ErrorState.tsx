import { type ReactNode, useId } from 'react';
import { GovButton } from '../../gov.js';
import { Heading, type HeadingLevel } from '../../internal/heading.js';

export interface ErrorStateProps {
  /** E.g. "Něco se pokazilo". */
  title: string;
  /** What happened and what the citizen can do. */
  text: string;
  /** The retry button's text; the button is shown when `onRetry` is given too. */
  retryLabel?: string;
  onRetry?: () => void;
  /** More controls after the retry button (e.g. "Report problem"). */
  actions?: ReactNode;
  /** Below the actions: a status line, technical detail. */
  children?: ReactNode;
  /** Level of the title heading. Default 2. */
  headingLevel?: HeadingLevel;
  /**
   * The title and text are in a `role="alert"` container (announced once, when the block is inserted after a
   * failure). Default true; false for a page that arrives already in this state (e.g. rendered on the server).
   */
  announce?: boolean;
  /** Extra class on the section. */
  className?: string;
}

/** "Something went wrong": a titled region with the explanation, a retry button and room for more. Ours. */
export function ErrorState({
  title,
  text,
  retryLabel,
  onRetry,
  actions,
  children,
  headingLevel = 2,
  announce = true,
  className,
}: ErrorStateProps) {
  const titleId = useId();
  const hasActions = Boolean((retryLabel && onRetry) || actions);
  return (
    <section className={className ? `czp-error-state ${className}` : 'czp-error-state'} aria-labelledby={titleId}>
      <div role={announce ? 'alert' : undefined} className="czp-error-state__message">
        <Heading level={headingLevel} className="czp-error-state__title" id={titleId}>
          {title}
        </Heading>
        <p className="czp-error-state__text">{text}</p>
      </div>
      {hasActions && (
        <div className="czp-error-state__actions">
          {retryLabel && onRetry && (
            <GovButton type="solid" color="primary" onClick={onRetry}>
              {retryLabel}
            </GovButton>
          )}
          {actions}
        </div>
      )}
      {children}
    </section>
  );
}

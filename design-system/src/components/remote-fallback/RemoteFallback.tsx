import { useId } from 'react';
import { GovButton } from '../../gov.js';
import { Heading, type HeadingLevel } from '../../internal/heading.js';

export interface RemoteFallbackProps {
  /** E.g. "Službu Portál občana Telč se nepodařilo načíst". */
  title: string;
  /** What happened and what the citizen can do. */
  text: string;
  retryLabel: string;
  onRetry: () => void;
  /** Text of the "report problem" button; the button is shown when `onReport` is given. */
  reportLabel?: string;
  onReport?: () => void;
  /** The report was sent (or handled): the confirmation `reportedText` is shown and announced. */
  reported?: boolean;
  reportedText?: string;
  /** Summary of the technical detail disclosure, e.g. "Technické podrobnosti". */
  detailsLabel?: string;
  /** Technical detail (error message, service id, version) shown inside a closed `<details>` (needs `detailsLabel`). */
  details?: string;
  /** Level of the title heading. Default 2. */
  headingLevel?: HeadingLevel;
}

/**
 * The error state in a remote's place. The title and text sit in a role="alert" container that is
 * inserted when the failure happens (so it is announced once); the buttons stay outside it. The
 * report confirmation goes to a polite status region that is always present.
 */
export function RemoteFallback({
  title,
  text,
  retryLabel,
  onRetry,
  reportLabel,
  onReport,
  reported = false,
  reportedText,
  detailsLabel,
  details,
  headingLevel = 2,
}: RemoteFallbackProps) {
  const titleId = useId();
  return (
    <section className="czp-fallback" aria-labelledby={titleId}>
      <div role="alert" className="czp-fallback__alert">
        <Heading level={headingLevel} className="czp-fallback__title" id={titleId}>
          {title}
        </Heading>
        <p className="czp-fallback__text">{text}</p>
      </div>
      <div className="czp-fallback__actions">
        <GovButton type="solid" color="primary" onClick={onRetry}>
          {retryLabel}
        </GovButton>
        {onReport && reportLabel && (
          <GovButton
            type="outlined"
            color="primary"
            aria-disabled={reported || undefined}
            onClick={() => {
              if (!reported) onReport();
            }}
          >
            {reportLabel}
          </GovButton>
        )}
      </div>
      <p className="czp-fallback__reported" role="status">
        {reported && reportedText ? reportedText : null}
      </p>
      {details && detailsLabel && (
        <details className="czp-fallback__details">
          <summary>{detailsLabel}</summary>
          <pre>{details}</pre>
        </details>
      )}
    </section>
  );
}

import { GovButton } from '../../gov.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { ErrorState } from '../error-state/ErrorState.js';

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
 * The error state in a remote's place: an ErrorState with reporting and technical detail. The title and text sit in a
 * role="alert" container that is inserted when the failure happens (so it is announced once); the buttons stay outside
 * it. The report confirmation goes to a polite status region that is always present.
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
  return (
    <ErrorState
      className="czp-fallback"
      title={title}
      text={text}
      retryLabel={retryLabel}
      onRetry={onRetry}
      headingLevel={headingLevel}
      actions={
        onReport &&
        reportLabel && (
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
        )
      }
    >
      <p className="czp-fallback__reported" role="status">
        {reported && reportedText ? reportedText : null}
      </p>
      {details && detailsLabel && (
        <details className="czp-fallback__details">
          <summary>{detailsLabel}</summary>
          <pre>{details}</pre>
        </details>
      )}
    </ErrorState>
  );
}

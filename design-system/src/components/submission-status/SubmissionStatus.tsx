export type SubmissionStepState = 'done' | 'current' | 'upcoming' | 'rejected';

export interface SubmissionStep {
  /** Unique within the list. */
  id: string;
  /** What the step is, e.g. "Podání přijato". */
  label: string;
  state: SubmissionStepState;
  /** When it happened or is expected, as the caller formats it, e.g. "3. března 2026". */
  dateLabel?: string;
  /** Machine-readable `dateLabel` (ISO 8601, e.g. "2026-03-03"). */
  dateTime?: string;
  /** A sentence or two, e.g. the reason for a rejection or what happens next. */
  description?: string;
}

export interface SubmissionStatusProps {
  /** Accessible name of the list, e.g. "Průběh podání". */
  label: string;
  /** In order, first step first. At most one should be `current`. */
  steps: readonly SubmissionStep[];
  /**
   * Each state in words, e.g. { done: 'Hotovo', current: 'Probíhá', upcoming: 'Čeká', rejected: 'Zamítnuto' }.
   * Screen readers hear it with every step; it is shown on the current and the rejected step.
   */
  stateLabels: Readonly<Record<SubmissionStepState, string>>;
  /** Default `m`; `s` for narrow places (a sidebar, a card). */
  size?: 's' | 'm';
  /** Class on the list (the caller's layout: margins, width). */
  className?: string;
}

const COLOR: Record<SubmissionStepState, string> = {
  done: 'neutral',
  current: 'primary',
  upcoming: 'neutral',
  rejected: 'error',
};

/** The states whose words are visible; the others are told by the icon (tick or number) and read out. */
const SHOWN: ReadonlySet<SubmissionStepState> = new Set(['current', 'rejected']);

function Mark({ state, number }: { state: SubmissionStepState; number: number }) {
  if (state === 'done' || state === 'rejected') {
    return (
      <svg
        className="czp-submission-status__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        focusable="false"
        aria-hidden="true"
      >
        <path
          d={state === 'done' ? 'M3 8.5l3.2 3.2L13 4.8' : 'M4 4l8 8M12 4l-8 8'}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    );
  }
  return <>{number}</>;
}

/**
 * A submission's progress as an ordered list of steps: done (tick), current (`aria-current="step"`, filled number),
 * upcoming (number), rejected (cross). The state is in words for screen readers on every step and shown on the current
 * and rejected ones, so it never depends on colour. gov.cz stepper CSS on our markup: GovStepperItem gives each step
 * random ids (hydration mismatch), a `role="tabpanel"` that controls nothing, and no way to set `aria-current`.
 */
export function SubmissionStatus({ label, steps, stateLabels, size = 'm', className }: SubmissionStatusProps) {
  return (
    <ol
      className={className ? `gov-stepper czp-submission-status ${className}` : 'gov-stepper czp-submission-status'}
      data-size={size}
      data-hydrated="hydrated"
      aria-label={label}
    >
      {steps.map((step, index) => (
        <li
          key={step.id}
          className="gov-stepper-item czp-submission-status__step"
          data-size={size}
          data-color={COLOR[step.state]}
          data-state={step.state}
          data-hydrated="hydrated"
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <div>
            <div className="gov-stepper-item__steps" aria-hidden="true">
              <span />
              <span className="gov-stepper-item__prefix">
                <Mark state={step.state} number={index + 1} />
              </span>
              <span />
            </div>
            <div className="gov-stepper-item__main">
              <span className="gov-stepper-item__headline">{step.label}</span>
              <span className="czp-visually-hidden">, </span>
              <span
                className={
                  SHOWN.has(step.state)
                    ? 'czp-submission-status__state'
                    : 'czp-submission-status__state czp-visually-hidden'
                }
              >
                {stateLabels[step.state]}
              </span>
              {step.dateLabel && (
                <time className="czp-submission-status__date" dateTime={step.dateTime}>
                  {step.dateLabel}
                </time>
              )}
              {step.description && (
                <div className="gov-stepper-item__content">
                  <p>{step.description}</p>
                </div>
              )}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

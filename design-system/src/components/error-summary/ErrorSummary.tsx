import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import { Heading, type HeadingLevel } from '../../internal/heading.js';

/** One error in the summary: its text and the id of the field it belongs to. */
export interface ErrorSummaryItem {
  /** The id of the field's control (for a radio group, its first radio): the link goes to `#fieldId`. */
  fieldId: string;
  /** The error, the same words as next to the field. */
  text: string;
  /**
   * The field's name, shown before the error ("Věk: Vyplňte prosím tento údaj."): several fields often share the same
   * words, which alone would not say which field to fix.
   */
  field?: string;
}

export interface ErrorSummaryProps {
  /** The heading, e.g. "Formulář obsahuje chyby" / "There is a problem". */
  title: string;
  /** The errors, in the order of the fields. With none, nothing is rendered. */
  errors: readonly ErrorSummaryItem[];
  /** A line under the heading. */
  description?: ReactNode;
  /** The heading's level in the page outline; default 2. */
  headingLevel?: HeadingLevel;
  /**
   * Focus moves to the summary when it appears and whenever this value changes: pass e.g. a submit counter so a
   * second failed submit brings the reader back to it.
   */
  focusKey?: string | number;
  /** Class on the summary. */
  className?: string;
}

const FOCUSABLE = 'input:not([type=hidden]), select, textarea, button, [tabindex]';

function focusField(fieldId: string, event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(fieldId);
  if (!target) return; // leave the browser's own #fragment jump
  event.preventDefault();
  const control = target.matches(FOCUSABLE) ? target : target.querySelector<HTMLElement>(FOCUSABLE);
  // The question (a radio group's legend, or the label) into view with the control, then the control takes focus.
  const legend = control?.closest('fieldset')?.querySelector('legend');
  const label = control && 'labels' in control ? (control as HTMLInputElement).labels?.[0] : undefined;
  (legend ?? label ?? target).scrollIntoView?.({ block: 'center' });
  (control ?? target).focus({ preventScroll: true });
}

/**
 * The GOV.UK error summary: after a failed submit, a titled list of the form's errors at its top, each a link that
 * moves focus to its field. It takes focus when it appears, so screen readers read it. Ours (gov.cz has none).
 */
export function ErrorSummary({ title, errors, description, headingLevel = 2, focusKey, className }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = errors.length > 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the caller's "focus again" signal.
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, focusKey]);

  if (!visible) return null;
  return (
    // GOV.UK's markup: the focusable wrapper (read when focused) around an alert (announced when it appears).
    <div ref={ref} className={['czp-error-summary', className].filter(Boolean).join(' ')} tabIndex={-1}>
      <div role="alert">
        <Heading level={headingLevel} className="czp-error-summary__title">
          {title}
        </Heading>
        {description && <div className="czp-error-summary__description">{description}</div>}
        <ul className="czp-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.fieldId}:${error.text}`}>
              <a href={`#${error.fieldId}`} onClick={(event) => focusField(error.fieldId, event)}>
                {error.field ? `${error.field}: ${error.text}` : error.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

import { type ReactNode, useId } from 'react';
import { GovFormMessage } from '../gov.js';

/** The ids of a form field: the control's own (the caller's `id` or a stable `useId`), its hint and its error. */
export function useFieldIds(id: string | undefined) {
  const generated = useId();
  const base = id ?? `czp-field-${generated.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return { id: base, hintId: `${base}-hint`, errorId: `${base}-error` };
}

/** True when an error message is there to show (not undefined, null, false or ''). */
export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** `aria-describedby` from the ids that apply (undefined when none does). */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** The "required" asterisk after a label: decorative, the control itself says it is required. */
export function RequiredMark() {
  return (
    <span className="gov-color--text-status-error" aria-hidden="true">
      {'\u00A0*'}
    </span>
  );
}

/** A field's hint and error under the control (gov.cz form messages), each with the id the control points to. */
export function FieldMessages({
  hint,
  hintId,
  error,
  errorId,
  className,
}: {
  hint?: ReactNode;
  hintId: string;
  error?: ReactNode;
  errorId: string;
  className: string;
}) {
  const showHint = hasContent(hint);
  const showError = hasContent(error);
  if (!showHint && !showError) return null;
  return (
    <div className={className}>
      {showHint && (
        <GovFormMessage key={hintId} identifier={hintId} color="neutral" size="m">
          {hint}
        </GovFormMessage>
      )}
      {showError && (
        <GovFormMessage key={errorId} identifier={errorId} color="error" size="m" className="czp-field-error">
          {error}
        </GovFormMessage>
      )}
    </div>
  );
}

import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { GovFormLabel } from '../../gov.js';
import { describedBy, FieldMessages, hasContent, RequiredMark, useFieldIds } from '../../internal/field.js';

export interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children' | 'id'> {
  /** The visible label (names the text area). */
  label: ReactNode;
  /** Help under the text area (read with it through `aria-describedby`). */
  hint?: ReactNode;
  /** The error next to the field; when given the text area is `aria-invalid` and describes itself by it. */
  error?: ReactNode;
  /** The text area's id (link an error summary to `#id`); default a stable `useId`. */
  id?: string;
  /** Visible lines; default 5. */
  rows?: number;
  /** Class on the field's wrapper. */
  className?: string;
  /** The `<textarea>` (to focus it). */
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A labelled multi-line text input with an optional hint and error (gov.cz form input markup and CSS). Every native
 * textarea prop (name, value/defaultValue, onChange, maxLength, required, disabled, …) goes to the `<textarea>`.
 */
export function TextArea({
  label,
  hint,
  error,
  id,
  rows = 5,
  className,
  ref,
  required,
  disabled,
  'aria-describedby': ariaDescribedBy,
  ...textarea
}: TextAreaProps) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <div
      className={['gov-form-control', 'czp-text-area', className].filter(Boolean).join(' ')}
      data-size="m"
      data-invalid={invalid ? 'true' : undefined}
      data-disabled={disabled ? 'true' : undefined}
    >
      <div className="gov-form-control__holder">
        <GovFormLabel slot="top" identifier={ids.id} size="m">
          {label}
          {required && <RequiredMark />}
        </GovFormLabel>
        <div
          className="gov-form-input"
          data-hydrated="hydrated"
          data-size="m"
          data-invalid={invalid ? 'true' : undefined}
          data-disabled={disabled ? 'true' : undefined}
        >
          <span className="element">
            <textarea
              {...textarea}
              ref={ref}
              id={ids.id}
              rows={rows}
              required={required}
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId, ariaDescribedBy)}
            />
          </span>
        </div>
        <FieldMessages
          className="czp-text-area__messages"
          hint={hint}
          hintId={ids.hintId}
          error={error}
          errorId={ids.errorId}
        />
      </div>
    </div>
  );
}

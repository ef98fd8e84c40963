import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { GovFormLabel } from '../../gov.js';
import { describedBy, FieldMessages, hasContent, RequiredMark, useFieldIds } from '../../internal/field.js';

/** How wide a field's control is: `s` about 10 characters (a number, a postcode), `m` a name, `l` an e-mail or address, `full` the container. */
export type FieldWidth = 's' | 'm' | 'l' | 'full';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'size' | 'width' | 'children' | 'prefix' | 'id'> {
  /** The visible label (names the input). */
  label: ReactNode;
  /** Help under the input (read with it through `aria-describedby`). */
  hint?: ReactNode;
  /** The error next to the field; when given the input is `aria-invalid` and describes itself by it. */
  error?: ReactNode;
  /** The input's id (link an error summary to `#id`); default a stable `useId`. */
  id?: string;
  /** Width of the input; default `full`. */
  width?: FieldWidth;
  /** Class on the field's wrapper. */
  className?: string;
  /** The `<input>` (to focus it). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled text input with an optional hint and error (gov.cz form input markup and CSS). Every native input prop
 * (name, value/defaultValue, onChange, type, inputMode, autoComplete, required, disabled, …) goes to the `<input>`.
 */
export function TextField({
  label,
  hint,
  error,
  id,
  width = 'full',
  className,
  ref,
  type = 'text',
  required,
  disabled,
  'aria-describedby': ariaDescribedBy,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <div
      className={['gov-form-control', 'czp-text-field', `czp-text-field--${width}`, className]
        .filter(Boolean)
        .join(' ')}
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
          data-type={type}
          data-size="m"
          data-invalid={invalid ? 'true' : undefined}
          data-disabled={disabled ? 'true' : undefined}
        >
          <span className="element">
            <input
              {...input}
              ref={ref}
              id={ids.id}
              type={type}
              required={required}
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId, ariaDescribedBy)}
            />
          </span>
        </div>
        <FieldMessages
          className="czp-text-field__messages"
          hint={hint}
          hintId={ids.hintId}
          error={error}
          errorId={ids.errorId}
        />
      </div>
    </div>
  );
}

import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { GovFormLabel, GovIcon } from '../../gov.js';
import { describedBy, FieldMessages, hasContent, RequiredMark, useFieldIds } from '../../internal/field.js';

export interface CheckboxFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'size' | 'width' | 'children' | 'prefix' | 'id'> {
  /** The visible label next to the box (names it). */
  label: ReactNode;
  /** Help under the label (read with the checkbox through `aria-describedby`). */
  hint?: ReactNode;
  /** The error next to the field (e.g. "Potvrďte souhlas"); when given the checkbox is `aria-invalid`. */
  error?: ReactNode;
  /** The checkbox's id (link an error summary to `#id`); default a stable `useId`. */
  id?: string;
  /** Class on the field's wrapper. */
  className?: string;
  /** The `<input type="checkbox">` (to focus it). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * One native checkbox with its label, an optional hint and error (gov.cz form checkbox markup and CSS). Every native
 * input prop (name, value, checked/defaultChecked, onChange, required, disabled, …) goes to the `<input>`.
 */
export function CheckboxField({
  label,
  hint,
  error,
  id,
  className,
  ref,
  required,
  disabled,
  'aria-describedby': ariaDescribedBy,
  ...input
}: CheckboxFieldProps) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <div
      className={['gov-form-control', 'czp-checkbox-field', className].filter(Boolean).join(' ')}
      data-size="m"
      data-invalid={invalid ? 'true' : undefined}
      data-disabled={disabled ? 'true' : undefined}
    >
      <div className="gov-form-control__holder">
        <div
          className="gov-form-checkbox"
          data-hydrated="hydrated"
          data-size="m"
          data-invalid={invalid ? 'true' : undefined}
          data-disabled={disabled ? 'true' : undefined}
        >
          <input
            {...input}
            ref={ref}
            id={ids.id}
            type="checkbox"
            required={required}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId, ariaDescribedBy)}
          />
          <span>
            <GovFormLabel slot="label" identifier={ids.id} size="m">
              {label}
              {required && <RequiredMark />}
            </GovFormLabel>
            <GovIcon className="gov-form-checkbox__check" name="check-lg" type="components" />
          </span>
        </div>
        <FieldMessages
          className="czp-checkbox-field__messages"
          hint={hint}
          hintId={ids.hintId}
          error={error}
          errorId={ids.errorId}
        />
      </div>
    </div>
  );
}

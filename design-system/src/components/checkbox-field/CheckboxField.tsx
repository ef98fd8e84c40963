import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { GovIcon } from '../../gov.js';
import { FieldControl, FieldFrame, FieldLabel, useField } from '../../internal/field.js';

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
  const field = useField({ id, hint, error, required, disabled, describedBy: ariaDescribedBy });
  return (
    <FieldFrame field={field} block="czp-checkbox-field" className={className}>
      <FieldControl field={field} kind="checkbox">
        <input {...input} ref={ref} {...field.controlProps({ type: 'checkbox' })} />
        <span>
          <FieldLabel field={field} slot="label">
            {label}
          </FieldLabel>
          <GovIcon className="gov-form-checkbox__check" name="check-lg" type="components" />
        </span>
      </FieldControl>
    </FieldFrame>
  );
}

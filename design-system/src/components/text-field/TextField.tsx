import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { FieldControl, FieldFrame, FieldLabel, useField } from '../../internal/field.js';

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
  const field = useField({ id, hint, error, required, disabled, describedBy: ariaDescribedBy });
  return (
    <FieldFrame field={field} block="czp-text-field" modifier={`czp-text-field--${width}`} className={className}>
      <FieldLabel field={field} slot="top">
        {label}
      </FieldLabel>
      <FieldControl field={field} kind="input" type={type}>
        <span className="element">
          <input {...input} ref={ref} {...field.controlProps({ type })} />
        </span>
      </FieldControl>
    </FieldFrame>
  );
}

import type { ReactNode, Ref, TextareaHTMLAttributes } from 'react';
import { FieldControl, FieldFrame, FieldLabel, useField } from '../../internal/field.js';

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
  const field = useField({ id, hint, error, required, disabled, describedBy: ariaDescribedBy });
  return (
    <FieldFrame field={field} block="czp-text-area" className={className}>
      <FieldLabel field={field} slot="top">
        {label}
      </FieldLabel>
      <FieldControl field={field} kind="input">
        <span className="element">
          <textarea {...textarea} ref={ref} {...field.controlProps({ rows })} />
        </span>
      </FieldControl>
    </FieldFrame>
  );
}

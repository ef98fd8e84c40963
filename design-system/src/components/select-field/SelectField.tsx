import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { GovFormLabel, GovIcon } from '../../gov.js';
import { describedBy, FieldMessages, hasContent, RequiredMark, useFieldIds } from '../../internal/field.js';
import type { FieldWidth } from '../text-field/TextField.js';

/** One choice of a select. */
export interface SelectOption {
  value: string;
  /** The visible text. */
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'id' | 'size' | 'multiple'> {
  /** The visible label (names the select). */
  label: ReactNode;
  /** The choices, in order. */
  options: readonly SelectOption[];
  /** The text of an empty first choice (value ""), e.g. "Vyberte…" or "Všechny kraje". */
  placeholder?: string;
  /** Help under the select (read with it through `aria-describedby`). */
  hint?: ReactNode;
  /** The error next to the field; when given the select is `aria-invalid` and describes itself by it. */
  error?: ReactNode;
  /** The select's id (link an error summary to `#id`); default a stable `useId`. */
  id?: string;
  /** Width of the select; default `full`. */
  width?: FieldWidth;
  /** Class on the field's wrapper. */
  className?: string;
  /** The `<select>` (to focus it). */
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A labelled native `<select>` with an optional hint and error (gov.cz form select markup and CSS). Every native
 * select prop (name, value/defaultValue, onChange, required, disabled, autoComplete, …) goes to the `<select>`.
 */
export function SelectField({
  label,
  options,
  placeholder,
  hint,
  error,
  id,
  width = 'full',
  className,
  ref,
  required,
  disabled,
  'aria-describedby': ariaDescribedBy,
  ...select
}: SelectFieldProps) {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  return (
    <div
      className={['gov-form-control', 'czp-select-field', `czp-select-field--${width}`, className]
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
          className="gov-form-select"
          data-hydrated="hydrated"
          data-size="m"
          data-invalid={invalid ? 'true' : undefined}
          data-disabled={disabled ? 'true' : undefined}
        >
          <span className="element">
            <select
              {...select}
              ref={ref}
              id={ids.id}
              required={required}
              disabled={disabled}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId, ariaDescribedBy)}
            >
              {placeholder !== undefined && <option value="">{placeholder}</option>}
              {options.map((option) => (
                <option key={option.value} value={option.value} disabled={option.disabled}>
                  {option.label}
                </option>
              ))}
            </select>
            <GovIcon className="arrow-icon" name="chevron-down" type="components" />
          </span>
        </div>
        <FieldMessages
          className="czp-select-field__messages"
          hint={hint}
          hintId={ids.hintId}
          error={error}
          errorId={ids.errorId}
        />
      </div>
    </div>
  );
}

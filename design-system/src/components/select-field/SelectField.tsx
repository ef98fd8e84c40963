import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { GovIcon } from '../../gov.js';
import { FieldControl, FieldFrame, FieldLabel, useField } from '../../internal/field.js';
import type { FieldWidth } from '../text-field/TextField.js';

/** One choice of a select. */
export interface SelectOption {
  value: string;
  /** The visible text. */
  label: string;
  disabled?: boolean;
}

/** Choices under a heading (`<optgroup>`), e.g. "Obce a města" and "Ministerstva". */
export interface SelectOptionGroup {
  /** The group's heading, read by screen readers with each of its options. */
  group: string;
  options: readonly SelectOption[];
}

const renderOption = (option: SelectOption) => (
  <option key={option.value} value={option.value} disabled={option.disabled}>
    {option.label}
  </option>
);

export interface SelectFieldProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children' | 'id' | 'size' | 'multiple'> {
  /** The visible label (names the select). */
  label: ReactNode;
  /** The choices, in order; groups become `<optgroup>`s (an empty group is left out). */
  options: readonly (SelectOption | SelectOptionGroup)[];
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
  const field = useField({ id, hint, error, required, disabled, describedBy: ariaDescribedBy });
  return (
    <FieldFrame field={field} block="czp-select-field" modifier={`czp-select-field--${width}`} className={className}>
      <FieldLabel field={field} slot="top">
        {label}
      </FieldLabel>
      <FieldControl field={field} kind="select">
        <span className="element">
          <select {...select} ref={ref} {...field.controlProps()}>
            {placeholder !== undefined && <option value="">{placeholder}</option>}
            {options.map((option) =>
              'group' in option
                ? option.options.length > 0 && (
                    <optgroup key={`group:${option.group}`} label={option.group}>
                      {option.options.map(renderOption)}
                    </optgroup>
                  )
                : renderOption(option),
            )}
          </select>
          <GovIcon className="arrow-icon" name="chevron-down" type="components" />
        </span>
      </FieldControl>
    </FieldFrame>
  );
}

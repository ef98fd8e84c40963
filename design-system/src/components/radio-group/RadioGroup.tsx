import type { ChangeEvent, ReactNode, Ref } from 'react';
import { GovFormLabel } from '../../gov.js';
import { describedBy, FieldMessages, hasContent, RequiredMark, useFieldIds } from '../../internal/field.js';

/** One choice of a radio group. */
export interface RadioOption {
  value: string;
  /** The visible text (names the radio). */
  label: ReactNode;
  /** A line of help under this choice. */
  hint?: ReactNode;
  disabled?: boolean;
}

export interface RadioGroupProps {
  /** The question: the fieldset's `<legend>`, naming the group. */
  legend: ReactNode;
  /** The choices, in order. */
  options: readonly RadioOption[];
  /** The radios' shared `name` (a form field name); default derived from the id. */
  name?: string;
  /** The chosen value (controlled); `null` for none. */
  value?: string | null;
  /** The first chosen value (uncontrolled). */
  defaultValue?: string;
  /** Called with the newly chosen value (click, Space or the arrow keys). */
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  /** Help under the legend, for the whole group. */
  hint?: ReactNode;
  /** The error for the group; the group is then `aria-invalid` and describes itself by it. */
  error?: ReactNode;
  /** Marks the question as required (asterisk, `aria-required` on the group, `required` on the radios). */
  required?: boolean;
  /** Disables every choice. */
  disabled?: boolean;
  /** Choices side by side (short labels, e.g. a filter) instead of one under another. */
  inline?: boolean;
  /** The first radio's id (link an error summary to `#id`); the others get `id-2`, `id-3`…; default a stable `useId`. */
  id?: string;
  /** Class on the fieldset's wrapper. */
  className?: string;
  /** The first radio (to focus the group). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * A question with one answer from a few: native radios in a `<fieldset>` named by its `<legend>` (gov.cz form radio
 * markup and CSS). The browser gives the keyboard: Tab into the group, arrows move and choose, Space chooses.
 */
export function RadioGroup({
  legend,
  options,
  name,
  value,
  defaultValue,
  onChange,
  hint,
  error,
  required,
  disabled,
  inline,
  id,
  className,
  ref,
}: RadioGroupProps) {
  const ids = useFieldIds(id);
  const legendId = `${ids.id}-legend`;
  const invalid = hasContent(error);
  const controlled = value !== undefined;
  return (
    <div
      className={['gov-form-control', 'czp-radio-group', inline && 'czp-radio-group--inline', className]
        .filter(Boolean)
        .join(' ')}
      data-size="m"
      data-invalid={invalid ? 'true' : undefined}
      data-disabled={disabled ? 'true' : undefined}
    >
      {/* ARIA in HTML allows radiogroup on a fieldset: it carries the group's invalid and required state. */}
      <fieldset
        className="gov-form-control__holder czp-radio-group__fieldset"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: radiogroup is a composite, not a control.
        role="radiogroup"
        aria-labelledby={legendId}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId)}
        disabled={disabled}
      >
        <legend className="czp-radio-group__legend" id={legendId}>
          {legend}
          {required && <RequiredMark />}
        </legend>
        <FieldMessages className="czp-radio-group__hint" hint={hint} hintId={ids.hintId} errorId={ids.errorId} />
        <div className="czp-radio-group__options">
          {options.map((option, index) => {
            const optionId = index === 0 ? ids.id : `${ids.id}-${index + 1}`;
            const optionHintId = `${optionId}-hint`;
            const optionDisabled = disabled || option.disabled;
            return (
              <div key={option.value} className="czp-radio-group__option">
                <div
                  className="gov-form-radio"
                  data-hydrated="hydrated"
                  data-size="m"
                  data-invalid={invalid ? 'true' : undefined}
                  data-disabled={optionDisabled ? 'true' : undefined}
                >
                  <input
                    ref={index === 0 ? ref : undefined}
                    id={optionId}
                    type="radio"
                    name={name ?? ids.id}
                    value={option.value}
                    required={required}
                    disabled={optionDisabled}
                    {...(controlled
                      ? { checked: value === option.value }
                      : { defaultChecked: defaultValue === option.value })}
                    aria-describedby={hasContent(option.hint) ? optionHintId : undefined}
                    onChange={(event) => onChange?.(option.value, event)}
                  />
                  <span>
                    <GovFormLabel slot="label" identifier={optionId} size="m">
                      {option.label}
                    </GovFormLabel>
                  </span>
                </div>
                {hasContent(option.hint) && (
                  <p className="czp-radio-group__option-hint" id={optionHintId}>
                    {option.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <FieldMessages className="czp-radio-group__messages" hintId={ids.hintId} error={error} errorId={ids.errorId} />
      </fieldset>
    </div>
  );
}

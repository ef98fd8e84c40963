import { type ReactNode, useId } from 'react';
import { GovFormLabel, GovFormMessage } from '../gov.js';

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

/** What one form field's parts share: its ids, its hint and error, whether it is invalid, required, disabled. */
export interface Field {
  id: string;
  hintId: string;
  errorId: string;
  hint: ReactNode;
  error: ReactNode;
  /** An error is shown. */
  invalid: boolean;
  required: boolean | undefined;
  disabled: boolean | undefined;
  /**
   * The control's wiring: its id, then the component's `own` props (e.g. `type`, `rows`), then `required`, `disabled`,
   * `aria-invalid` (when an error is shown) and `aria-describedby` (hint, error and the caller's own ids).
   */
  controlProps<Own extends object = object>(
    own?: Own,
  ): { id: string } & Own & {
      required: boolean | undefined;
      disabled: boolean | undefined;
      'aria-invalid': true | undefined;
      'aria-describedby': string | undefined;
    };
}

/** A form field's shared state (see `Field`); `describedBy` are the caller's own `aria-describedby` ids, read last. */
export function useField({
  id,
  hint,
  error,
  required,
  disabled,
  describedBy: callerDescribedBy,
}: {
  id: string | undefined;
  hint: ReactNode;
  error: ReactNode;
  required: boolean | undefined;
  disabled: boolean | undefined;
  describedBy?: string;
}): Field {
  const ids = useFieldIds(id);
  const invalid = hasContent(error);
  const ariaDescribedBy = describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId, callerDescribedBy);
  return {
    ...ids,
    hint,
    error,
    invalid,
    required,
    disabled,
    controlProps: <Own extends object = object>(own?: Own) => ({
      id: ids.id,
      ...(own as Own),
      required,
      disabled,
      'aria-invalid': invalid || undefined,
      'aria-describedby': ariaDescribedBy,
    }),
  };
}

/** A field's label (gov.cz form label) with the required mark: slot `top` above the control, `label` next to a box. */
export function FieldLabel({ field, slot, children }: { field: Field; slot: 'top' | 'label'; children: ReactNode }) {
  return (
    <GovFormLabel slot={slot} identifier={field.id} size="m">
      {children}
      {field.required && <RequiredMark />}
    </GovFormLabel>
  );
}

/** The gov.cz wrapper of a native control (`gov-form-input`, `gov-form-select`, `gov-form-checkbox`) with its state. */
export function FieldControl({
  field,
  kind,
  type,
  children,
}: {
  field: Field;
  kind: 'input' | 'select' | 'checkbox';
  /** The input type, for the gov.cz styles (`data-type`). */
  type?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={`gov-form-${kind}`}
      data-hydrated="hydrated"
      data-type={type}
      data-size="m"
      data-invalid={field.invalid ? 'true' : undefined}
      data-disabled={field.disabled ? 'true' : undefined}
    >
      {children}
    </div>
  );
}

/**
 * A form field's frame (gov.cz form control): the wrapper with the field's state, holding the component's own label
 * and control (`children`: a `FieldLabel` above a `FieldControl`, or a checkbox's box with its label) and, under them,
 * the hint and error. Classes: `gov-form-control`, `block`, `modifier`, the caller's `className`; the messages get
 * `block__messages`.
 */
export function FieldFrame({
  field,
  block,
  modifier,
  className,
  children,
}: {
  field: Field;
  block: string;
  modifier?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={['gov-form-control', block, modifier, className].filter(Boolean).join(' ')}
      data-size="m"
      data-invalid={field.invalid ? 'true' : undefined}
      data-disabled={field.disabled ? 'true' : undefined}
    >
      <div className="gov-form-control__holder">
        {children}
        <FieldMessages
          className={`${block}__messages`}
          hint={field.hint}
          hintId={field.hintId}
          error={field.error}
          errorId={field.errorId}
        />
      </div>
    </div>
  );
}

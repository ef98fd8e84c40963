import { useCallback, useState } from 'react';
import type { ErrorSummaryItem } from '../components/error-summary/ErrorSummary.js';

export interface ErrorSummaryFields<F extends string> {
  /** The form's fields in page order: the summary lists their errors in this order. */
  fields: readonly F[];
  /** The prefix of every field's id, usually the form's `useId()`: field `name` gets the id `${idPrefix}-${name}`. */
  idPrefix: string;
  /** The error shown next to the field, or undefined when the field has none. */
  errorText: (name: F) => string | undefined;
  /** The field's name shown before its error in the summary ("Počet psů: …"); leave out to show the error alone. */
  label?: (name: F) => string;
}

export interface ErrorSummaryState<F extends string> {
  /** The id to give the field's control (for a radio group, its `id`): the summary links there. */
  fieldId: (name: F) => string;
  /** Pass to `<ErrorSummary {...props} />`: its items and the focus signal. */
  props: { errors: ErrorSummaryItem[]; focusKey: number };
  /** Call on every failed submit: the summary takes focus again, even when the errors are the same as last time. */
  submitFailed: () => void;
}

/**
 * What a form validated on submit needs for its error summary: the ids of its fields, the summary's items from the
 * errors next to the fields, and a submit counter as `focusKey`, so a second failed submit brings the reader back.
 */
export function useErrorSummary<F extends string>({
  fields,
  idPrefix,
  errorText,
  label,
}: ErrorSummaryFields<F>): ErrorSummaryState<F> {
  const [failedSubmits, setFailedSubmits] = useState(0);
  const submitFailed = useCallback(() => setFailedSubmits((n) => n + 1), []);
  const fieldId = (name: F) => `${idPrefix}-${name}`;
  // One item for each field with an error, in field order; the field's name first when there is a label.
  const errors = fields.flatMap((name): ErrorSummaryItem[] => {
    const text = errorText(name);
    if (!text) return [];
    return [label ? { fieldId: fieldId(name), field: label(name), text } : { fieldId: fieldId(name), text }];
  });
  return { fieldId, props: { errors, focusKey: failedSubmits }, submitFailed };
}

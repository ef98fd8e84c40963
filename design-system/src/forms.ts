/** @czp/design-system/forms: labelled form fields and the error summary (a Module Federation shared singleton). */

export { CheckboxField, type CheckboxFieldProps } from './components/checkbox-field/CheckboxField.js';
export {
  ErrorSummary,
  type ErrorSummaryItem,
  type ErrorSummaryProps,
} from './components/error-summary/ErrorSummary.js';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './components/radio-group/RadioGroup.js';
export {
  SelectField,
  type SelectFieldProps,
  type SelectOption,
  type SelectOptionGroup,
} from './components/select-field/SelectField.js';
export { TextArea, type TextAreaProps } from './components/text-area/TextArea.js';
export { type FieldWidth, TextField, type TextFieldProps } from './components/text-field/TextField.js';
export { useErrorSummary } from './forms/use-error-summary.js';

import { type ChangeEvent, useRef } from 'react';
import { GovButton } from '../../gov.js';
import { describedBy, FieldMessages, hasContent, RequiredMark, useFieldIds } from '../../internal/field.js';

export interface PickedFile {
  /** Stable key (the same file may be chosen twice), passed back to `onRemove`. */
  key: string;
  /** The file name as shown. */
  name: string;
  /** The size as shown, formatted by the caller, e.g. "2 kB". */
  size: string;
}

export interface AttachmentPickerProps {
  /** The visible label of the file input, e.g. "Přílohy". */
  label: string;
  /** Text of the visible button that opens the file chooser, e.g. "Vybrat soubory" (part of the input's name). */
  chooseLabel: string;
  /** The limits, e.g. "Nejvýše 10 souborů, každý do 10 MB." (read with the input). */
  hint?: string;
  /** The caller's verdict on the chosen files, shown next to the field; the input is then `aria-invalid`. */
  error?: string;
  /** The files chosen so far (the caller keeps them). */
  files: readonly PickedFile[];
  /** Title of the list of chosen files, e.g. "Vybrané soubory". */
  filesLabel: string;
  /** Visible text of each file's remove button, e.g. "Odebrat"; the button's name adds the file name. */
  removeLabel: string;
  /** Files the citizen just chose (the input is cleared, so the same file can be chosen again later). */
  onChoose: (files: File[]) => void;
  /** Remove a file by its key; focus then returns to the input. */
  onRemove: (key: string) => void;
  /** The input's id (link an error summary to `#id`); default a stable `useId`. */
  id?: string;
  name?: string;
  /** File types to offer, as in `<input accept>`. */
  accept?: string;
  /** Allow choosing several files at once. Default true. */
  multiple?: boolean;
  required?: boolean;
  disabled?: boolean;
}

/**
 * A labelled file input with a hint and an error, and the list of chosen files with remove buttons. The caller checks
 * the files and passes the error. Ours on gov.cz form label/message markup: GovFormFile gives random ids (hydration
 * mismatch on the server-rendered page), hides the file names visually, formats sizes in English and checks files
 * itself.
 */
export function AttachmentPicker({
  label,
  chooseLabel,
  hint,
  error,
  files,
  filesLabel,
  removeLabel,
  onChoose,
  onRemove,
  id,
  name,
  accept,
  multiple = true,
  required,
  disabled,
}: AttachmentPickerProps) {
  const ids = useFieldIds(id);
  const labelId = `${ids.id}-label`;
  const chooseId = `${ids.id}-choose`;
  const filesId = `${ids.id}-files`;
  const input = useRef<HTMLInputElement>(null);
  const invalid = hasContent(error);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    // Let the same file be chosen again after it was removed.
    event.target.value = '';
    if (chosen.length > 0) onChoose(chosen);
  };

  return (
    <div
      className="gov-form-control czp-attachment-picker"
      data-size="m"
      data-invalid={invalid ? 'true' : undefined}
      data-disabled={disabled ? 'true' : undefined}
    >
      <div className="gov-form-control__holder">
        <div className="gov-form-label" data-size="m">
          <label id={labelId} htmlFor={ids.id} className="gov-form-label__label">
            {label}
            {required && <RequiredMark />}
          </label>
        </div>
        <div className="czp-attachment-picker__control">
          <input
            ref={input}
            className="czp-attachment-picker__input"
            id={ids.id}
            type="file"
            name={name}
            accept={accept}
            multiple={multiple}
            required={required}
            disabled={disabled}
            aria-labelledby={`${labelId} ${chooseId}`}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy(hasContent(hint) && ids.hintId, invalid && ids.errorId)}
            onChange={choose}
          />
          <span id={chooseId} className="czp-attachment-picker__button" aria-hidden="true">
            {chooseLabel}
          </span>
        </div>
        <FieldMessages
          className="czp-attachment-picker__messages"
          hint={hint}
          hintId={ids.hintId}
          error={error}
          errorId={ids.errorId}
        />
        {files.length > 0 && (
          <div className="czp-attachment-picker__files">
            <p id={filesId} className="czp-attachment-picker__files-title">
              {filesLabel}
            </p>
            <ul className="czp-attachment-picker__list" aria-labelledby={filesId}>
              {files.map((file) => (
                <li key={file.key} className="czp-attachment-picker__item">
                  <span className="czp-attachment-picker__file">
                    {file.name} <span className="czp-attachment-picker__size">({file.size})</span>
                  </span>
                  {/* asChild: GovButton's own `disabled` only sets data-disabled, not the button's `disabled`. */}
                  <GovButton asChild type="base" color="primary" size="s" disabled={disabled}>
                    <button
                      type="button"
                      aria-label={`${removeLabel} ${file.name}`}
                      onClick={() => {
                        onRemove(file.key);
                        input.current?.focus();
                      }}
                    >
                      {removeLabel}
                    </button>
                  </GovButton>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

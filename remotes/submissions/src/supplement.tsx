import { isVisibleText, SUBMISSION_LIMITS, type SubmissionDetail, textProblem } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import { ErrorSummary, TextArea } from '@czp/design-system/forms';
import { useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { ApiError } from './api.js';
import { supplementFormData, useDetailApi } from './detail-api.js';
import { detailMessages as messages } from './detail-messages.js';
import { formatSize } from './format.js';
import { Button } from './shared.js';

type Field = 'note' | 'attachments';
const FIELDS: readonly Field[] = ['note', 'attachments'];
type Errors = Partial<Record<Field | 'form', string>>;

interface Picked {
  key: string;
  file: File;
}

/** What happened to a request that reached the portal: the detail shows it and loads the submission again. */
export type Outcome = { kind: 'done'; text: string } | { kind: 'conflict' } | { kind: 'gone' };

/**
 * SUPPLEMENT (when the authority asked for more): a note, files or both, sent once — the button is disabled while it
 * goes, so a second click cannot send it twice. The portal's refusals are shown next to their field; a 409 (the
 * submission moved on meanwhile) and a 404 go to the detail, which reloads.
 */
export function SupplementForm({
  submission,
  onOutcome,
}: {
  submission: SubmissionDetail;
  onOutcome: (outcome: Outcome) => void;
}) {
  const { t, formatNumber, locale } = useTranslator(messages);
  const api = useDetailApi();
  const id = useId();
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<Picked[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<{ errors: Errors; attempt: number }>({ errors: {}, attempt: 0 });
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const fieldId = (field: Field) => `${id}-${field}`;
  const max = formatNumber(SUBMISSION_LIMITS.noteLength);
  // The latest request of the authority: what to answer.
  const asked = [...submission.history].reverse().find((entry) => entry.state === 'needs-information');

  const fileProblem = (chosen: readonly Picked[]): string | undefined => {
    if (chosen.length > SUBMISSION_LIMITS.files) return t('errorTooMany', { count: SUBMISSION_LIMITS.files });
    const large = chosen.find(({ file }) => file.size > SUBMISSION_LIMITS.fileBytes);
    return large ? t('errorFileTooLarge', { name: large.file.name }) : undefined;
  };

  const validate = (): Errors => {
    const found: Errors = {};
    const text = note.trim();
    if (textProblem(note) === 'control') found.note = t('errorControl');
    else if (text.length > SUBMISSION_LIMITS.noteLength) found.note = t('errorTooLong', { max });
    else if ((!text || !isVisibleText(text)) && files.length === 0) found.note = t('errorNoteOrFile');
    const file = fileProblem(files);
    if (file) found.attachments = file;
    return found;
  };

  const show = (found: Errors) => {
    setErrors(found);
    setSummary((last) => ({ errors: found, attempt: last.attempt + 1 }));
  };

  /** The portal's words are English: the refusals this form knows are said in the page's language. */
  const refusalOf = (problem: ApiError): Errors => {
    const names = files.map(({ file }) => file.name).join(', ');
    if (problem.status === 413 || problem.error === 'attachment-too-large') {
      return { attachments: t('errorFileTooLarge', { name: names }) };
    }
    if (problem.error === 'attachment-type') return { attachments: t('errorFileType', { name: names }) };
    if (problem.error === 'too-many-attachments') {
      return { attachments: t('errorTooMany', { count: SUBMISSION_LIMITS.files }) };
    }
    if (problem.field === 'attachments') return { attachments: problem.message || t('errorGeneric') };
    if (problem.field === 'note') {
      if (/at most/i.test(problem.message)) return { note: t('errorTooLong', { max }) };
      if (/control/i.test(problem.message)) return { note: t('errorControl') };
      return { note: t('errorNoteOrFile') };
    }
    if (problem.error === 'no-data-box') return { form: t('errorNoDataBox') };
    return { form: problem.message ? t('errorServer', { message: problem.message }) : t('errorGeneric') };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    const found = validate();
    show(found);
    if (FIELDS.some((field) => found[field])) return;
    sending.current = true;
    setBusy(true);
    try {
      const result = await api.supplement(
        submission.id,
        supplementFormData(
          note.trim(),
          files.map(({ file }) => file),
        ),
      );
      if (result.ok) {
        onOutcome({ kind: 'done', text: t('supplemented', { reference: submission.reference }) });
        return;
      }
      if (result.problem.status === 409) return onOutcome({ kind: 'conflict' });
      if (result.problem.status === 404) return onOutcome({ kind: 'gone' });
      show(refusalOf(result.problem));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  return (
    <section className="submissions-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('supplementTitle')}</h3>
      {asked?.note && (
        <Notice kind="warning" title={t('supplementAsked')}>
          <p>{asked.note[locale]}</p>
        </Notice>
      )}
      <p>{t('supplementLead')}</p>
      <ErrorSummary
        title={t('errorSummary')}
        headingLevel={4}
        focusKey={summary.attempt}
        errors={FIELDS.flatMap((field) => {
          const text = summary.errors[field];
          return text ? [{ fieldId: fieldId(field), text }] : [];
        })}
      />
      <form className="submissions-form" noValidate onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextArea
          id={fieldId('note')}
          name="note"
          label={t('supplementNote')}
          hint={t('supplementNoteHint', { max })}
          rows={5}
          maxLength={SUBMISSION_LIMITS.noteLength}
          value={note}
          error={errors.note}
          disabled={busy}
          onChange={(event) => setNote(event.target.value)}
        />
        <AttachmentPicker
          id={fieldId('attachments')}
          name="attachments"
          label={t('supplementFiles')}
          chooseLabel={t('chooseFiles')}
          hint={t('filesHint', {
            count: SUBMISSION_LIMITS.files,
            size: formatSize(SUBMISSION_LIMITS.fileBytes, formatNumber),
          })}
          error={errors.attachments}
          disabled={busy}
          files={files.map(({ key, file }) => ({ key, name: file.name, size: formatSize(file.size, formatNumber) }))}
          filesLabel={t('chosenFiles')}
          removeLabel={t('remove')}
          onChoose={(chosen) => {
            const next = [...files, ...chosen.map((file) => ({ key: crypto.randomUUID(), file }))];
            setFiles(next);
            setErrors({ ...errors, attachments: fileProblem(next) });
          }}
          onRemove={(key) => {
            const next = files.filter((picked) => picked.key !== key);
            setFiles(next);
            setErrors({ ...errors, attachments: fileProblem(next) });
          }}
        />
        {errors.form && (
          <Notice kind="error" role="alert">
            {errors.form}
          </Notice>
        )}
        <div className="submissions-row">
          <Button type="submit" variant="primary" disabled={busy}>
            {t('supplementSend')}
          </Button>
        </div>
        <p role="status" className="submissions-status">
          {busy ? t('sending') : ''}
        </p>
      </form>
    </section>
  );
}

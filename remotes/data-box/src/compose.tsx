import { useHostState, useServicePath, useTranslator } from '@czp/remote-sdk';
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ApiError, type Attachment, type Message, messageFormData, type Recipient } from './api.js';
import { checkFiles, formatSize } from './format.js';
import { type MessageKey, messages } from './messages.js';
import { paths } from './routes.js';
import { ServiceLink, setFlash, useDataBoxApi, ViewHeading } from './shared.js';

type Field = 'recipient' | 'subject' | 'body' | 'attachments';
type Errors = Partial<Record<Field | 'form', string>>;
const FIELDS: readonly Field[] = ['recipient', 'subject', 'body', 'attachments'];

const newKey = () => crypto.randomUUID();

/** The other party of a message: whom a reply goes to. */
const replyRecipient = (message: Message) =>
  message.direction === 'received' ? message.sender.boxId : message.recipient.boxId;
const replySubject = (subject: string, prefix: string) =>
  /^re:/i.test(subject.trim()) ? subject : `${prefix}${subject}`;

/** Where a refusal of the server belongs: attachment and quota problems next to the files. */
function fieldOf(problem: ApiError): Field | 'form' {
  const field = problem.field?.split('.')[0];
  if (field && (FIELDS as readonly string[]).includes(field)) return field as Field;
  if (problem.status === 413 || /attachment|quota|file|storage/i.test(`${problem.error} ${problem.field ?? ''}`)) {
    return 'attachments';
  }
  return 'form';
}

/** Write a new message, reply to one, or edit a draft; sends as multipart with the chosen files. */
export function Compose({ draftId, replyTo }: { draftId?: string; replyTo?: string }) {
  const { t, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
  const { go } = useServicePath();
  const api = useDataBoxApi();
  const id = useId();
  const [recipients, setRecipients] = useState<Recipient[] | null>(null);
  const [recipient, setRecipient] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [kept, setKept] = useState<Attachment[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  // The same key for retries of one send, so a repeated request does not send the message twice.
  const idempotencyKey = useRef(newKey());
  const fileInput = useRef<HTMLInputElement>(null);
  const fieldId = (name: Field) => `${id}-${name}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per draft or reply
  useEffect(() => {
    let cancelled = false;
    void api.recipients().then((result) => {
      if (cancelled) return;
      if (result.ok) setRecipients(result.data.recipients.filter((box) => box.kind !== 'system'));
      else setLoadFailed(true);
    });
    const source = draftId ?? replyTo;
    if (source) {
      void api.message(source).then((result) => {
        if (cancelled) return;
        if (!result.ok) {
          setLoadFailed(true);
          return;
        }
        const message = result.data;
        if (draftId) {
          setRecipient(message.recipient.boxId);
          setSubject(message.subject);
          setBody(message.body ?? '');
          setKept(message.attachments);
        } else {
          setRecipient(replyRecipient(message));
          setSubject(replySubject(message.subject, t('replyPrefix')));
        }
      });
    }
    return () => {
      cancelled = true;
    };
  }, [api, draftId, replyTo]);

  const fileError = (list: readonly File[]): string | undefined => {
    const problem = checkFiles(list);
    if (!problem) return undefined;
    if (problem.problem === 'tooMany') return t('errorTooMany');
    if (problem.problem === 'tooLarge') return t('errorTooLarge', { name: problem.name ?? '' });
    return t('errorTotalTooLarge');
  };

  const chooseFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    const next = [...files, ...chosen];
    setFiles(next);
    setErrors({ ...errors, attachments: fileError(next) });
    // Let the same file be chosen again after it was removed.
    event.target.value = '';
  };
  const removeFile = (index: number) => {
    const next = files.filter((_, i) => i !== index);
    setFiles(next);
    setErrors({ ...errors, attachments: fileError(next) });
    fileInput.current?.focus();
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (!recipient) found.recipient = t('errorRecipient');
    if (!subject.trim()) found.subject = t('errorSubject');
    else if (subject.trim().length > 255) found.subject = t('errorSubjectLong');
    const attachments = fileError(files);
    if (attachments) found.attachments = attachments;
    return found;
  };

  const showProblem = (problem: ApiError) => {
    const field = fieldOf(problem);
    const text = problem.message || t('errorGeneric');
    setErrors({ [field]: field === 'form' ? t('errorServer', { message: text }) : text });
    if (field !== 'form') document.getElementById(fieldId(field))?.focus();
  };

  const finish = (flash: MessageKey, folder: 'sent' | 'drafts') => {
    idempotencyKey.current = newKey();
    setFlash(flash);
    go(paths.folder(folder));
  };

  const submit = async (draft: boolean) => {
    const found = validate();
    setErrors(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setBusy(true);
    try {
      const form = { recipient, subject, body, files };
      if (draftId) {
        const data = messageFormData(form, { keepAttachments: kept.map((attachment) => attachment.position) });
        const saved = await api.updateDraft(draftId, data);
        if (!saved.ok) return showProblem(saved.problem);
        if (!draft) {
          const sent = await api.sendDraft(draftId);
          if (!sent.ok) return showProblem(sent.problem);
        }
      } else {
        const data = messageFormData(form, { draft, idempotencyKey: idempotencyKey.current });
        const created = await api.create(data);
        if (!created.ok) return showProblem(created.problem);
      }
      finish(draft ? 'draftSaved' : 'sent', draft ? 'drafts' : 'sent');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!draftId) return;
    setBusy(true);
    const result = await api.deleteDraft(draftId);
    setBusy(false);
    if (!result.ok) return showProblem(result.problem);
    finish('draftDeleted', 'drafts');
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const described = (name: Field, hint = false) =>
    [hint ? `${fieldId(name)}-hint` : '', errors[name] ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const error = (name: Field) =>
    errors[name] ? (
      <p id={`${fieldId(name)}-error`} className="data-box-error">
        {errors[name]}
      </p>
    ) : null;

  const groups = [
    { label: t('municipalities'), boxes: (recipients ?? []).filter((box) => box.kind === 'municipality') },
    { label: t('ministries'), boxes: (recipients ?? []).filter((box) => box.kind === 'ministry') },
  ].map((group) => ({
    ...group,
    boxes: [...group.boxes].sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale)),
  }));
  const knownRecipient = (recipients ?? []).some((box) => box.id === recipient);

  return (
    <div className="data-box">
      <p>
        <ServiceLink to={paths.folder(draftId ? 'drafts' : 'inbox')} className="data-box-link">
          {t('backToMailbox')}
        </ServiceLink>
      </p>
      <ViewHeading>{t(draftId ? 'editDraftTitle' : 'composeTitle')}</ViewHeading>
      {loadFailed && <p role="alert">{t('loadFailed')}</p>}
      <form className="data-box-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <div className="data-box-field">
          <label htmlFor={fieldId('recipient')}>{t('recipient')}</label>
          <select
            id={fieldId('recipient')}
            name="recipient"
            value={recipient}
            aria-invalid={errors.recipient ? true : undefined}
            aria-describedby={described('recipient')}
            onChange={(event) => setRecipient(event.target.value)}
          >
            <option value="">{t('chooseRecipient')}</option>
            {recipient && recipients && !knownRecipient && <option value={recipient}>{recipient}</option>}
            {groups.map(
              (group) =>
                group.boxes.length > 0 && (
                  <optgroup key={group.label} label={group.label}>
                    {group.boxes.map((box) => (
                      <option key={box.id} value={box.id}>
                        {box.name[locale]}
                      </option>
                    ))}
                  </optgroup>
                ),
            )}
          </select>
          {error('recipient')}
        </div>
        <div className="data-box-field">
          <label htmlFor={fieldId('subject')}>{t('subject')}</label>
          <input
            id={fieldId('subject')}
            name="subject"
            maxLength={255}
            value={subject}
            aria-invalid={errors.subject ? true : undefined}
            aria-describedby={described('subject')}
            onChange={(event) => setSubject(event.target.value)}
          />
          {error('subject')}
        </div>
        <div className="data-box-field">
          <label htmlFor={fieldId('body')}>{t('body')}</label>
          <textarea
            id={fieldId('body')}
            name="body"
            rows={10}
            maxLength={20_000}
            value={body}
            aria-invalid={errors.body ? true : undefined}
            aria-describedby={described('body', true)}
            onChange={(event) => setBody(event.target.value)}
          />
          <p id={`${fieldId('body')}-hint`} className="data-box-hint">
            {t('bodyHint')}
          </p>
          {error('body')}
        </div>
        <div className="data-box-field">
          <label htmlFor={fieldId('attachments')}>{t('files')}</label>
          <input
            ref={fileInput}
            id={fieldId('attachments')}
            name="attachments"
            type="file"
            multiple
            aria-invalid={errors.attachments ? true : undefined}
            aria-describedby={described('attachments', true)}
            onChange={chooseFiles}
          />
          <p id={`${fieldId('attachments')}-hint`} className="data-box-hint">
            {t('filesHint')}
          </p>
          {error('attachments')}
          {kept.length > 0 && (
            <FileList
              title={t('keptFiles')}
              items={kept.map((attachment) => ({ name: attachment.name, size: attachment.size }))}
              onRemove={(index) => setKept(kept.filter((_, i) => i !== index))}
              removeLabel={(name) => t('removeFile', { name })}
              formatSize={(size) => formatSize(size, formatNumber)}
              removeText={t('remove')}
            />
          )}
          {files.length > 0 && (
            <FileList
              title={t('chosenFiles')}
              items={files.map((file) => ({ name: file.name, size: file.size }))}
              onRemove={removeFile}
              removeLabel={(name) => t('removeFile', { name })}
              formatSize={(size) => formatSize(size, formatNumber)}
              removeText={t('remove')}
            />
          )}
        </div>
        {errors.form && (
          <p role="alert" className="data-box-error">
            {errors.form}
          </p>
        )}
        <div className="data-box-actions">
          <button type="submit" className="data-box-button data-box-button--primary" disabled={busy}>
            {t('send')}
          </button>
          <button
            type="button"
            className="data-box-button data-box-button--secondary"
            disabled={busy}
            onClick={() => void submit(true)}
          >
            {t('saveDraft')}
          </button>
          {draftId && (
            <button
              type="button"
              className="data-box-button data-box-button--danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {t('deleteDraft')}
            </button>
          )}
        </div>
        <div role="status" className="data-box-status">
          {busy ? t('sending') : ''}
        </div>
      </form>
    </div>
  );
}

function FileList({
  title,
  items,
  onRemove,
  removeLabel,
  removeText,
  formatSize: size,
}: {
  title: string;
  items: Array<{ name: string; size: number }>;
  onRemove: (index: number) => void;
  removeLabel: (name: string) => string;
  removeText: string;
  formatSize: (bytes: number) => string;
}) {
  return (
    <div className="data-box-files">
      <p className="data-box-files__title">{title}</p>
      <ul>
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same file may be chosen twice
          <li key={`${item.name}-${index}`}>
            <span>
              {item.name} ({size(item.size)})
            </span>{' '}
            <button
              type="button"
              className="data-box-button data-box-button--small"
              aria-label={removeLabel(item.name)}
              onClick={() => onRemove(index)}
            >
              {removeText}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

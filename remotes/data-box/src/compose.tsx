import { cleanLine, controlMessage, DATA_BOX_LIMITS, isVisibleText, textProblem } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import { ErrorSummary, SelectField, TextArea, TextField } from '@czp/design-system/forms';
import { useHostState, useServicePath, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type ApiError, type Attachment, type Message, messageFormData, type Recipient } from './api.js';
import { checkFiles, formatSize } from './format.js';
import { type MessageKey, messages } from './messages.js';
import { paths } from './routes.js';
import { Button, ServiceLink, setFlash, useDataBoxApi, ViewHeading } from './shared.js';

type Field = 'recipient' | 'subject' | 'body' | 'attachments';
type Errors = Partial<Record<Field | 'form', string>>;
const FIELDS: readonly Field[] = ['recipient', 'subject', 'body', 'attachments'];

const newKey = () => crypto.randomUUID();

/** The Ministry of Justice's box: its registry answers a request for a criminal record extract by itself. */
const JUSTICE_BOX_ID = 'ministerstvo-spravedlnosti';

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
  /** The message this one answers (never an automatic one: those say not to reply). */
  const [answering, setAnswering] = useState<string | undefined>(undefined);
  const [automaticSource, setAutomaticSource] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  /** The errors at the last submit, for the summary at the top (it does not change while the citizen types). */
  const [summary, setSummary] = useState<{ errors: Errors; attempt: number }>({ errors: {}, attempt: 0 });
  const [busy, setBusy] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  // The same key for retries of one send, so a repeated request does not send the message twice.
  const idempotencyKey = useRef(newKey());
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
        } else if (message.automatic) {
          // An automatic message is not answered: the citizen writes a new message instead.
          setAutomaticSource(true);
        } else {
          setAnswering(message.id);
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

  const chooseFiles = (chosen: File[]) => {
    const next = [...files, ...chosen];
    setFiles(next);
    setErrors({ ...errors, attachments: fileError(next) });
  };
  /** Keys: `kept-<position>` for a draft's saved attachments, `new-<index>` for files chosen now. */
  const removeFile = (key: string) => {
    const [kind, value] = key.split('-');
    if (kind === 'kept') {
      setKept(kept.filter((attachment) => String(attachment.position) !== value));
      return;
    }
    const next = files.filter((_, i) => String(i) !== value);
    setFiles(next);
    setErrors({ ...errors, attachments: fileError(next) });
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (!recipient) found.recipient = t('errorRecipient');
    // The contract's one text rule, as the server applies it: control characters refused, invisible text is empty.
    if (textProblem(subject) === 'control') found.subject = t('errorControl');
    else if (!isVisibleText(subject)) found.subject = t('errorSubject');
    else if (cleanLine(subject).length > DATA_BOX_LIMITS.subjectLength) found.subject = t('errorSubjectLong');
    if (textProblem(body) === 'control') found.body = t('errorControl');
    const attachments = fileError(files);
    if (attachments) found.attachments = attachments;
    return found;
  };

  const showErrors = (found: Errors) => {
    setErrors(found);
    setSummary((last) => ({ errors: found, attempt: last.attempt + 1 }));
  };

  const showProblem = (problem: ApiError) => {
    const field = fieldOf(problem);
    // The server's refusal of control characters is in English: said in the page's language instead.
    const control = field !== 'form' && problem.message === controlMessage(problem.field ?? field);
    const text = control ? t('errorControl') : problem.message || t('errorGeneric');
    showErrors({ [field]: field === 'form' ? t('errorServer', { message: text }) : text });
  };

  const finish = (flash: MessageKey, folder: 'sent' | 'drafts') => {
    idempotencyKey.current = newKey();
    setFlash(flash);
    go(paths.folder(folder));
  };

  const submit = async (draft: boolean) => {
    const found = validate();
    showErrors(found);
    if (FIELDS.some((field) => found[field])) return;
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
        const data = messageFormData(form, {
          draft,
          idempotencyKey: idempotencyKey.current,
          ...(answering ? { replyTo: answering } : {}),
        });
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

  const recipientOptions = [
    ...(recipient && recipients && !(recipients ?? []).some((box) => box.id === recipient)
      ? [{ value: recipient, label: recipient }]
      : []),
    // Municipalities, then ministries, each group by name.
    ...(['municipality', 'ministry'] as const).map((kind) => ({
      group: t(kind === 'municipality' ? 'municipalities' : 'ministries'),
      options: (recipients ?? [])
        .filter((box) => box.kind === kind)
        .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale))
        .map((box) => ({ value: box.id, label: box.name[locale] })),
    })),
  ];
  const picked = [
    ...kept.map((attachment) => ({
      key: `kept-${attachment.position}`,
      name: attachment.name,
      size: formatSize(attachment.size, formatNumber),
    })),
    ...files.map((file, index) => ({
      key: `new-${index}`,
      name: file.name,
      size: formatSize(file.size, formatNumber),
    })),
  ];

  return (
    <div className="data-box">
      <p>
        <ServiceLink to={paths.folder(draftId ? 'drafts' : 'inbox')}>{t('backToMailbox')}</ServiceLink>
      </p>
      <ViewHeading>{t(draftId ? 'editDraftTitle' : 'composeTitle')}</ViewHeading>
      {automaticSource && <Notice kind="info">{t('noReplyAutomatic')}</Notice>}
      {loadFailed && (
        <Notice kind="error" role="alert">
          {t('loadFailed')}
        </Notice>
      )}
      <ErrorSummary
        title={t('errorSummary')}
        headingLevel={3}
        focusKey={summary.attempt}
        errors={FIELDS.flatMap((field) => {
          const text = summary.errors[field];
          return text ? [{ fieldId: fieldId(field), text }] : [];
        })}
      />
      <form className="data-box data-box-form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <SelectField
          id={fieldId('recipient')}
          name="recipient"
          label={t('recipient')}
          placeholder={t('chooseRecipient')}
          options={recipientOptions}
          value={recipient}
          error={errors.recipient}
          onChange={(event) => setRecipient(event.target.value)}
        />
        {recipient === JUSTICE_BOX_ID && (
          <Notice kind="info">
            <p>{t('criminalRecordHint', { subject: t('criminalRecordSubject') })}</p>
            {subject !== t('criminalRecordSubject') && (
              <Button onClick={() => setSubject(t('criminalRecordSubject'))}>{t('criminalRecordUse')}</Button>
            )}
          </Notice>
        )}
        <TextField
          id={fieldId('subject')}
          name="subject"
          label={t('subject')}
          maxLength={DATA_BOX_LIMITS.subjectLength}
          value={subject}
          error={errors.subject}
          onChange={(event) => setSubject(event.target.value)}
        />
        <TextArea
          id={fieldId('body')}
          name="body"
          label={t('body')}
          hint={t('bodyHint')}
          rows={10}
          maxLength={DATA_BOX_LIMITS.bodyLength}
          value={body}
          error={errors.body}
          onChange={(event) => setBody(event.target.value)}
        />
        <AttachmentPicker
          id={fieldId('attachments')}
          name="attachments"
          label={t('files')}
          chooseLabel={t('chooseFiles')}
          hint={t('filesHint')}
          error={errors.attachments}
          files={picked}
          filesLabel={t('chosenFiles')}
          removeLabel={t('remove')}
          onChoose={chooseFiles}
          onRemove={removeFile}
        />
        {errors.form && (
          <Notice kind="error" role="alert">
            {errors.form}
          </Notice>
        )}
        <div className="data-box-row">
          <Button type="submit" variant="primary" disabled={busy}>
            {t('send')}
          </Button>
          <Button disabled={busy} onClick={() => void submit(true)}>
            {t('saveDraft')}
          </Button>
          {draftId && (
            <Button variant="danger" disabled={busy} onClick={() => void remove()}>
              {t('deleteDraft')}
            </Button>
          )}
        </div>
        <div role="status">{busy ? t('sending') : ''}</div>
      </form>
    </div>
  );
}

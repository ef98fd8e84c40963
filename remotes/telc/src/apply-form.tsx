import type { SubmissionDetail } from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import { ErrorSummary, SelectField, TextArea, TextField, useErrorSummary } from '@czp/design-system/forms';
import { createTranslator, submit, useHost } from '@czp/remote-sdk';
import { type FormEvent, type MouseEvent, useId, useState } from 'react';
import type { Application, ApplicationField } from './applications.js';
import { type AttachmentError, checkAttachments, checkField, type FieldError, fieldOfPointer } from './form-checks.js';
import { formMessages } from './form-messages.js';
import { useShownLocale } from './messages.js';

type MessageKey = keyof (typeof formMessages)['cs'];

const useFormMessages = () => createTranslator(formMessages, useShownLocale());

/** The attachments' place in the error summary and the server's field for them. */
const ATTACHMENTS = 'attachments';

/** A field's problem: one the browser found, or one the portal named that the browser's checks did not. */
type Problem = { error: FieldError } | { server: true } | { attachments: AttachmentError };

const FIELD_ERROR: Record<FieldError, MessageKey> = {
  required: 'errorRequired',
  tooShort: 'errorTooShort',
  tooLong: 'errorTooLong',
  pattern: 'errorPattern',
  date: 'errorDate',
  whole: 'errorNumber',
  tooSmall: 'errorNumber',
  tooLarge: 'errorNumber',
  choice: 'errorChoice',
  email: 'errorEmail',
};
const ATTACHMENT_ERROR: Record<AttachmentError, MessageKey> = {
  tooMany: 'errorTooManyFiles',
  tooLarge: 'errorFileTooLarge',
  fileType: 'errorFileType',
};
/** The portal's refusals of the files (`field: attachments`), as the picker's errors. */
const SERVER_ATTACHMENT_ERROR: Record<string, AttachmentError> = {
  'too-many-attachments': 'tooMany',
  'attachment-too-large': 'tooLarge',
  'attachment-type': 'fileType',
};
/** Refusals that are about the citizen's login or box, not a field. */
const GENERAL_ERROR: Record<string, MessageKey> = {
  network: 'sendNetwork',
  'signed-out': 'sendSignedOut',
  'consent-required': 'sendConsent',
  'level-too-low': 'sendLevel',
  'no-data-box': 'sendNoDataBox',
};

/** Where PODÁNÍ shows one submission (the portal's submissions service). */
const submissionHref = (id: string) => `/services/submissions/${encodeURIComponent(id)}`;
/** The data box, opened at the submission's conversation. */
const conversationHref = (conversationId: string) =>
  `/services/data-box?conversation=${encodeURIComponent(conversationId)}`;

/** A new idempotency key: one per filled-in form, kept across its retries. */
const newKey = () => crypto.randomUUID();

interface Chosen {
  key: string;
  file: File;
}

function PortalLink({ href, children }: { href: string; children: string }) {
  const host = useHost();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    host.navigate(href);
  };
  return (
    <a href={href} onClick={go}>
      {children}
    </a>
  );
}

/** What the citizen sees once the submission is made: its reference number and where to follow it. */
function Submitted({ submission, onAnother }: { submission: SubmissionDetail; onAnother: () => void }) {
  const { t } = useFormMessages();
  return (
    <Notice kind="success" role="status" title={t('sentTitle')}>
      <p>{t('sentReference', { reference: submission.reference })}</p>
      <ul>
        <li>
          <PortalLink href={submissionHref(submission.id)}>{t('sentFollow')}</PortalLink>
        </li>
        <li>
          <PortalLink href={conversationHref(submission.conversationId)}>{t('sentConversation')}</PortalLink>
        </li>
      </ul>
      <GovButton type="outlined" color="primary" onClick={onAnother}>
        {t('sentAnother')}
      </GovButton>
    </Notice>
  );
}

/**
 * An application form of Telč: the fields of `application`, checked in the browser by the rules the declared schema
 * is made of, then submitted with `submit()`. The portal checks again; a field it refuses is shown next to that field.
 */
export function ApplyForm({ application }: { application: Application }) {
  const { t, formatNumber, locale } = useFormMessages();
  const host = useHost();
  const id = useId();
  const names = [...application.fields.map((field) => field.name), ATTACHMENTS];
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<Chosen[]>([]);
  const [problems, setProblems] = useState<Record<string, Problem>>({});
  const [general, setGeneral] = useState<MessageKey | null>(null);
  const [sending, setSending] = useState(false);
  const [done, setDone] = useState<SubmissionDetail | null>(null);
  // Made when the form opens and kept until it is submitted: a retry after an outage is the same submission.
  const [idempotencyKey, setIdempotencyKey] = useState(newKey);

  const fieldOf = (name: string) => application.fields.find((field) => field.name === name);
  const problemText = (name: string): string | undefined => {
    const problem = problems[name];
    if (!problem) return undefined;
    if ('attachments' in problem) {
      const { max, maxBytes } = application.attachments;
      return t(ATTACHMENT_ERROR[problem.attachments], {
        max: formatNumber(max),
        size: formatNumber(maxBytes / 1024 / 1024),
      });
    }
    if ('server' in problem) return t('errorServer');
    const field = fieldOf(name);
    if (problem.error === 'pattern' && field?.patternText) return field.patternText[locale];
    const rule = field?.rule;
    return t(FIELD_ERROR[problem.error], {
      min: formatNumber(rule?.kind === 'integer' ? rule.minimum : rule?.kind === 'text' ? (rule.minLength ?? 1) : 0),
      max: formatNumber(rule?.kind === 'integer' ? rule.maximum : rule?.kind === 'text' ? rule.maxLength : 0),
    });
  };
  const label = (name: string) => (name === ATTACHMENTS ? t('attachments') : (fieldOf(name)?.label[locale] ?? name));
  const summary = useErrorSummary({ fields: names, idPrefix: id, errorText: problemText, label });

  /** The browser's checks: the data to send, or the problems by field. */
  const check = () => {
    const found: Record<string, Problem> = {};
    const data: Record<string, unknown> = {};
    for (const field of application.fields) {
      const result = checkField(field.rule, raw[field.name] ?? '');
      if (!result.ok) found[field.name] = { error: result.error };
      else if (result.value !== undefined) data[field.name] = result.value;
    }
    const fileProblem = checkAttachments(
      application.attachments,
      files.map((chosen) => chosen.file),
    );
    if (fileProblem) found[ATTACHMENTS] = { attachments: fileProblem };
    return { found, data };
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const { found, data } = check();
    setGeneral(null);
    if (Object.keys(found).length > 0) {
      setProblems(found);
      summary.submitFailed();
      return;
    }
    setProblems({});
    setSending(true);
    const result = await submit(host.api, application.type, data, {
      attachments: files.map((chosen) => chosen.file),
      idempotencyKey,
    });
    setSending(false);
    if (result.ok) {
      setDone(result.submission);
      return;
    }
    if (result.field === ATTACHMENTS) {
      setProblems({ [ATTACHMENTS]: { attachments: SERVER_ATTACHMENT_ERROR[result.error] ?? 'fileType' } });
      summary.submitFailed();
      return;
    }
    const field = fieldOfPointer(result.field);
    if (result.status === 400 && field && fieldOf(field)) {
      setProblems({ [field]: { server: true } });
      summary.submitFailed();
      return;
    }
    setGeneral(GENERAL_ERROR[result.error] ?? 'sendFailed');
  };

  const another = () => {
    setRaw({});
    setFiles([]);
    setProblems({});
    setGeneral(null);
    setDone(null);
    setIdempotencyKey(newKey());
  };

  if (done) return <Submitted submission={done} onAnother={another} />;

  const control = (field: ApplicationField) => {
    const common = {
      id: summary.fieldId(field.name),
      name: field.name,
      label: field.label[locale],
      hint: field.hint?.[locale],
      required: field.rule.required,
      error: problemText(field.name),
      value: raw[field.name] ?? '',
    };
    const change = (value: string) => setRaw((previous) => ({ ...previous, [field.name]: value }));
    if (field.rule.kind === 'choice') {
      const labels = field.optionLabels ?? [];
      return (
        <SelectField
          key={field.name}
          {...common}
          placeholder={t('choose')}
          options={field.rule.options.map((value, index) => ({ value, label: labels[index]?.[locale] ?? value }))}
          onChange={(event) => change(event.target.value)}
        />
      );
    }
    if (field.multiline) {
      return <TextArea key={field.name} {...common} rows={4} onChange={(event) => change(event.target.value)} />;
    }
    return (
      <TextField
        key={field.name}
        {...common}
        type={field.rule.kind === 'date' ? 'date' : 'text'}
        width={field.rule.kind === 'text' ? 'full' : field.rule.kind === 'date' ? 'm' : 's'}
        autoComplete={field.autoComplete ?? 'off'}
        inputMode={field.inputMode}
        onChange={(event) => change(event.target.value)}
      />
    );
  };

  return (
    <form className="telc-form" noValidate onSubmit={send} aria-busy={sending || undefined}>
      <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
      {general && (
        <Notice kind="error" role="alert">
          {t(general)}
        </Notice>
      )}
      {application.fields.map(control)}
      <AttachmentPicker
        id={summary.fieldId(ATTACHMENTS)}
        name={ATTACHMENTS}
        label={t('attachments')}
        chooseLabel={t('attachmentsChoose')}
        hint={application.attachmentsHint[locale]}
        accept={application.attachments.mediaTypes.join(',')}
        error={problemText(ATTACHMENTS)}
        filesLabel={t('attachmentsChosen')}
        removeLabel={t('attachmentsRemove')}
        files={files.map(({ key, file }) => ({
          key,
          name: file.name,
          size: `${formatNumber(Math.max(1, Math.round(file.size / 1024)))} kB`,
        }))}
        onChoose={(chosen) =>
          setFiles((previous) => [...previous, ...chosen.map((file) => ({ key: crypto.randomUUID(), file }))])
        }
        onRemove={(key) => setFiles((previous) => previous.filter((chosen) => chosen.key !== key))}
      />
      <div>
        <GovButton nativeType="submit" type="solid" color="primary" disabled={sending}>
          {sending ? t('sending') : t('send')}
        </GovButton>
      </div>
    </form>
  );
}

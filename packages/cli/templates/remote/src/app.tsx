import { GovButton, Notice } from '@czp/design-system';
import { ErrorSummary, TextArea, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useHost, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { messages } from './messages.js';
import {
  type FaultReceipt,
  FIELDS,
  type Field,
  type FieldError,
  isReceipt,
  LIMITS,
  parseReport,
  type RawReport,
} from './report.js';

type MessageKey = keyof (typeof messages)['cs'];

const ERROR_TEXT: Record<FieldError, MessageKey> = {
  required: 'errorRequired',
  tooLong: 'errorTooLong',
  email: 'errorEmail',
};

const LABEL: Record<Field, MessageKey> = { place: 'place', description: 'description', email: 'email' };

const EMPTY: RawReport = { place: '', description: '', email: '' };

/** The service: a form that reports a fault to the town, sent to the service's own API (POST /faults). */
export function FaultReportForm() {
  const { t, formatNumber } = useTranslator(messages);
  const host = useHost();
  const id = useId();
  const [raw, setRaw] = useState<RawReport>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const [receipt, setReceipt] = useState<FaultReceipt | null>(null);

  const errorText = (name: Field): string | undefined => {
    const error = errors[name];
    if (!error) return undefined;
    const max = name === 'email' ? LIMITS.email : LIMITS[name];
    return t(ERROR_TEXT[error], { max: formatNumber(max) });
  };
  const summary = useErrorSummary({ fields: FIELDS, idPrefix: id, errorText, label: (name) => t(LABEL[name]) });

  const update = (name: Field, value: string) => setRaw((current) => ({ ...current, [name]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const parsed = parseReport(raw);
    if (!parsed.ok) {
      // The error summary takes focus (again on every failed submit) and links to each field.
      setErrors(parsed.errors);
      summary.submitFailed();
      return;
    }
    setErrors({});
    setFailed(false);
    setSending(true);
    try {
      const response = await host.api.send('POST', '/faults', parsed.report);
      const answer: unknown = response.ok ? await response.json() : null;
      if (!isReceipt(answer)) throw new Error(`POST /faults answered ${response.status}`);
      setReceipt(answer);
      setRaw(EMPTY);
      host.notify({ kind: 'success', message: t('sentNotice', { id: answer.id }) });
    } catch {
      // Whatever went wrong (no connection, a refusal, an answer that is not a receipt), the citizen keeps the text.
      setFailed(true);
    } finally {
      setSending(false);
    }
  };

  if (receipt) {
    return (
      <div>
        <h2>{t('title')}</h2>
        <Notice kind="success" title={t('sentTitle')}>
          {t('sentText', { id: receipt.id })}
        </Notice>
        <p>
          <GovButton type="outlined" color="primary" onClick={() => setReceipt(null)}>
            {t('another')}
          </GovButton>
        </p>
      </div>
    );
  }

  /** The props every field shares: id, name, label, hint, value, error and change. */
  const field = (name: Field, hint: MessageKey) => ({
    id: summary.fieldId(name),
    name,
    label: t(LABEL[name]),
    hint: t(hint),
    value: raw[name],
    error: errorText(name),
    onChange: (event: { target: { value: string } }) => update(name, event.target.value),
  });

  return (
    <div>
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        <TextField {...field('place', 'placeHint')} width="l" autoComplete="off" />
        <TextArea {...field('description', 'descriptionHint')} rows={6} />
        <TextField {...field('email', 'emailHint')} type="email" width="l" autoComplete="email" />
        {failed && <Notice kind="error">{t('sendFailed')}</Notice>}
        <p>
          <GovButton nativeType="submit" type="solid" color="primary" disabled={sending}>
            {sending ? t('sending') : t('send')}
          </GovButton>
        </p>
      </form>
    </div>
  );
}

export default defineRemote(FaultReportForm);

import type { SubmissionDetail } from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import { CheckboxField, ErrorSummary, TextField, useErrorSummary } from '@czp/design-system/forms';
import { useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import {
  APPLICATION_ATTACHMENTS,
  APPLICATION_FIELDS,
  APPLICATION_RULES,
  APPLICATION_TYPE,
  type ApplicationError,
  type ApplicationField,
  checkApplication,
  isoDate,
  POINTER_FIELDS,
  type RawApplication,
} from './application.js';
import { messages } from './messages.js';
import { monthlyCap, monthlyMinimum, PARENTAL_ALLOWANCE } from './parental-allowance.js';
import {
  type AttachmentError,
  attachmentErrorOf,
  checkFiles,
  type GeneralProblem,
  refusalOf,
  useSubmission,
} from './submission.js';
import { Submitted } from './submitted.js';

type MessageKey = keyof (typeof messages)['cs'];
const ATTACHMENTS = 'attachments';
type SummaryField = ApplicationField | typeof ATTACHMENTS;

const ERROR_TEXT: Record<ApplicationError, MessageKey> = {
  required: 'appErrorRequired',
  number: 'errorNumber',
  positive: 'errorPositive',
  baseTooHigh: 'errorBaseTooHigh',
  tooHigh: 'errorTooHigh',
  overCap: 'errorOverCap',
  underMinimum: 'errorUnderMinimum',
  tooLong: 'appErrorTooLong',
  date: 'appErrorDate',
  future: 'appErrorFuture',
  bornBefore2024: 'appErrorBornBefore2024',
  tooOld: 'appErrorTooOld',
  format: 'appErrorFormat',
  checksum: 'appErrorChecksum',
  email: 'appErrorEmail',
  phone: 'appErrorPhone',
};
const ATTACHMENT_TEXT: Record<AttachmentError, MessageKey> = {
  tooMany: 'errorTooManyFiles',
  tooLarge: 'errorFileTooLarge',
  fileType: 'errorFileType',
};
const GENERAL_TEXT: Record<GeneralProblem, MessageKey> = {
  network: 'sendNetwork',
  'signed-out': 'sendSignedOut',
  'consent-required': 'sendConsent',
  'level-too-low': 'sendLevel',
  'no-data-box': 'sendNoDataBox',
  failed: 'sendFailed',
};

/** A field's problem: the browser's, or one the portal named that the browser did not see. */
type Problem = { error: ApplicationError } | { server: true };

/** What the calculator hands over: the amounts as the parent typed them there. */
export interface CalculatorInput {
  multiple: boolean;
  hasBase: boolean;
  base: string;
  monthly: string;
}

export interface ApplicationFormProps {
  initial: CalculatorInput;
  /** The clock; tests pass a fixed one. */
  today?: () => Date;
}

const systemClock = () => new Date();

/**
 * The parental allowance application, started from the calculator's result: checked in the browser by the rules of
 * the declared schema and the calculator's, then submitted with `submit()`. The portal checks again; a field it
 * refuses is shown next to that field.
 */
export function ApplicationForm({ initial, today = systemClock }: ApplicationFormProps) {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<RawApplication>({
    ...initial,
    childGivenName: '',
    childFamilyName: '',
    childBirthDate: '',
    accountPrefix: '',
    accountNumber: '',
    bankCode: '',
    email: '',
    phone: '',
  });
  const [files, setFiles] = useState<{ key: string; file: File }[]>([]);
  const [problems, setProblems] = useState<Partial<Record<ApplicationField, Problem>>>({});
  const [fileProblem, setFileProblem] = useState<AttachmentError | null>(null);
  const [general, setGeneral] = useState<GeneralProblem | null>(null);
  const [limits, setLimits] = useState<{ cap: number | null; minimum: number }>({ cap: null, minimum: 0 });
  const [done, setDone] = useState<SubmissionDetail | null>(null);
  const submission = useSubmission(APPLICATION_TYPE);
  const czk = (value: number) => formatNumber(value, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 });
  const sizeMb = formatNumber(APPLICATION_ATTACHMENTS.maxBytes / 1024 / 1024);

  const errorText = (name: SummaryField): string | undefined => {
    if (name === ATTACHMENTS) {
      return fileProblem
        ? t(ATTACHMENT_TEXT[fileProblem], { max: formatNumber(APPLICATION_ATTACHMENTS.max), size: sizeMb })
        : undefined;
    }
    const problem = problems[name];
    if (!problem) return undefined;
    if ('server' in problem) return t('appErrorServer');
    if (name === 'bankCode' && problem.error === 'format') return t('appErrorBankCode');
    return t(ERROR_TEXT[problem.error], {
      max: name === 'base' ? czk(PARENTAL_ALLOWANCE.maxBase) : formatNumber(APPLICATION_RULES.nameLength),
      cap: limits.cap === null ? '' : czk(limits.cap),
      minimum: czk(limits.minimum),
      years: formatNumber(PARENTAL_ALLOWANCE.drawingYears),
      example: formatNumber(12_000),
    });
  };
  const fields: SummaryField[] = [...APPLICATION_FIELDS.filter((f) => f !== 'base' || raw.hasBase), ATTACHMENTS];
  const label = (name: SummaryField) => t(name);
  const summary = useErrorSummary({ fields, idPrefix: id, errorText, label });

  const set = (name: keyof RawApplication, value: string | boolean) =>
    setRaw((current) => ({ ...current, [name]: value }));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (submission.sending) return;
    setGeneral(null);
    const checked = checkApplication(raw, today());
    const attached = files.map((chosen) => chosen.file);
    const filesChecked = checkFiles(APPLICATION_ATTACHMENTS, attached);
    if (!checked.ok || filesChecked) {
      setProblems(
        checked.ok
          ? {}
          : Object.fromEntries(Object.entries(checked.errors).map(([field, error]) => [field, { error }])),
      );
      if (!checked.ok && !checked.plan.ok) setLimits({ cap: checked.plan.cap, minimum: checked.plan.minimum });
      setFileProblem(filesChecked);
      summary.submitFailed();
      return;
    }
    setProblems({});
    setFileProblem(null);
    const result = await submission.send({ ...checked.data }, attached);
    if (result.ok) {
      setDone(result.submission);
      return;
    }
    const refusal = refusalOf(result, POINTER_FIELDS);
    if (refusal.kind === 'field') {
      setProblems({ [refusal.field]: { server: true } });
      summary.submitFailed();
    } else if (refusal.kind === 'attachments') {
      setFileProblem(attachmentErrorOf(refusal.error));
      summary.submitFailed();
    } else setGeneral(refusal.problem);
  };

  if (done) {
    return (
      <Submitted
        submission={done}
        texts={{
          title: t('sentTitle'),
          reference: t('sentReference', { reference: done.reference }),
          follow: t('sentFollow'),
          dataBox: t('sentDataBox'),
        }}
      />
    );
  }

  const text = (name: ApplicationField, extra: Record<string, unknown> = {}) => ({
    id: summary.fieldId(name),
    name,
    label: t(name),
    value: raw[name],
    error: errorText(name),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    ...extra,
  });

  return (
    <form className="mpsv-form" noValidate onSubmit={send} aria-busy={submission.sending || undefined}>
      <ErrorSummary title={t('errorSummary')} headingLevel={4} {...summary.props} />
      {general && (
        <Notice kind="error" role="alert">
          {t(GENERAL_TEXT[general])}
        </Notice>
      )}
      <fieldset className="mpsv-group">
        <legend>{t('appChild')}</legend>
        <TextField {...text('childGivenName', { autoComplete: 'off', width: 'm' })} />
        <TextField {...text('childFamilyName', { width: 'm' })} />
        <TextField
          {...text('childBirthDate', { type: 'date', max: isoDate(today()), min: APPLICATION_RULES.firstBirthDate })}
        />
      </fieldset>
      <fieldset className="mpsv-group">
        <legend>{t('appAmount')}</legend>
        <CheckboxField
          name="multiple"
          label={t('multiple')}
          checked={raw.multiple}
          onChange={(e) => set('multiple', e.target.checked)}
        />
        <CheckboxField
          name="hasBase"
          label={t('hasBase')}
          checked={raw.hasBase}
          onChange={(e) => set('hasBase', e.target.checked)}
        />
        {raw.hasBase && <TextField {...text('base', { hint: t('baseHint'), inputMode: 'numeric', width: 's' })} />}
        <TextField
          {...text('monthly', {
            inputMode: 'numeric',
            width: 's',
            hint: t(raw.multiple ? 'monthlyHintMultiple' : 'monthlyHint', {
              minimum: czk(monthlyMinimum(raw.multiple)),
              capWithoutBase: czk(monthlyCap(null, raw.multiple)),
              years: formatNumber(PARENTAL_ALLOWANCE.drawingYears),
            }),
          })}
        />
      </fieldset>
      <fieldset className="mpsv-group">
        <legend>{t('appAccount')}</legend>
        <p className="mpsv-hint">{t('appAccountHint')}</p>
        <div className="mpsv-account">
          <TextField {...text('accountPrefix', { inputMode: 'numeric', width: 's' })} />
          <TextField {...text('accountNumber', { inputMode: 'numeric', width: 'm' })} />
          <TextField {...text('bankCode', { inputMode: 'numeric', width: 's' })} />
        </div>
      </fieldset>
      <fieldset className="mpsv-group">
        <legend>{t('appContact')}</legend>
        <TextField {...text('email', { type: 'email', autoComplete: 'email', hint: t('emailHint'), width: 'l' })} />
        <TextField {...text('phone', { type: 'tel', autoComplete: 'tel', width: 'm' })} />
      </fieldset>
      <AttachmentPicker
        id={summary.fieldId(ATTACHMENTS)}
        name={ATTACHMENTS}
        label={t('attachments')}
        chooseLabel={t('attachmentsChoose')}
        hint={t('attachmentsHint', { max: formatNumber(APPLICATION_ATTACHMENTS.max), size: sizeMb })}
        accept={APPLICATION_ATTACHMENTS.mediaTypes.join(',')}
        error={errorText(ATTACHMENTS)}
        filesLabel={t('attachmentsChosen')}
        removeLabel={t('attachmentsRemove')}
        files={files.map(({ key, file }) => ({
          key,
          name: file.name,
          size: `${formatNumber(Math.max(1, Math.round(file.size / 1024)))} kB`,
        }))}
        onChoose={(chosen) =>
          setFiles((current) => [...current, ...chosen.map((file) => ({ key: crypto.randomUUID(), file }))])
        }
        onRemove={(key) => setFiles((current) => current.filter((chosen) => chosen.key !== key))}
      />
      <div>
        <GovButton nativeType="submit" type="solid" color="primary" disabled={submission.sending}>
          {submission.sending ? t('sending') : t('send')}
        </GovButton>
      </div>
    </form>
  );
}

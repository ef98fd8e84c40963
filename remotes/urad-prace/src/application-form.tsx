import type { SubmissionDetail } from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { AttachmentPicker } from '@czp/design-system/content';
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  useErrorSummary,
} from '@czp/design-system/forms';
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
  EDUCATION_LEVELS,
  type EducationLevel,
  isoDate,
  POINTER_FIELDS,
  type RawApplication,
  WORKING_TIMES,
  type WorkingTime,
} from './application.js';
import { messages } from './messages.js';
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
  choice: 'appErrorChoice',
  tooLong: 'appErrorTooLong',
  date: 'appErrorDate',
  future: 'appErrorFuture',
  past: 'appErrorPast',
  tooFar: 'appErrorTooFar',
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
const EDUCATION_TEXT: Record<EducationLevel, MessageKey> = {
  none: 'educationNone',
  basic: 'educationBasic',
  vocational: 'educationVocational',
  secondary: 'educationSecondary',
  'higher-vocational': 'educationHigherVocational',
  bachelor: 'educationBachelor',
  master: 'educationMaster',
  doctoral: 'educationDoctoral',
};
const WORKING_TIME_TEXT: Record<WorkingTime, MessageKey> = {
  'full-time': 'workingTimeFullTime',
  'part-time': 'workingTimePartTime',
  any: 'workingTimeAny',
};
const EMPLOYMENT_FIELDS: readonly ApplicationField[] = ['lastEmployer', 'lastPosition', 'lastEmploymentEnd'];
const ACCOUNT_FIELDS: readonly ApplicationField[] = ['accountPrefix', 'accountNumber', 'bankCode'];

/** A field's problem: the browser's, or one the portal named that the browser did not see. */
type Problem = { error: ApplicationError } | { server: true };

const EMPTY: RawApplication = {
  education: '',
  fieldOfStudy: '',
  hasWorked: true,
  lastEmployer: '',
  lastPosition: '',
  lastEmploymentEnd: '',
  availableFrom: '',
  workingTime: '',
  desiredWork: '',
  requestBenefit: false,
  accountPrefix: '',
  accountNumber: '',
  bankCode: '',
  email: '',
  phone: '',
};

const systemClock = () => new Date();

/**
 * Registration as a job seeker: checked in the browser by the rules of the declared schema, then submitted with
 * `submit()`. The portal checks again; a field it refuses is shown next to that field.
 */
export function ApplicationForm({ today = systemClock }: { today?: () => Date }) {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<RawApplication>(EMPTY);
  const [files, setFiles] = useState<{ key: string; file: File }[]>([]);
  const [problems, setProblems] = useState<Partial<Record<ApplicationField, Problem>>>({});
  const [fileProblem, setFileProblem] = useState<AttachmentError | null>(null);
  const [general, setGeneral] = useState<GeneralProblem | null>(null);
  const [done, setDone] = useState<SubmissionDetail | null>(null);
  const submission = useSubmission(APPLICATION_TYPE);
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
    const max = name === 'desiredWork' ? APPLICATION_RULES.desiredWorkLength : APPLICATION_RULES.textLength;
    return t(ERROR_TEXT[problem.error], { max: formatNumber(max) });
  };
  const shown = (name: ApplicationField) =>
    (raw.hasWorked || !EMPLOYMENT_FIELDS.includes(name)) && (raw.requestBenefit || !ACCOUNT_FIELDS.includes(name));
  const fields: SummaryField[] = [...APPLICATION_FIELDS.filter(shown), ATTACHMENTS];
  const summary = useErrorSummary({ fields, idPrefix: id, errorText, label: (name) => t(name) });

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

  const common = (name: ApplicationField) => ({
    id: summary.fieldId(name),
    name,
    label: t(name),
    value: raw[name],
    error: errorText(name),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
  });
  const todayIso = isoDate(today());

  return (
    <form className="urad-prace-form" noValidate onSubmit={send} aria-busy={submission.sending || undefined}>
      <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
      {general && (
        <Notice kind="error" role="alert">
          {t(GENERAL_TEXT[general])}
        </Notice>
      )}
      <fieldset className="urad-prace-group">
        <legend>{t('appEducation')}</legend>
        <SelectField
          {...common('education')}
          placeholder={t('choose')}
          options={EDUCATION_LEVELS.map((level) => ({ value: level, label: t(EDUCATION_TEXT[level]) }))}
          width="l"
        />
        <TextField {...common('fieldOfStudy')} width="l" />
      </fieldset>
      <fieldset className="urad-prace-group">
        <legend>{t('appEmployment')}</legend>
        <CheckboxField
          name="hasWorked"
          label={t('hasWorked')}
          checked={raw.hasWorked}
          onChange={(event) => set('hasWorked', event.target.checked)}
        />
        {raw.hasWorked && (
          <>
            <TextField {...common('lastEmployer')} autoComplete="organization" width="l" />
            <TextField {...common('lastPosition')} autoComplete="organization-title" width="l" />
            <TextField {...common('lastEmploymentEnd')} type="date" max={todayIso} />
          </>
        )}
      </fieldset>
      <fieldset className="urad-prace-group">
        <legend>{t('appAvailability')}</legend>
        <TextField {...common('availableFrom')} type="date" min={todayIso} />
        <SelectField
          {...common('workingTime')}
          placeholder={t('choose')}
          options={WORKING_TIMES.map((time) => ({ value: time, label: t(WORKING_TIME_TEXT[time]) }))}
          width="m"
        />
        <TextArea {...common('desiredWork')} rows={3} />
      </fieldset>
      <fieldset className="urad-prace-group">
        <legend>{t('appBenefit')}</legend>
        <CheckboxField
          name="requestBenefit"
          label={t('requestBenefit')}
          hint={t('requestBenefitHint')}
          checked={raw.requestBenefit}
          onChange={(event) => set('requestBenefit', event.target.checked)}
        />
        {raw.requestBenefit && (
          <>
            <p className="urad-prace-hint">{t('appAccountHint')}</p>
            <div className="urad-prace-account">
              <TextField {...common('accountPrefix')} inputMode="numeric" width="s" />
              <TextField {...common('accountNumber')} inputMode="numeric" width="m" />
              <TextField {...common('bankCode')} inputMode="numeric" width="s" />
            </div>
          </>
        )}
      </fieldset>
      <fieldset className="urad-prace-group">
        <legend>{t('appContact')}</legend>
        <TextField {...common('email')} type="email" autoComplete="email" hint={t('emailHint')} width="l" />
        <TextField {...common('phone')} type="tel" autoComplete="tel" width="m" />
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

import type { SubmissionDetail } from '@czp/contract';
import { GovButton, Notice } from '@czp/design-system';
import { AttachmentPicker, SubmissionStatus, type SubmissionStep } from '@czp/design-system/content';
import { CheckboxField, ErrorSummary, SelectField, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useHostState, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { messages } from './messages.js';
import { PrefillNotice, useOwnParcels, usePrefilledAddress } from './prefill.js';
import {
  FIELDS,
  type Field,
  type FieldError,
  INFRASTRUCTURE,
  type Infrastructure,
  type InfrastructureRequest,
  isoDate,
  LIMITS,
  laterIsoDate,
  type Parcel,
  POINTER_FIELDS,
  PURPOSES,
  type Purpose,
  parcelKey,
  parseIsoDate,
  parseRequest,
  type RawRequest,
  REQUEST_ATTACHMENTS,
  REQUEST_TYPE,
} from './request.js';
import {
  type AttachmentError,
  attachmentErrorOf,
  checkFiles,
  type GeneralProblem,
  refusalOf,
  useSubmission,
} from './submission.js';
import { Submitted } from './submitted.js';
import './technicka-infrastruktura.css';

type MessageKey = keyof (typeof messages)['cs'];

const PURPOSE_LABEL: Record<Purpose, MessageKey> = {
  'building-permit': 'purposeBuildingPermit',
  excavation: 'purposeExcavation',
  'project-documentation': 'purposeProjectDocumentation',
  other: 'purposeOther',
};

const OWNER_TEXT: Record<Infrastructure, { kind: MessageKey; owner: MessageKey; ask: MessageKey }> = {
  electricity: { kind: 'electricity', owner: 'electricityOwner', ask: 'askElectricity' },
  gas: { kind: 'gas', owner: 'gasOwner', ask: 'askGas' },
  water: { kind: 'water', owner: 'waterOwner', ask: 'askWater' },
  telecommunications: { kind: 'telecommunications', owner: 'telecommunicationsOwner', ask: 'askTelecommunications' },
};

const ERROR_TEXT: Record<FieldError, MessageKey> = {
  required: 'errorRequired',
  choice: 'errorChoice',
  tooLong: 'errorTooLong',
  territoryFormat: 'errorTerritoryFormat',
  parcelFormat: 'errorParcelFormat',
  tooManyParcels: 'errorTooManyParcels',
  noParcel: 'errorNoParcel',
  date: 'errorDate',
  past: 'errorPast',
  beforeFrom: 'errorBeforeFrom',
  postalCode: 'errorPostalCode',
  email: 'errorEmail',
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

const LABEL: Record<Field, MessageKey> = {
  purpose: 'purpose',
  otherPurpose: 'otherPurpose',
  ownParcels: 'ownParcels',
  territory: 'territory',
  parcels: 'parcels',
  dateFrom: 'dateFromLong',
  dateTo: 'dateToLong',
  applicantName: 'applicantName',
  street: 'street',
  municipality: 'municipality',
  postalCode: 'postalCode',
  email: 'email',
};

const HINTS: Partial<Record<Field, MessageKey>> = {
  territory: 'territoryHint',
  parcels: 'parcelsHint',
  email: 'emailHint',
};

const ATTACHMENTS = 'attachments';
type SummaryField = Field | typeof ATTACHMENTS;
const SUMMARY_FIELDS: readonly SummaryField[] = [...FIELDS, ATTACHMENTS];
const MAX_LENGTH: Partial<Record<Field, number>> = {
  otherPurpose: LIMITS.otherPurpose,
  applicantName: LIMITS.name,
  street: LIMITS.street,
  municipality: LIMITS.municipality,
};

/** A field's problem: the browser's, or one the portal named that the browser did not see. */
type Problem = { error: FieldError } | { server: true };

const EMPTY: RawRequest = {
  purpose: '',
  otherPurpose: '',
  ownParcels: [],
  territory: '',
  parcels: '',
  dateFrom: '',
  dateTo: '',
  applicantName: '',
  street: '',
  municipality: '',
  postalCode: '',
  email: '',
};

export interface RequestBuilderProps {
  /** The clock; tests pass a fixed one. */
  today?: () => Date;
}

const systemClock = () => new Date();

/**
 * The MMR remote: the request for the network owners' opinions on technical infrastructure. The applicant's address
 * and their own parcels are prefilled from the registers (residents.address, cadastre.properties, purpose
 * prefill-form) when the portal lets the service read them; otherwise the citizen types them.
 */
export function RequestBuilder({ today = systemClock }: RequestBuilderProps) {
  const { t, formatDate, formatNumber } = useTranslator(messages);
  const { person } = useHostState();
  const id = useId();
  const [raw, setRaw] = useState<RawRequest>({ ...EMPTY, applicantName: person?.name ?? '' });
  const [files, setFiles] = useState<{ key: string; file: File }[]>([]);
  const [problems, setProblems] = useState<Partial<Record<Field, Problem>>>({});
  const [fileProblem, setFileProblem] = useState<AttachmentError | null>(null);
  const [badParcel, setBadParcel] = useState<string | null>(null);
  const [request, setRequest] = useState<InfrastructureRequest | null>(null);
  const [general, setGeneral] = useState<GeneralProblem | 'fixForm' | null>(null);
  const [done, setDone] = useState<SubmissionDetail | null>(null);
  const submission = useSubmission(REQUEST_TYPE);
  const minDate = isoDate(today());
  const sizeMb = formatNumber(REQUEST_ATTACHMENTS.maxBytes / 1024 / 1024);

  const address = usePrefilledAddress((prefill) =>
    setRaw((current) => ({
      ...current,
      // What the citizen already typed stays.
      street: current.street || prefill.street,
      municipality: current.municipality || prefill.municipality,
      postalCode: current.postalCode || prefill.postalCode,
    })),
  );
  const ownParcels = useOwnParcels();

  const errorText = (name: SummaryField): string | undefined => {
    if (name === ATTACHMENTS) {
      return fileProblem
        ? t(ATTACHMENT_TEXT[fileProblem], { max: formatNumber(REQUEST_ATTACHMENTS.max), size: sizeMb })
        : undefined;
    }
    const problem = problems[name];
    if (!problem) return undefined;
    if ('server' in problem) return t('errorServer');
    if (name === 'purpose' && problem.error === 'required') return t('errorPurposeRequired');
    if (problem.error === 'tooLong' && name !== 'otherPurpose') {
      return t('errorNameTooLong', { max: formatNumber(MAX_LENGTH[name] ?? 0) });
    }
    const max = name === 'parcels' ? LIMITS.parcels : LIMITS.otherPurpose;
    return t(ERROR_TEXT[problem.error], { max: formatNumber(max), parcel: badParcel ?? '' });
  };
  const summary = useErrorSummary({
    fields: SUMMARY_FIELDS,
    idPrefix: id,
    errorText,
    label: (name) => (name === ATTACHMENTS ? t('attachments') : t(LABEL[name])),
  });
  const { fieldId } = summary;

  const update = (name: Exclude<Field, 'ownParcels'>, value: string) => {
    setRaw((current) => ({ ...current, [name]: value }));
    setRequest(null);
  };
  const toggleParcel = (parcel: Parcel, on: boolean) => {
    setRaw((current) => ({
      ...current,
      ownParcels: on
        ? [...current.ownParcels, parcel]
        : current.ownParcels.filter((p) => parcelKey(p) !== parcelKey(parcel)),
    }));
    setRequest(null);
  };

  const review = (event: FormEvent) => {
    event.preventDefault();
    setGeneral(null);
    const parsed = parseRequest(raw, today());
    const filesChecked = checkFiles(
      REQUEST_ATTACHMENTS,
      files.map((chosen) => chosen.file),
    );
    if (!parsed.ok || filesChecked) {
      // The error summary takes focus (again on every failed submit) and links to each field.
      setProblems(
        parsed.ok ? {} : Object.fromEntries(Object.entries(parsed.errors).map(([field, error]) => [field, { error }])),
      );
      setFileProblem(filesChecked);
      summary.submitFailed();
      setBadParcel(parsed.ok ? null : parsed.badParcel);
      setRequest(null);
      return;
    }
    setProblems({});
    setFileProblem(null);
    setRequest(parsed.request);
  };

  const send = async () => {
    if (!request || submission.sending) return;
    setGeneral(null);
    const result = await submission.send(
      { ...request },
      files.map((chosen) => chosen.file),
    );
    if (result.ok) {
      setDone(result.submission);
      return;
    }
    const refusal = refusalOf(result, POINTER_FIELDS);
    if (refusal.kind === 'general') {
      setGeneral(refusal.problem);
      return;
    }
    // Back to the form, the refused field marked.
    if (refusal.kind === 'field') setProblems({ [refusal.field]: { server: true } });
    else setFileProblem(attachmentErrorOf(refusal.error));
    setRequest(null);
    setGeneral('fixForm');
    summary.submitFailed();
  };

  /** The props every text field shares: id, name, label, hint, value, error and change. */
  const field = (name: Exclude<Field, 'ownParcels'>, label: string) => {
    const hint = HINTS[name];
    return {
      id: fieldId(name),
      name,
      label,
      hint: hint ? t(hint) : undefined,
      value: raw[name],
      error: errorText(name),
      autoComplete: 'off',
      onChange: (event: { target: { value: string } }) => update(name, event.target.value),
    };
  };

  const longDate = (iso: string) => {
    const date = parseIsoDate(iso);
    return date ? formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' }) : iso;
  };

  const steps: SubmissionStep[] = [
    { id: 'fill', label: t('stepFill'), state: request || done ? 'done' : 'current' },
    { id: 'review', label: t('stepReview'), state: done ? 'done' : request ? 'current' : 'upcoming' },
    { id: 'send', label: t('stepSend'), state: done ? 'done' : 'upcoming' },
  ];
  const stepper = (
    <SubmissionStatus
      className="ti-steps"
      label={t('stepsLabel')}
      steps={steps}
      size="s"
      stateLabels={{
        done: t('stateDone'),
        current: t('stateCurrent'),
        upcoming: t('stateUpcoming'),
        rejected: t('stateRejected'),
      }}
    />
  );

  if (done) {
    return (
      <div className="ti">
        <h2>{t('title')}</h2>
        {stepper}
        <Submitted
          submission={done}
          texts={{
            title: t('sentTitle'),
            reference: t('sentReference', { reference: done.reference }),
            follow: t('sentFollow'),
            dataBox: t('sentDataBox'),
          }}
        />
      </div>
    );
  }

  const ownOptions = ownParcels.state === 'ready' ? ownParcels.parcels : [];
  return (
    <div className="ti">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      {stepper}
      <PrefillNotice reads={[address, ownParcels]} />
      <form className="ti-form" noValidate onSubmit={review}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        {general === 'fixForm' && <Notice kind="error">{t('sendFixForm')}</Notice>}
        <SelectField
          id={fieldId('purpose')}
          name="purpose"
          label={t('purpose')}
          placeholder={t('choose')}
          options={PURPOSES.map((p) => ({ value: p, label: t(PURPOSE_LABEL[p]) }))}
          value={raw.purpose}
          error={errorText('purpose')}
          width="m"
          onChange={(event) => update('purpose', event.target.value)}
        />
        {raw.purpose === 'other' && (
          <TextField {...field('otherPurpose', t('otherPurpose'))} maxLength={LIMITS.otherPurpose + 20} />
        )}
        <fieldset className="ti-group">
          <legend>{t('area')}</legend>
          {ownParcels.state === 'loading' && <p>{t('ownParcelsLoading')}</p>}
          {ownParcels.state === 'ready' && ownOptions.length === 0 && <p>{t('ownParcelsNone')}</p>}
          {ownOptions.length > 0 && (
            <fieldset className="ti-group" id={fieldId('ownParcels')}>
              <legend>{t('ownParcels')}</legend>
              <p className="ti-hint">{t('ownParcelsHint')}</p>
              {ownOptions.map((parcel) => (
                <CheckboxField
                  key={parcelKey(parcel)}
                  name="ownParcels"
                  label={t('ownParcelLabel', { area: parcel.cadastralArea, number: parcel.number })}
                  checked={raw.ownParcels.some((p) => parcelKey(p) === parcelKey(parcel))}
                  onChange={(event) => toggleParcel(parcel, event.target.checked)}
                />
              ))}
            </fieldset>
          )}
          {ownOptions.length > 0 && <p className="ti-hint">{t('otherParcelsHint')}</p>}
          <TextField {...field('territory', t('territory'))} width="l" />
          <TextField {...field('parcels', t('parcels'))} width="l" />
        </fieldset>
        <fieldset className="ti-group ti-dates">
          <legend>{t('dates')}</legend>
          <TextField {...field('dateFrom', t('dateFrom'))} type="date" min={minDate} />
          <TextField {...field('dateTo', t('dateTo'))} type="date" min={laterIsoDate(raw.dateFrom, minDate)} />
        </fieldset>
        <fieldset className="ti-group">
          <legend>{t('applicant')}</legend>
          {address.state === 'ready' && address.prefilled && <p className="ti-hint">{t('addressPrefilled')}</p>}
          <TextField {...field('applicantName', t('applicantName'))} autoComplete="name" width="l" />
          <TextField {...field('street', t('street'))} autoComplete="street-address" width="l" />
          <TextField {...field('municipality', t('municipality'))} autoComplete="address-level2" width="m" />
          <TextField
            {...field('postalCode', t('postalCode'))}
            autoComplete="postal-code"
            inputMode="numeric"
            width="s"
          />
          <TextField {...field('email', t('email'))} type="email" autoComplete="email" width="l" />
        </fieldset>
        <AttachmentPicker
          id={fieldId(ATTACHMENTS)}
          name={ATTACHMENTS}
          label={t('attachments')}
          chooseLabel={t('attachmentsChoose')}
          hint={t('attachmentsHint', { max: formatNumber(REQUEST_ATTACHMENTS.max), size: sizeMb })}
          accept={REQUEST_ATTACHMENTS.mediaTypes.join(',')}
          error={errorText(ATTACHMENTS)}
          filesLabel={t('attachmentsChosen')}
          removeLabel={t('attachmentsRemove')}
          files={files.map(({ key, file }) => ({
            key,
            name: file.name,
            size: `${formatNumber(Math.max(1, Math.round(file.size / 1024)))} kB`,
          }))}
          onChoose={(chosen) => {
            setFiles((current) => [...current, ...chosen.map((file) => ({ key: crypto.randomUUID(), file }))]);
            setRequest(null);
          }}
          onRemove={(key) => {
            setFiles((current) => current.filter((chosen) => chosen.key !== key));
            setRequest(null);
          }}
        />
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('prepare')}
          </GovButton>
        </div>
      </form>
      <div role="status">
        {request && (
          <section aria-labelledby={`${id}-summary`}>
            <h3 id={`${id}-summary`}>{t('summaryTitle')}</h3>
            <dl className="ti-summary">
              <dt>{t('purpose')}</dt>
              <dd>{request.otherPurpose ?? t(PURPOSE_LABEL[request.purpose])}</dd>
              <dt>{t('parcels')}</dt>
              <dd>
                {request.parcels
                  .map((p) => t('ownParcelLabel', { area: p.cadastralArea, number: p.number }))
                  .join('; ')}
              </dd>
              <dt>{t('dates')}</dt>
              <dd>{t('summaryPeriod', { from: longDate(request.works.from), to: longDate(request.works.to) })}</dd>
              <dt>{t('summaryApplicant')}</dt>
              <dd>
                {request.applicant.name}, {request.applicant.address.street}, {request.applicant.address.postalCode}{' '}
                {request.applicant.address.municipality}
              </dd>
              <dt>{t('email')}</dt>
              <dd>{request.contact.email}</dd>
              {files.length > 0 && (
                <>
                  <dt>{t('summaryFiles')}</dt>
                  <dd>{files.map((chosen) => chosen.file.name).join(', ')}</dd>
                </>
              )}
            </dl>
            <h4>{t('ownersTitle')}</h4>
            <ul>
              {INFRASTRUCTURE.map((kind) => {
                const text = OWNER_TEXT[kind];
                return (
                  <li key={kind}>{t('ownerLine', { owner: t(text.owner), kind: t(text.kind), ask: t(text.ask) })}</li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
      {request && (
        <div className="ti-send">
          {general && general !== 'fixForm' && (
            <Notice kind="error" role="alert">
              {t(GENERAL_TEXT[general])}
            </Notice>
          )}
          <GovButton type="solid" color="primary" disabled={submission.sending} onClick={() => void send()}>
            {submission.sending ? t('sending') : t('send')}
          </GovButton>
        </div>
      )}
    </div>
  );
}

export default defineRemote(RequestBuilder);

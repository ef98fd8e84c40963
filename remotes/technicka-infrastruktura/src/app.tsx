import { GovButton, Notice } from '@czp/design-system';
import { SubmissionStatus, type SubmissionStep } from '@czp/design-system/content';
import { ErrorSummary, SelectField, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { messages } from './messages.js';
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
  PURPOSES,
  type Purpose,
  parseIsoDate,
  parseRequest,
  type RawRequest,
} from './request.js';
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
  date: 'errorDate',
  past: 'errorPast',
  beforeFrom: 'errorBeforeFrom',
  email: 'errorEmail',
};

const LABEL: Record<Field, MessageKey> = {
  purpose: 'purpose',
  otherPurpose: 'otherPurpose',
  territory: 'territory',
  parcels: 'parcels',
  dateFrom: 'dateFromLong',
  dateTo: 'dateToLong',
  email: 'email',
};

const HINTS: Partial<Record<Field, MessageKey>> = {
  territory: 'territoryHint',
  parcels: 'parcelsHint',
  email: 'emailHint',
};

const EMPTY: RawRequest = {
  purpose: '',
  otherPurpose: '',
  territory: '',
  parcels: '',
  dateFrom: '',
  dateTo: '',
  email: '',
};

export interface RequestBuilderProps {
  /** The clock; tests pass a fixed one. */
  today?: () => Date;
}

const systemClock = () => new Date();

/** The MMR remote: prepares a request for the network owners' opinions on technical infrastructure. */
export function RequestBuilder({ today = systemClock }: RequestBuilderProps) {
  const { t, formatDate, formatNumber } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<RawRequest>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [badParcel, setBadParcel] = useState<string | null>(null);
  const [request, setRequest] = useState<InfrastructureRequest | null>(null);
  const minDate = isoDate(today());

  const errorText = (name: Field): string | undefined => {
    const error = errors[name];
    if (!error) return undefined;
    if (name === 'purpose' && error === 'required') return t('errorPurposeRequired');
    const max = name === 'parcels' ? LIMITS.parcels : LIMITS.otherPurpose;
    return t(ERROR_TEXT[error], { max: formatNumber(max), parcel: badParcel ?? '' });
  };
  const summary = useErrorSummary({ fields: FIELDS, idPrefix: id, errorText, label: (name) => t(LABEL[name]) });
  const { fieldId } = summary;

  const update = (name: Field, value: string) => {
    setRaw((current) => ({ ...current, [name]: value }));
    setRequest(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRequest(raw, today());
    if (!parsed.ok) {
      // The error summary takes focus (again on every failed submit) and links to each field.
      setErrors(parsed.errors);
      summary.submitFailed();
      setBadParcel(parsed.badParcel);
      setRequest(null);
      return;
    }
    setErrors({});
    setRequest(parsed.request);
  };

  /** The props every text field shares: id, name, label, hint, value, error and change. */
  const field = (name: Field, label: string) => {
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
    { id: 'fill', label: t('stepFill'), state: request ? 'done' : 'current' },
    { id: 'review', label: t('stepReview'), state: request ? 'current' : 'upcoming' },
    { id: 'send', label: t('stepSend'), state: 'upcoming', description: t('stepSendLater') },
  ];

  return (
    <div className="ti">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
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
      <form className="ti-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
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
          <TextField {...field('territory', t('territory'))} width="l" />
          <TextField {...field('parcels', t('parcels'))} width="l" />
        </fieldset>
        <fieldset className="ti-group ti-dates">
          <legend>{t('dates')}</legend>
          <TextField {...field('dateFrom', t('dateFrom'))} type="date" min={minDate} />
          <TextField {...field('dateTo', t('dateTo'))} type="date" min={laterIsoDate(raw.dateFrom, minDate)} />
        </fieldset>
        <TextField {...field('email', t('email'))} type="email" autoComplete="email" width="l" />
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
              <dt>{t('territory')}</dt>
              <dd>{request.territory}</dd>
              <dt>{t('parcels')}</dt>
              <dd>{request.parcels.join(', ')}</dd>
              <dt>{t('dates')}</dt>
              <dd>{t('summaryPeriod', { from: longDate(request.dateFrom), to: longDate(request.dateTo) })}</dd>
              <dt>{t('email')}</dt>
              <dd>{request.email}</dd>
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
            <Notice kind="warning">{t('notYet')}</Notice>
          </section>
        )}
      </div>
    </div>
  );
}

export default defineRemote(RequestBuilder);

import { GovButton } from '@czp/design-system';
import { defineRemote, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
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
  const fieldId = (name: Field) => `${id}-${name}`;
  const minDate = isoDate(today());

  const update = (name: Field, value: string) => {
    setRaw((current) => ({ ...current, [name]: value }));
    setRequest(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRequest(raw, today());
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setBadParcel(parsed.badParcel);
      setRequest(null);
      const first = FIELDS.find((f) => parsed.errors[f]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setRequest(parsed.request);
  };

  const errorText = (name: Field, error: FieldError) => {
    if (name === 'purpose' && error === 'required') return t('errorPurposeRequired');
    const max = name === 'parcels' ? LIMITS.parcels : LIMITS.otherPurpose;
    return t(ERROR_TEXT[error], { max: formatNumber(max), parcel: badParcel ?? '' });
  };

  /** A labelled control with its hint and, when invalid, its error right below it. */
  const field = (name: Field, label: string, control: (props: ControlProps) => ReactNode) => {
    const error = errors[name];
    const hint = HINTS[name];
    const describedBy = [hint ? `${fieldId(name)}-hint` : '', error ? `${fieldId(name)}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="ti-field">
        <label htmlFor={fieldId(name)}>{label}</label>
        {control({
          id: fieldId(name),
          name,
          value: raw[name],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy || undefined,
          onChange: (event) => update(name, event.target.value),
        })}
        {hint && (
          <p id={`${fieldId(name)}-hint`} className="ti-hint">
            {t(hint)}
          </p>
        )}
        {error && (
          <p id={`${fieldId(name)}-error`} className="ti-error">
            {errorText(name, error)}
          </p>
        )}
      </div>
    );
  };

  const longDate = (iso: string) => {
    const date = parseIsoDate(iso);
    return date ? formatDate(date, { day: 'numeric', month: 'long', year: 'numeric' }) : iso;
  };

  return (
    <div className="ti">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form className="ti-form" noValidate onSubmit={submit}>
        {field('purpose', t('purpose'), (props) => (
          <select {...props}>
            <option value="">{t('choose')}</option>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t(PURPOSE_LABEL[p])}
              </option>
            ))}
          </select>
        ))}
        {raw.purpose === 'other' &&
          field('otherPurpose', t('otherPurpose'), (props) => (
            <input {...props} maxLength={LIMITS.otherPurpose + 20} autoComplete="off" />
          ))}
        <fieldset className="ti-group">
          <legend>{t('area')}</legend>
          {field('territory', t('territory'), (props) => (
            <input {...props} autoComplete="off" />
          ))}
          {field('parcels', t('parcels'), (props) => (
            <input {...props} autoComplete="off" />
          ))}
        </fieldset>
        <fieldset className="ti-group ti-dates">
          <legend>{t('dates')}</legend>
          {field('dateFrom', t('dateFrom'), (props) => (
            <input {...props} type="date" min={minDate} />
          ))}
          {field('dateTo', t('dateTo'), (props) => (
            <input {...props} type="date" min={laterIsoDate(raw.dateFrom, minDate)} />
          ))}
        </fieldset>
        {field('email', t('email'), (props) => (
          <input {...props} type="email" autoComplete="email" />
        ))}
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('prepare')}
          </GovButton>
        </div>
      </form>
      <div role="status">
        {request && (
          <section className="ti-summary" aria-labelledby={`${id}-summary`}>
            <h3 id={`${id}-summary`}>{t('summaryTitle')}</h3>
            <dl>
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
            <p className="ti-notice">{t('notYet')}</p>
          </section>
        )}
      </div>
    </div>
  );
}

interface ControlProps {
  id: string;
  name: string;
  value: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  onChange: (event: { target: { value: string } }) => void;
}

export default defineRemote(RequestBuilder);

import { GovButton } from '@czp/design-system';
import { defineRemote, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import {
  AGE,
  type Benefit,
  type Card,
  eligibleBenefits,
  type Field,
  type FieldError,
  parseEligibilityForm,
  type RawForm,
} from './eligibility.js';
import { messages } from './messages.js';
import './vitakarta.css';

type MessageKey = keyof (typeof messages)['cs'];

const FIELDS: Field[] = ['age', 'card', 'pension'];
const CARD_LABEL: Record<Card, MessageKey> = { none: 'cardNone', tp: 'cardTp', ztp: 'cardZtp', ztpp: 'cardZtpp' };

function errorKey(field: Field, error: FieldError): MessageKey {
  if (field === 'pension' && error === 'required') return 'errorPensionRequired';
  const keys: Record<FieldError, MessageKey> = {
    required: 'errorRequired',
    whole: 'errorWhole',
    range: 'errorRange',
    choice: 'errorChoice',
  };
  return keys[error];
}

/** Vitakarta: which health and social benefits a person may be entitled to. */
export function EligibilityChecker() {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<RawForm>({ age: '', card: 'none', pension: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [benefits, setBenefits] = useState<Benefit[] | null>(null);
  const fieldId = (name: Field) => `${id}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEligibilityForm(raw);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setBenefits(null);
      const first = FIELDS.find((f) => parsed.errors[f]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setBenefits(eligibleBenefits(parsed.person));
  };

  /** Props wiring a control to its label and to its error message. */
  const control = (name: Field) => {
    const error = errors[name];
    return {
      id: fieldId(name),
      name,
      value: raw[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${fieldId(name)}-error` : undefined,
      onChange: (event: { target: { value: string } }) => setRaw({ ...raw, [name]: event.target.value }),
    };
  };
  const errorText = (name: Field) => {
    const error = errors[name];
    return (
      error && (
        <p id={`${fieldId(name)}-error`} className="vitakarta-error">
          {t(errorKey(name, error), { max: formatNumber(AGE.max) })}
        </p>
      )
    );
  };

  return (
    <div className="vitakarta">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form className="vitakarta-form" noValidate onSubmit={submit}>
        <div className="vitakarta-field">
          <label htmlFor={fieldId('age')}>{t('age')}</label>
          <input {...control('age')} inputMode="numeric" autoComplete="off" />
          {errorText('age')}
        </div>
        <div className="vitakarta-field">
          <label htmlFor={fieldId('card')}>{t('card')}</label>
          <select {...control('card')}>
            {(Object.keys(CARD_LABEL) as Card[]).map((card) => (
              <option key={card} value={card}>
                {t(CARD_LABEL[card])}
              </option>
            ))}
          </select>
          {errorText('card')}
        </div>
        <div className="vitakarta-field">
          <label htmlFor={fieldId('pension')}>{t('pension')}</label>
          <select {...control('pension')}>
            <option value="">{t('choose')}</option>
            <option value="yes">{t('yes')}</option>
            <option value="no">{t('no')}</option>
          </select>
          {errorText('pension')}
        </div>
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('check')}
          </GovButton>
        </div>
      </form>
      <div role="status">
        {benefits && (
          <section className="vitakarta-result" aria-labelledby={`${id}-result`}>
            <h3 id={`${id}-result`}>{t('resultTitle', { count: formatNumber(benefits.length) })}</h3>
            {benefits.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul className="vitakarta-benefits">
                {benefits.map((benefit) => (
                  <li key={benefit}>
                    <h4>{t(`${benefit}Title`)}</h4>
                    <p>{t(`${benefit}Text`)}</p>
                  </li>
                ))}
              </ul>
            )}
            <p className="vitakarta-hint">{t('disclaimer')}</p>
          </section>
        )}
      </div>
    </div>
  );
}

export default defineRemote(EligibilityChecker);

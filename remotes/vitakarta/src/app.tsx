import { GovButton, Notice } from '@czp/design-system';
import { ErrorSummary, RadioGroup, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import {
  AGE,
  type Benefit,
  CARDS,
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
/** Each question in a word or two, naming it in the error summary. */
const SUMMARY_LABEL: Record<Field, MessageKey> = { age: 'ageShort', card: 'card', pension: 'pensionShort' };
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

  const set = (name: Field, value: string) => setRaw((current) => ({ ...current, [name]: value }));
  const errorText = (name: Field) => {
    const error = errors[name];
    return error ? t(errorKey(name, error), { max: formatNumber(AGE.max) }) : undefined;
  };
  const summary = useErrorSummary({
    fields: FIELDS,
    idPrefix: id,
    errorText,
    label: (name) => t(SUMMARY_LABEL[name]),
  });
  const { fieldId } = summary;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEligibilityForm(raw);
    if (!parsed.ok) {
      // The error summary takes focus (again on every failed submit) and links to each field.
      setErrors(parsed.errors);
      summary.submitFailed();
      setBenefits(null);
      return;
    }
    setErrors({});
    setBenefits(eligibleBenefits(parsed.person));
  };

  return (
    <div className="vitakarta">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form className="vitakarta-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        <TextField
          id={fieldId('age')}
          name="age"
          label={t('age')}
          value={raw.age}
          error={errorText('age')}
          inputMode="numeric"
          autoComplete="off"
          width="s"
          onChange={(event) => set('age', event.target.value)}
        />
        <RadioGroup
          id={fieldId('card')}
          name="card"
          legend={t('card')}
          options={CARDS.map((card) => ({ value: card, label: t(CARD_LABEL[card]) }))}
          value={raw.card}
          error={errorText('card')}
          inline
          onChange={(value) => set('card', value)}
        />
        <RadioGroup
          id={fieldId('pension')}
          name="pension"
          legend={t('pension')}
          options={[
            { value: 'yes', label: t('yes') },
            { value: 'no', label: t('no') },
          ]}
          value={raw.pension || null}
          error={errorText('pension')}
          inline
          onChange={(value) => set('pension', value)}
        />
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('check')}
          </GovButton>
        </div>
      </form>
      <div role="status">
        {benefits && (
          <section aria-labelledby={`${id}-result`}>
            <h3 id={`${id}-result`}>{t('resultTitle', { count: formatNumber(benefits.length) })}</h3>
            {benefits.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul>
                {benefits.map((benefit) => (
                  <li key={benefit}>
                    <h4>{t(`${benefit}Title`)}</h4>
                    <p>{t(`${benefit}Text`)}</p>
                  </li>
                ))}
              </ul>
            )}
            <Notice kind="info">{t('disclaimer')}</Notice>
          </section>
        )}
      </div>
    </div>
  );
}

export default defineRemote(EligibilityChecker);

import { GovButton, Notice } from '@czp/design-system';
import { ErrorSummary, RadioGroup, TextField } from '@czp/design-system/forms';
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
  const [attempts, setAttempts] = useState(0);
  const [benefits, setBenefits] = useState<Benefit[] | null>(null);
  const fieldId = (name: Field) => `${id}-${name}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEligibilityForm(raw);
    if (!parsed.ok) {
      // The error summary takes focus (again on every failed submit) and links to each field.
      setErrors(parsed.errors);
      setAttempts((n) => n + 1);
      setBenefits(null);
      return;
    }
    setErrors({});
    setBenefits(eligibleBenefits(parsed.person));
  };

  const set = (name: Field, value: string) => setRaw((current) => ({ ...current, [name]: value }));
  const errorText = (name: Field) => {
    const error = errors[name];
    return error ? t(errorKey(name, error), { max: formatNumber(AGE.max) }) : undefined;
  };
  const summary = FIELDS.flatMap((name) => {
    const text = errorText(name);
    return text ? [{ fieldId: fieldId(name), field: t(SUMMARY_LABEL[name]), text }] : [];
  });

  return (
    <div className="vitakarta">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form className="vitakarta-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} errors={summary} headingLevel={3} focusKey={attempts} />
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

import { GovButton, Notice } from '@czp/design-system';
import { ErrorSummary, RadioGroup, SelectField, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
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
import { INSURERS } from './insurers.js';
import { messages } from './messages.js';
import { useRegisterPrefill } from './prefill.js';
import { RegisterNotices } from './register-notices.js';
import './vitakarta.css';

type MessageKey = keyof (typeof messages)['cs'];

const FIELDS: Field[] = ['age', 'insurer', 'card', 'pension'];
/** Each question in a word or two, naming it in the error summary. */
const SUMMARY_LABEL: Record<Field, MessageKey> = {
  age: 'ageShort',
  card: 'card',
  pension: 'pensionShort',
  insurer: 'insurerShort',
};
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
  const { t, locale, formatNumber, formatDate } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<RawForm>({ age: '', card: 'none', pension: '', insurer: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [result, setResult] = useState<{ benefits: Benefit[]; insurer: string | null } | null>(null);
  const prefill = useRegisterPrefill();
  const registerAge = prefill.birth?.age ?? null;
  const registerInsurer = prefill.insurer;

  // A value from a register fills only an empty field: what the citizen typed meanwhile stays.
  useEffect(() => {
    if (registerAge === null) return;
    setRaw((current) => (current.age === '' ? { ...current, age: String(registerAge) } : current));
  }, [registerAge]);
  useEffect(() => {
    if (registerInsurer === null) return;
    setRaw((current) => (current.insurer === '' ? { ...current, insurer: registerInsurer.code } : current));
  }, [registerInsurer]);

  const insurerOptions = INSURERS.map(({ code, name }) => ({ value: code, label: `${code} – ${name[locale]}` }));
  if (registerInsurer && !INSURERS.some(({ code }) => code === registerInsurer.code)) {
    insurerOptions.push({
      value: registerInsurer.code,
      label: `${registerInsurer.code} – ${registerInsurer.name[locale]}`,
    });
  }
  const insurerName = (code: string) =>
    (registerInsurer?.code === code ? registerInsurer.name : INSURERS.find((i) => i.code === code)?.name)?.[locale] ??
    code;

  const ageHint =
    prefill.birth && raw.age.trim() === String(prefill.birth.age)
      ? t('ageFromRegister', { date: formatDate(prefill.birth.date, { dateStyle: 'long', timeZone: 'UTC' }) })
      : prefill.residents.state === 'loading' && raw.age === ''
        ? t('ageLoading')
        : undefined;
  const insurerHint =
    registerInsurer && raw.insurer === registerInsurer.code
      ? t('insurerFromRegister')
      : prefill.health.state === 'loading' && raw.insurer === ''
        ? t('insurerLoading')
        : undefined;

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
      setResult(null);
      return;
    }
    setErrors({});
    setResult({ benefits: eligibleBenefits(parsed.person), insurer: parsed.person.insurer });
  };
  const benefits = result?.benefits ?? null;
  const benefitText = (benefit: Benefit) =>
    t(`${benefit}Text`, { insurer: result?.insurer ? insurerName(result.insurer) : '' });

  return (
    <div className="vitakarta">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <RegisterNotices prefill={prefill} />
      <form className="vitakarta-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        <TextField
          id={fieldId('age')}
          name="age"
          label={t('age')}
          hint={ageHint}
          value={raw.age}
          error={errorText('age')}
          inputMode="numeric"
          autoComplete="off"
          width="s"
          onChange={(event) => set('age', event.target.value)}
        />
        <SelectField
          id={fieldId('insurer')}
          name="insurer"
          label={t('insurer')}
          hint={insurerHint}
          placeholder={t('insurerUnknown')}
          options={insurerOptions}
          value={raw.insurer}
          error={errorText('insurer')}
          width="l"
          onChange={(event) => set('insurer', event.target.value)}
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
                    <p>{benefitText(benefit)}</p>
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

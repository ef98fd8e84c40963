import { GovButton } from '@czp/design-system';
import { CheckboxField, ErrorSummary, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { ApplicationForm } from './application-form.js';
import { messages } from './messages.js';
import {
  BENEFIT_RULES_2025,
  type BenefitEstimate,
  estimateBenefit,
  type Field,
  type FieldError,
  parseBenefitForm,
} from './unemployment-benefit.js';
import './urad-prace.css';

type MessageKey = keyof (typeof messages)['cs'];

const ERROR_TEXT: Record<FieldError, MessageKey> = {
  required: 'errorRequired',
  number: 'errorNumber',
  positive: 'errorPositive',
  earningsTooHigh: 'errorEarningsTooHigh',
  ageRange: 'errorAgeRange',
};
const FIELDS: Field[] = ['earnings', 'age'];

/** The Labour Office's remote: an estimate of the unemployment benefit per month and in total. */
export function UnemploymentBenefitEstimate({ today }: { today?: () => Date } = {}) {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<Record<Field, string>>({ earnings: '', age: '' });
  const [withoutSeriousReason, setWithoutSeriousReason] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  const [estimate, setEstimate] = useState<BenefitEstimate | null>(null);
  const czk = (value: number) => formatNumber(value, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 });

  const errorValues = {
    max: czk(BENEFIT_RULES_2025.maxEarnings),
    min: formatNumber(BENEFIT_RULES_2025.minAge),
    example: formatNumber(32_000),
  };

  const errorText = (name: Field) => {
    const error = errors[name];
    return error
      ? t(ERROR_TEXT[error], {
          ...errorValues,
          max: name === 'age' ? formatNumber(BENEFIT_RULES_2025.maxAge) : errorValues.max,
        })
      : undefined;
  };
  // Each failed submit brings focus back to the error summary.
  const summary = useErrorSummary({ fields: FIELDS, idPrefix: id, errorText, label: (name) => t(name) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseBenefitForm(raw);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setEstimate(null);
      summary.submitFailed();
      return;
    }
    setErrors({});
    setEstimate(estimateBenefit({ ...parsed.value, withoutSeriousReason }));
  };

  const field = (name: Field, label: string, hint?: string) => (
    <TextField
      id={summary.fieldId(name)}
      name={name}
      label={label}
      hint={hint}
      inputMode="numeric"
      autoComplete="off"
      width="s"
      value={raw[name]}
      error={errorText(name)}
      onChange={(event) => setRaw({ ...raw, [name]: event.target.value })}
    />
  );

  return (
    <div className="urad-prace">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form className="urad-prace-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        {field('earnings', t('earnings'), t('earningsHint'))}
        {field('age', t('age'))}
        <CheckboxField
          id={`${id}-reason`}
          name="withoutSeriousReason"
          label={t('withoutSeriousReason')}
          hint={t('withoutSeriousReasonHint')}
          checked={withoutSeriousReason}
          onChange={(event) => setWithoutSeriousReason(event.target.checked)}
        />
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('calculate')}
          </GovButton>
        </div>
      </form>
      <div role="status">
        {estimate && (
          <section className="urad-prace-result" aria-labelledby={`${id}-result`}>
            <h3 id={`${id}-result`}>{t('resultTitle')}</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('period')}</th>
                  <th scope="col">{t('rate')}</th>
                  <th scope="col">{t('perMonth')}</th>
                </tr>
              </thead>
              <tbody>
                {estimate.periods.map((p) => (
                  <tr key={p.from}>
                    <th scope="row">
                      {p.from === p.to
                        ? t('monthSingle', { from: formatNumber(p.from) })
                        : t('monthRange', { from: formatNumber(p.from), to: formatNumber(p.to) })}
                    </th>
                    <td>{formatNumber(p.percent / 100, { style: 'percent' })}</td>
                    <td>{p.capped ? t('capped', { amount: czk(p.monthly) }) : czk(p.monthly)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl>
              <dt>{t('months')}</dt>
              <dd>{t('monthsValue', { months: formatNumber(estimate.months) })}</dd>
              <dt>{t('total')}</dt>
              <dd>
                <strong>{czk(estimate.total)}</strong>
              </dd>
            </dl>
            <p>
              {t('capNote', {
                cap: czk(estimate.cap),
                share: formatNumber(BENEFIT_RULES_2025.capPercent / 100),
                wage: czk(BENEFIT_RULES_2025.averageWage),
                year: String(BENEFIT_RULES_2025.year),
              })}
            </p>
            <p>{t('note')}</p>
          </section>
        )}
      </div>
      <section className="urad-prace-application" aria-labelledby={`${id}-application`}>
        <h2 id={`${id}-application`}>{t('appTitle')}</h2>
        <p>{t('appLead')}</p>
        <ApplicationForm {...(today ? { today } : {})} />
      </section>
    </div>
  );
}

export default defineRemote(UnemploymentBenefitEstimate);

import { GovButton, Notice } from '@czp/design-system';
import { CheckboxField, ErrorSummary, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useHostState, useRemoteProps, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApplicationForm, type CalculatorInput } from './application-form.js';
import { messages } from './messages.js';
import {
  type Field,
  type FieldError,
  monthlyCap,
  monthlyMinimum,
  PARENTAL_ALLOWANCE,
  type Plan,
  planParentalAllowance,
  type RawInput,
} from './parental-allowance.js';
import { loginHref, mayApply } from './sign-in.js';
import './mpsv.css';

type MessageKey = keyof (typeof messages)['cs'];

const ERROR_TEXT: Record<FieldError, MessageKey> = {
  required: 'errorRequired',
  number: 'errorNumber',
  positive: 'errorPositive',
  baseTooHigh: 'errorBaseTooHigh',
  tooHigh: 'errorTooHigh',
  overCap: 'errorOverCap',
  underMinimum: 'errorUnderMinimum',
};

/** The MPSV remote: how long the parental allowance lasts at the monthly amount the parent chooses. */
export function ParentalAllowanceCalculator({ today }: { today?: () => Date } = {}) {
  const { t, formatNumber } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<RawInput>({ multiple: false, hasBase: true, base: '', monthly: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, FieldError>>>({});
  // The limits the errors were found against (the form may change after the submit).
  const [limits, setLimits] = useState<{ cap: number | null; minimum: number }>({ cap: null, minimum: 0 });
  const [plan, setPlan] = useState<Plan | null>(null);
  // The application starts from the calculator's amounts as they were when the parent chose to apply.
  const [applying, setApplying] = useState<CalculatorInput | null>(null);
  const applicationHeading = useRef<HTMLHeadingElement>(null);
  const { person } = useHostState();
  const { basePath } = useRemoteProps();
  useEffect(() => {
    if (applying) applicationHeading.current?.focus();
  }, [applying]);
  const czk = (value: number) => formatNumber(value, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 });

  const errorText = (name: Field) => {
    const error = errors[name];
    return error
      ? t(ERROR_TEXT[error], {
          cap: limits.cap === null ? '' : czk(limits.cap),
          minimum: czk(limits.minimum),
          max: czk(PARENTAL_ALLOWANCE.maxBase),
          years: formatNumber(PARENTAL_ALLOWANCE.drawingYears),
          example: formatNumber(12_000),
        })
      : undefined;
  };
  const shownFields: Field[] = raw.hasBase ? ['base', 'monthly'] : ['monthly'];
  // Each failed submit brings focus back to the error summary.
  const summary = useErrorSummary({ fields: shownFields, idPrefix: id, errorText, label: (name) => t(name) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = planParentalAllowance(raw);
    if (!result.ok) {
      setErrors(result.errors);
      setLimits({ cap: result.cap, minimum: result.minimum });
      setPlan(null);
      summary.submitFailed();
      return;
    }
    setErrors({});
    setPlan(result.plan);
  };

  const amountField = (name: Field, label: string, hint: string) => (
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
    <div className="mpsv">
      <h2>{t('title')}</h2>
      <p>
        {t('lead', {
          total: czk(PARENTAL_ALLOWANCE.total),
          totalMultiple: czk(PARENTAL_ALLOWANCE.totalMultiple),
          years: formatNumber(PARENTAL_ALLOWANCE.drawingYears),
        })}
      </p>
      <form className="mpsv-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        <CheckboxField
          name="multiple"
          label={t('multiple')}
          checked={raw.multiple}
          onChange={(event) => setRaw({ ...raw, multiple: event.target.checked })}
        />
        <CheckboxField
          name="hasBase"
          label={t('hasBase')}
          checked={raw.hasBase}
          onChange={(event) => setRaw({ ...raw, hasBase: event.target.checked })}
        />
        {raw.hasBase && amountField('base', t('base'), t('baseHint'))}
        {amountField(
          'monthly',
          t('monthly'),
          t(raw.multiple ? 'monthlyHintMultiple' : 'monthlyHint', {
            minimum: czk(monthlyMinimum(raw.multiple)),
            capWithoutBase: czk(monthlyCap(null, raw.multiple)),
            years: formatNumber(PARENTAL_ALLOWANCE.drawingYears),
          }),
        )}
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('calculate')}
          </GovButton>
        </div>
      </form>
      <div role="status">
        {plan && (
          <section className="mpsv-result" aria-labelledby={`${id}-result`}>
            <h3 id={`${id}-result`}>{t('resultTitle')}</h3>
            <dl>
              <dt>{t('total')}</dt>
              <dd>{czk(plan.total)}</dd>
              <dt>{t('cap')}</dt>
              <dd>{czk(plan.cap)}</dd>
              <dt>{t('minimum')}</dt>
              <dd>{czk(plan.minimum)}</dd>
              <dt>{t('chosen')}</dt>
              <dd>{czk(plan.monthly)}</dd>
              <dt>{t('months')}</dt>
              <dd>
                <strong>{formatNumber(plan.months)}</strong>
              </dd>
              <dt>{t('lastMonth')}</dt>
              <dd>{czk(plan.lastMonth)}</dd>
            </dl>
            <p>{t('note', { years: formatNumber(PARENTAL_ALLOWANCE.drawingYears) })}</p>
            {!applying && (
              <GovButton type="outlined" color="primary" onClick={() => setApplying({ ...raw })}>
                {t('apply')}
              </GovButton>
            )}
          </section>
        )}
      </div>
      {applying && (
        <section className="mpsv-application" aria-labelledby={`${id}-application`}>
          <h3 id={`${id}-application`} ref={applicationHeading} tabIndex={-1}>
            {t('appTitle')}
          </h3>
          <p>{t('appLead')}</p>
          {mayApply(person) ? (
            <ApplicationForm initial={applying} {...(today ? { today } : {})} />
          ) : (
            <Notice kind="info">
              <p>{t(person ? 'appStepUp' : 'appSignIn')}</p>
              {/* The portal's login is a full page load (the server's /auth/login), so a plain link. */}
              <a href={loginHref(basePath)}>{t(person ? 'appStepUpLink' : 'appSignInLink')}</a>
            </Notice>
          )}
        </section>
      )}
    </div>
  );
}

export default defineRemote(ParentalAllowanceCalculator);

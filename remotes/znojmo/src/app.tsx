import { GovButton } from '@czp/design-system';
import { CheckboxField, ErrorSummary, TextField, useErrorSummary } from '@czp/design-system/forms';
import { defineRemote, useHostState, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import { DeclarationForm, type DeclarationStart } from './declaration-form.js';
import {
  FEE_LIMITS,
  type FeeError,
  type FeeField,
  nextDueDate,
  parseFeeForm,
  TOWN_TIME_ZONE,
  yearlyFees,
} from './fees.js';
import { messages } from './messages.js';
import './znojmo.css';

type MessageKey = keyof (typeof messages)['cs'];

const ERROR_TEXT: Record<FeeField, Record<FeeError, MessageKey>> = {
  persons: {
    required: 'errorRequired',
    whole: 'errorWhole',
    tooSmall: 'errorPersonsTooSmall',
    tooLarge: 'errorPersonsTooLarge',
  },
  dogs: {
    required: 'errorRequired',
    whole: 'errorWhole',
    tooSmall: 'errorDogsTooSmall',
    tooLarge: 'errorDogsTooLarge',
  },
};
const FIELDS: FeeField[] = ['persons', 'dogs'];

/** The portal's login, back to Znojmo afterwards (a page load: the login is the server's). */
const LOGIN = `/auth/login?returnTo=${encodeURIComponent('/services/znojmo')}`;

/** Znojmo's remote: a fee calculator with per-field errors and locale-formatted amounts, and the dog fee declaration. */
export function ZnojmoFees() {
  const { t, formatNumber, formatDate } = useTranslator(messages);
  const id = useId();
  const [raw, setRaw] = useState<Record<FeeField, string>>({ persons: '1', dogs: '0' });
  const [pensioner, setPensioner] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FeeField, FeeError>>>({});
  const [result, setResult] = useState<ReturnType<typeof yearlyFees> | null>(null);
  const [counted, setCounted] = useState<DeclarationStart | null>(null);
  // Each "declare" starts the declaration again from the calculator's values (a new form, a new idempotency key).
  const [declaration, setDeclaration] = useState<{ start: DeclarationStart; round: number } | null>(null);
  const { person } = useHostState();
  const czk = (value: number) => formatNumber(value, { style: 'currency', currency: 'CZK', maximumFractionDigits: 0 });

  const errorText = (name: FeeField) => {
    const error = errors[name];
    if (!error) return undefined;
    const { min, max } = FEE_LIMITS[name];
    return t(ERROR_TEXT[name][error], { min: formatNumber(min), max: formatNumber(max), example: formatNumber(2) });
  };
  // Each failed submit brings focus back to the error summary.
  const summary = useErrorSummary({ fields: FIELDS, idPrefix: id, errorText, label: (name) => t(name) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFeeForm(raw);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setResult(null);
      summary.submitFailed();
      return;
    }
    setErrors({});
    setResult(yearlyFees({ ...parsed.value, pensioner }));
    setCounted({ dogs: parsed.value.dogs, pensioner });
  };

  const field = (name: FeeField, label: string) => (
    <TextField
      id={summary.fieldId(name)}
      name={name}
      label={label}
      inputMode="numeric"
      autoComplete="off"
      width="s"
      value={raw[name]}
      error={errorText(name)}
      onChange={(event) => setRaw({ ...raw, [name]: event.target.value })}
    />
  );

  return (
    <div className="znojmo">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <form className="znojmo-form" noValidate onSubmit={submit}>
        <ErrorSummary title={t('errorSummary')} headingLevel={3} {...summary.props} />
        {field('persons', t('persons'))}
        {field('dogs', t('dogs'))}
        <CheckboxField
          name="pensioner"
          label={t('pensioner')}
          checked={pensioner}
          onChange={(e) => setPensioner(e.target.checked)}
        />
        <div>
          <GovButton nativeType="submit" type="solid" color="primary">
            {t('calculate')}
          </GovButton>
        </div>
      </form>
      <div aria-live="polite">
        {result && (
          <section className="znojmo-result" aria-labelledby={`${id}-result`}>
            <h3 id={`${id}-result`}>{t('resultTitle')}</h3>
            <dl>
              <dt>{t('waste')}</dt>
              <dd>{czk(result.waste)}</dd>
              <dt>{t('dogFee')}</dt>
              <dd>{czk(result.dogs)}</dd>
              <dt>{t('total')}</dt>
              <dd>
                <strong>{czk(result.total)}</strong>
              </dd>
            </dl>
            <p>
              {t('due', { date: formatDate(nextDueDate(new Date()), { dateStyle: 'long', timeZone: TOWN_TIME_ZONE }) })}
            </p>
            <p>{t('account')}</p>
          </section>
        )}
      </div>
      {counted && counted.dogs > 0 && (
        <section className="znojmo-declaration" aria-labelledby={`${id}-declaration`}>
          <h3 id={`${id}-declaration`}>{t('declareTitle')}</h3>
          <p>{t('declareLead')}</p>
          {person ? (
            <GovButton
              type="outlined"
              color="primary"
              onClick={() => setDeclaration((previous) => ({ start: counted, round: (previous?.round ?? 0) + 1 }))}
            >
              {t('declareStart')}
            </GovButton>
          ) : (
            <p>
              {t('declareLogin')} <a href={LOGIN}>{t('declareLoginLink')}</a>
            </p>
          )}
          {person && declaration && <DeclarationForm key={declaration.round} start={declaration.start} />}
        </section>
      )}
    </div>
  );
}

export default defineRemote(ZnojmoFees);

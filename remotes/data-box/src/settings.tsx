import { useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { NotificationSettings } from './api.js';
import { messages } from './messages.js';
import { paths } from './routes.js';
import { ServiceLink, useDataBoxApi, ViewHeading } from './shared.js';

type Field = 'email' | 'phone';
type Errors = Partial<Record<Field | 'form', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CZECH_PHONE = /^(?:\+420)?\d{9}$/;

/** Where notices of new messages go: the portal always, e-mail and SMS on request. */
export function NotificationSettingsView() {
  const { t } = useTranslator(messages);
  const api = useDataBoxApi();
  const id = useId();
  const [loaded, setLoaded] = useState<'loading' | 'failed' | 'ready'>('loading');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [byEmail, setByEmail] = useState(false);
  const [bySms, setBySms] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const apply = (settings: NotificationSettings) => {
    setEmail(settings.email ?? '');
    setPhone(settings.phone ?? '');
    setByEmail(settings.channels.includes('email'));
    setBySms(settings.channels.includes('sms'));
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once
  useEffect(() => {
    let cancelled = false;
    void api.notifications().then((result) => {
      if (cancelled) return;
      if (result.ok) apply(result.data);
      setLoaded(result.ok ? 'ready' : 'failed');
    });
    return () => {
      cancelled = true;
    };
  }, [api]);

  const fieldId = (name: Field) => `${id}-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Errors = {};
    if ((byEmail || email.trim()) && !EMAIL.test(email.trim())) found.email = t('errorEmail');
    if ((bySms || phone.trim()) && !CZECH_PHONE.test(phone.replace(/[\s-]/g, ''))) found.phone = t('errorPhone');
    setErrors(found);
    const first = (['email', 'phone'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setBusy(true);
    const result = await api.saveNotifications({
      email: email.trim() || null,
      phone: phone.trim() || null,
      channels: ['portal', ...(byEmail ? (['email'] as const) : []), ...(bySms ? (['sms'] as const) : [])],
    });
    setBusy(false);
    if (!result.ok) {
      const field =
        result.problem.field === 'email' || result.problem.field === 'phone' ? result.problem.field : 'form';
      setErrors({ [field]: result.problem.message || t('errorGeneric') });
      if (field !== 'form') document.getElementById(fieldId(field))?.focus();
      return;
    }
    apply(result.data);
    setSaved(true);
  };

  const field = (name: Field, label: string, type: 'email' | 'tel', value: string, set: (v: string) => void) => (
    <div className="data-box-field">
      <label htmlFor={fieldId(name)}>{label}</label>
      <input
        id={fieldId(name)}
        type={type}
        autoComplete={name === 'email' ? 'email' : 'tel'}
        value={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [name === 'phone' ? `${fieldId(name)}-hint` : '', errors[name] ? `${fieldId(name)}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(event) => set(event.target.value)}
      />
      {name === 'phone' && (
        <p id={`${fieldId(name)}-hint`} className="data-box-hint">
          {t('phoneHint')}
        </p>
      )}
      {errors[name] && (
        <p id={`${fieldId(name)}-error`} className="data-box-error">
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <div className="data-box">
      <p>
        <ServiceLink to={paths.folder('inbox')} className="data-box-link">
          {t('backToMailbox')}
        </ServiceLink>
      </p>
      <ViewHeading>{t('settingsTitle')}</ViewHeading>
      <p>{t('settingsLead')}</p>
      {loaded === 'loading' && <p>{t('loading')}</p>}
      {loaded === 'failed' && <p role="alert">{t('loadFailed')}</p>}
      {loaded === 'ready' && (
        <form className="data-box-form" noValidate onSubmit={(event) => void submit(event)}>
          <fieldset className="data-box-channels">
            <legend>{t('settingsTitle')}</legend>
            <label className="data-box-check">
              <input type="checkbox" checked disabled />
              {t('channelPortal')}
            </label>
            <label className="data-box-check">
              <input type="checkbox" checked={byEmail} onChange={(event) => setByEmail(event.target.checked)} />
              {t('channelEmail')}
            </label>
            <label className="data-box-check">
              <input type="checkbox" checked={bySms} onChange={(event) => setBySms(event.target.checked)} />
              {t('channelSms')}
            </label>
          </fieldset>
          {field('email', t('email'), 'email', email, setEmail)}
          {field('phone', t('phone'), 'tel', phone, setPhone)}
          {errors.form && (
            <p role="alert" className="data-box-error">
              {errors.form}
            </p>
          )}
          <div className="data-box-actions">
            <button type="submit" className="data-box-button data-box-button--primary" disabled={busy}>
              {t('save')}
            </button>
          </div>
          <div role="status" className="data-box-status">
            {saved ? t('settingsSaved') : ''}
          </div>
        </form>
      )}
    </div>
  );
}

import { Notice } from '@czp/design-system';
import { CheckboxField, ErrorSummary, TextField } from '@czp/design-system/forms';
import { useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { NotificationSettings } from './api.js';
import { messages } from './messages.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useDataBoxApi, ViewHeading } from './shared.js';

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
  /** The errors at the last submit, for the summary at the top (it does not change while the citizen types). */
  const [summary, setSummary] = useState<{ errors: Errors; attempt: number }>({ errors: {}, attempt: 0 });
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
  const showErrors = (found: Errors) => {
    setErrors(found);
    setSummary((last) => ({ errors: found, attempt: last.attempt + 1 }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found: Errors = {};
    if ((byEmail || email.trim()) && !EMAIL.test(email.trim())) found.email = t('errorEmail');
    if ((bySms || phone.trim()) && !CZECH_PHONE.test(phone.replace(/[\s-]/g, ''))) found.phone = t('errorPhone');
    showErrors(found);
    if (found.email || found.phone) return;
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
      showErrors({ [field]: result.problem.message || t('errorGeneric') });
      return;
    }
    apply(result.data);
    setSaved(true);
  };

  return (
    <div className="data-box">
      <p>
        <ServiceLink to={paths.folder('inbox')}>{t('backToMailbox')}</ServiceLink>
      </p>
      <ViewHeading>{t('settingsTitle')}</ViewHeading>
      <p>{t('settingsLead')}</p>
      {loaded === 'loading' && <p>{t('loading')}</p>}
      {loaded === 'failed' && (
        <Notice kind="error" role="alert">
          {t('loadFailed')}
        </Notice>
      )}
      {loaded === 'ready' && (
        <>
          <ErrorSummary
            title={t('errorSummary')}
            headingLevel={3}
            focusKey={summary.attempt}
            errors={(['email', 'phone'] as const).flatMap((name) => {
              const text = summary.errors[name];
              return text ? [{ fieldId: fieldId(name), text }] : [];
            })}
          />
          <form className="data-box data-box-form" noValidate onSubmit={(event) => void submit(event)}>
            <fieldset className="data-box data-box-fieldset">
              <legend>{t('settingsTitle')}</legend>
              <CheckboxField label={t('channelPortal')} checked disabled readOnly />
              <CheckboxField
                label={t('channelEmail')}
                checked={byEmail}
                onChange={(event) => setByEmail(event.target.checked)}
              />
              <CheckboxField
                label={t('channelSms')}
                checked={bySms}
                onChange={(event) => setBySms(event.target.checked)}
              />
            </fieldset>
            <TextField
              id={fieldId('email')}
              label={t('email')}
              type="email"
              autoComplete="email"
              width="l"
              value={email}
              error={errors.email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextField
              id={fieldId('phone')}
              label={t('phone')}
              type="tel"
              autoComplete="tel"
              width="m"
              hint={t('phoneHint')}
              value={phone}
              error={errors.phone}
              onChange={(event) => setPhone(event.target.value)}
            />
            {errors.form && (
              <Notice kind="error" role="alert">
                {errors.form}
              </Notice>
            )}
            <div className="data-box-row">
              <Button type="submit" variant="primary" disabled={busy}>
                {t('save')}
              </Button>
            </div>
            <div role="status">{saved ? <Notice kind="success">{t('settingsSaved')}</Notice> : null}</div>
          </form>
        </>
      )}
    </div>
  );
}

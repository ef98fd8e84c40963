import { CONTACT_KINDS, CONTACT_LIMITS, type ContactKind, type Contacts, type ContactView } from '@czp/contract';
import { Notice } from '@czp/design-system';
import { RegisterDataPanel } from '@czp/design-system/content';
import { TextField } from '@czp/design-system/forms';
import { useHostState, useTranslator } from '@czp/remote-sdk';
import { type FormEvent, useId, useState } from 'react';
import type { ApiError } from './api.js';
import { type MessageKey, messages } from './messages.js';
import { formatDay } from './panels.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useLoad, useMyDataApi, ViewHeading } from './shared.js';

/** The PROFILE tab: who is signed in, and the e-mail and phone the portal may write to, each verified by a code. */
export function ProfilePage() {
  const translator = useTranslator(messages);
  const { t } = translator;
  const { person } = useHostState();
  const api = useMyDataApi();
  const residents = useLoad(() => api.register('residents', 'profile'), [api]);
  const loaded = useLoad(() => api.contacts(), [api]);
  const [contacts, setContacts] = useState<Contacts | null>(null);
  const current = contacts ?? (loaded.state === 'ready' ? loaded.data : null);
  const birth = residents.state === 'ready' ? residents.data.data.birth?.date : undefined;
  const basicId = useId();
  const contactsId = useId();

  return (
    <div className="my-data">
      <ViewHeading>{t('profileTitle')}</ViewHeading>
      <RegisterDataPanel
        title={t('panelBasic')}
        headingLevel={3}
        emptyText={t('empty')}
        titleId={basicId}
        rows={[
          { label: t('name'), value: person?.name ?? null },
          {
            label: t('birthDate'),
            content: birth ? (
              <time dateTime={birth}>{formatDay(translator, birth)}</time>
            ) : residents.state === 'loading' ? (
              t('registerLoading')
            ) : residents.state === 'failed' ? (
              <>
                {t('birthUnavailable')}{' '}
                <Button size="s" onClick={residents.retry}>
                  {t('retry')}
                </Button>
              </>
            ) : (
              t('empty')
            ),
          },
          { label: t('loginLevel'), value: person ? t(`level_${person.levelOfAssurance}`) : null },
        ]}
      >
        <p>
          <ServiceLink to={paths.data}>{t('allDataLink')}</ServiceLink>
        </p>
      </RegisterDataPanel>
      <RegisterDataPanel title={t('panelContacts')} headingLevel={3} emptyText={t('empty')} titleId={contactsId}>
        <p>{t('contactsLead')}</p>
        {loaded.state === 'loading' && !current && <p>{t('loading')}</p>}
        {loaded.state === 'failed' && !current && (
          <Notice kind="error" role="alert">
            <p>{t('loadFailed')}</p>
            <Button onClick={loaded.retry}>{t('retry')}</Button>
          </Notice>
        )}
        {current &&
          CONTACT_KINDS.map((kind) => (
            <ContactEditor key={kind} kind={kind} contact={current[kind]} onChange={setContacts} />
          ))}
      </RegisterDataPanel>
    </div>
  );
}

type Stage = 'view' | 'edit';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ]{9,16}$/;
const CODE = new RegExp(`^\\d{${CONTACT_LIMITS.codeLength}}$`);

/** Which of the citizen's words fits the server's refusal of a code. */
function codeError(problem: ApiError): MessageKey {
  const what = `${problem.error} ${problem.message}`;
  if (/attempt|too-many|locked|no longer works/i.test(what)) return 'errorCodeAttempts';
  if (/expired|no-pending|not-pending/i.test(what)) return 'errorCodeExpired';
  return 'errorCodeWrong';
}

/** One contact: its value and state, the form to set it, the code to verify it, and removal. */
function ContactEditor({
  kind,
  contact,
  onChange,
}: {
  kind: ContactKind;
  contact: ContactView | null;
  onChange: (contacts: Contacts) => void;
}) {
  const translator = useTranslator(messages);
  const { t } = translator;
  const api = useMyDataApi();
  const id = useId();
  const [stage, setStage] = useState<Stage>(contact ? 'view' : 'edit');
  const [value, setValue] = useState(contact?.value ?? '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ value?: string; code?: string; form?: string }>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const label = t(kind === 'email' ? 'email' : 'phone');
  // The value waiting for its code (an older server without `pendingValue`: the unverified value with a code out).
  const waiting =
    contact?.pendingValue ?? (contact && !contact.verified && contact.pendingUntil ? contact.value : null);
  const codeLive = waiting !== null && contact?.pendingUntil != null && Date.parse(contact.pendingUntil) > Date.now();

  const problemText = (problem: ApiError, field: 'value' | 'code') => {
    if (problem.status === 400 && (problem.field === field || !problem.field)) {
      if (field === 'code') return { code: t(codeError(problem)) };
      return { value: t(kind === 'email' ? 'errorEmail' : 'errorPhone') };
    }
    return { form: problem.message ? t('errorServer', { message: problem.message }) : t('errorGeneric') };
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setStatus('');
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const send = (trimmed: string) =>
    void run(async () => {
      const result = await api.setContact(kind, trimmed);
      if (!result.ok) return setErrors(problemText(result.problem, 'value'));
      setErrors({});
      setCode('');
      setStage('view');
      onChange(result.data);
      setStatus(t('codeSent', { value: trimmed }));
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    const valid =
      kind === 'email'
        ? EMAIL.test(trimmed) && trimmed.length <= CONTACT_LIMITS.emailLength
        : PHONE.test(trimmed.replace(/\s/g, ''));
    if (!valid) {
      setErrors({ value: t(kind === 'email' ? 'errorEmail' : 'errorPhone') });
      return;
    }
    send(trimmed);
  };

  const verify = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.replace(/\s/g, '');
    if (!CODE.test(typed)) {
      setErrors({ code: t('errorCodeFormat', { length: CONTACT_LIMITS.codeLength }) });
      return;
    }
    void run(async () => {
      const result = await api.verifyContact(kind, typed);
      if (!result.ok) {
        setErrors(problemText(result.problem, 'code'));
        // A code that no longer works: the contact now waits for a new one (the form offers to send it).
        if (codeError(result.problem) !== 'errorCodeWrong') {
          const fresh = await api.contacts();
          if (fresh.ok) onChange(fresh.data);
        }
        return;
      }
      setErrors({});
      onChange(result.data);
      setStatus(t('contactVerifiedNow', { value: result.data[kind]?.value ?? '' }));
    });
  };

  const remove = () =>
    void run(async () => {
      const result = await api.removeContact(kind);
      if (!result.ok) return setErrors(problemText(result.problem, 'value'));
      const fresh = await api.contacts();
      if (fresh.ok) onChange(fresh.data);
      setErrors({});
      setValue('');
      setStage('edit');
      setStatus(t('contactRemoved', { what: label }));
    });

  const state = !contact
    ? t('contactNone')
    : contact.verified
      ? contact.verifiedAt
        ? t('contactVerifiedOn', { date: formatDay(translator, contact.verifiedAt) })
        : t('contactVerified')
      : t('contactUnverified');
  const waitingText =
    waiting === null
      ? null
      : codeLive
        ? t('contactPendingUntil', {
            value: waiting,
            time: translator.formatDate(contact?.pendingUntil ?? '', { timeStyle: 'short' }),
          })
        : t('contactCodeExpired', { value: waiting });

  return (
    <div className="my-data-contact" aria-busy={busy || undefined}>
      <h4 id={`${id}-title`}>{label}</h4>
      {/* Unverified and waiting: the waiting line says it all. */}
      {!(contact && !contact.verified && waiting === contact.value) && (
        <p>
          {contact && <strong className="my-data-contact__value">{contact.value}</strong>}{' '}
          <span className={`my-data-state my-data-state--${contact?.verified ? 'ok' : 'none'}`}>{state}</span>
        </p>
      )}
      {waitingText && (
        <p>
          <span className="my-data-state my-data-state--wait">{waitingText}</span>
        </p>
      )}
      {stage === 'view' && waiting !== null && !codeLive && (
        <div className="my-data-row">
          <Button variant="primary" disabled={busy} onClick={() => send(waiting)}>
            {t('sendNewCode')}
          </Button>
        </div>
      )}
      {stage === 'edit' && (
        <form className="my-data-form" noValidate onSubmit={save} aria-labelledby={`${id}-title`}>
          <TextField
            id={`${id}-value`}
            name="value"
            type={kind === 'email' ? 'email' : 'tel'}
            autoComplete={kind === 'email' ? 'email' : 'tel'}
            label={t(kind === 'email' ? 'emailNew' : 'phoneNew')}
            hint={t(kind === 'email' ? 'emailHint' : 'phoneHint')}
            width="l"
            value={value}
            error={errors.value}
            onChange={(event) => setValue(event.target.value)}
          />
          <div className="my-data-row">
            <Button type="submit" variant="primary" disabled={busy}>
              {t('sendCode')}
            </Button>
            {contact && (
              <Button disabled={busy} onClick={() => setStage('view')}>
                {t('cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
      {stage === 'view' && codeLive && (
        <form className="my-data-form" noValidate onSubmit={verify} aria-labelledby={`${id}-title`}>
          <TextField
            id={`${id}-code`}
            name="code"
            label={t('code')}
            hint={t('codeHint', { value: waiting ?? '' })}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={CONTACT_LIMITS.codeLength + 2}
            width="s"
            value={code}
            error={errors.code}
            onChange={(event) => setCode(event.target.value)}
          />
          <div className="my-data-row">
            <Button type="submit" variant="primary" disabled={busy}>
              {t('verify')}
            </Button>
          </div>
        </form>
      )}
      {stage === 'view' && contact && (
        <div className="my-data-row">
          <Button disabled={busy} onClick={() => setStage('edit')} describedBy={`${id}-title`}>
            {t('change')}
          </Button>
          <Button variant="danger" disabled={busy} onClick={remove} describedBy={`${id}-title`}>
            {t('remove')}
          </Button>
        </div>
      )}
      {errors.form && (
        <Notice kind="error" role="alert">
          {errors.form}
        </Notice>
      )}
      <p role="status" className="my-data-status">
        {status}
      </p>
    </div>
  );
}

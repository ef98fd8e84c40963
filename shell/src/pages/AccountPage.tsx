import { LOGIN_ERRORS, type LoginError } from '@czp/contract';
import { ButtonLink, GovButton, Notice } from '@czp/design-system';
import { useState } from 'react';
import { loginHref } from '../account/access.js';
import { useShellActions, useT } from '../frame/shell-context.js';
import type { ShellMessageKey } from '../i18n/messages.js';
import type { AccountPageId } from '../routing/routes.js';
import { usePortal } from '../state/use-store.js';

const LOGIN_ERROR_TEXT: Record<LoginError, ShellMessageKey> = {
  cancelled: 'loginErrorCancelled',
  expired: 'loginErrorExpired',
  failed: 'loginErrorFailed',
  'level-too-low': 'loginErrorLevelTooLow',
};

/** `returnTo` of the page's query, if it is a path on the portal (the server checks it again). */
function useReturnTo(): string {
  const search = usePortal((s) => s.search);
  const value = new URLSearchParams(search).get('returnTo');
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export function AccountPage({ page }: { page: AccountPageId }) {
  return (
    <div className="czp-prose">
      {page === 'login' ? <LoginPage /> : page === 'logged-out' ? <LoggedOutPage /> : <ConsentPage />}
    </div>
  );
}

function LoginPage() {
  const t = useT();
  const search = usePortal((s) => s.search);
  const person = usePortal((s) => s.session.person);
  const returnTo = useReturnTo();
  const error = new URLSearchParams(search).get('error');
  const errorKey = (LOGIN_ERRORS as readonly string[]).includes(error ?? '')
    ? LOGIN_ERROR_TEXT[error as LoginError]
    : null;
  return (
    <>
      <h1>{t.t('loginTitle')}</h1>
      {errorKey && (
        <Notice kind="error" role="alert">
          {t.t(errorKey)}
        </Notice>
      )}
      {person ? <p>{t.t('loginAlready', { name: person.name })}</p> : <p>{t.t('loginLead')}</p>}
      <p>
        <ButtonLink href={loginHref(returnTo, error === 'level-too-low' ? 'high' : undefined)}>
          {person ? t.t('loginAgain') : t.t('login')}
        </ButtonLink>
      </p>
    </>
  );
}

function LoggedOutPage() {
  const t = useT();
  return (
    <>
      <h1>{t.t('loggedOutTitle')}</h1>
      <p>{t.t('loggedOutText')}</p>
      <p>
        <ButtonLink href={loginHref('/')}>{t.t('loginAgain')}</ButtonLink>
      </p>
    </>
  );
}

function ConsentPage() {
  const t = useT();
  const actions = useShellActions();
  const session = usePortal((s) => s.session);
  const returnTo = useReturnTo();
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'declined'>('idle');

  if (!session.person) {
    return (
      <>
        <h1>{t.t('consentTitle')}</h1>
        <p>{t.t('loginRequiredText', { page: t.t('consentTitle') })}</p>
        <p>
          <ButtonLink href={loginHref(`/consent?${new URLSearchParams({ returnTo })}`)}>{t.t('login')}</ButtonLink>
        </p>
      </>
    );
  }
  const answer = async (consent: 'given' | 'declined') => {
    setState('saving');
    const saved = await actions.saveConsent(consent);
    if (!saved) return setState('failed');
    if (consent === 'given') actions.navigate(returnTo);
    else setState('declined');
  };
  const declined = state === 'declined' || (state === 'idle' && session.consent === 'declined');
  return (
    <>
      <h1>{t.t('consentTitle')}</h1>
      <p>{t.t('consentLead')}</p>
      <ul>
        <li>{t.t('consentItemProcess')}</li>
        <li>{t.t('consentItemRegisters')}</li>
      </ul>
      <p>{t.t('consentWithout')}</p>
      <p className="czp-shell-status" role="status">
        {state === 'failed' ? t.t('consentSaveFailed') : declined ? t.t('consentDeclinedNotice') : ''}
      </p>
      <div className="czp-shell-actions">
        <GovButton type="solid" color="primary" disabled={state === 'saving'} onClick={() => void answer('given')}>
          {t.t('consentAccept')}
        </GovButton>
        <GovButton
          type="outlined"
          color="primary"
          disabled={state === 'saving'}
          onClick={() => void answer('declined')}
        >
          {t.t('consentDecline')}
        </GovButton>
      </div>
    </>
  );
}

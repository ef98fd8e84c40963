import { ButtonLink, GovButton } from '@czp/design-system';
import { useState } from 'react';
import { useShellActions } from '../actions/shell-actions.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';
import { loginHref } from './access.js';
import { useReturnTo } from './return-to.js';

/** /consent: the first-login consent to the processing of the citizen's data; given, back to where they were going. */
export function ConsentPage() {
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
      {declined && (
        // Declining is an answer, not a dead end: the citizen goes on to where they were going (or home).
        <p>
          <ButtonLink href={returnTo} onNavigate={(to) => actions.navigate(to)}>
            {t.t('consentContinueWithout')}
          </ButtonLink>
        </p>
      )}
    </>
  );
}

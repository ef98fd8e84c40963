import { LOGIN_ERRORS, type LoginError } from '@czp/contract';
import { ButtonLink, Notice } from '@czp/design-system';
import type { ShellMessageKey } from '../i18n/message-key.js';
import { useT } from '../i18n/translator-context.js';
import { usePortal } from '../state/use-store.js';
import { loginHref } from './access.js';
import { useReturnTo } from './return-to.js';

const LOGIN_ERROR_TEXT: Record<LoginError, ShellMessageKey> = {
  cancelled: 'loginErrorCancelled',
  expired: 'loginErrorExpired',
  failed: 'loginErrorFailed',
  'level-too-low': 'loginErrorLevelTooLow',
  'different-person': 'loginErrorDifferentPerson',
};

/** /login: why a login did not complete (the server sends the citizen here with `?error=`), and a way to try again. */
export function LoginPage() {
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

import { ButtonLink } from '@czp/design-system';
import { useT } from '../i18n/translator-context.js';
import { loginHref } from './access.js';

/** /logged-out: where the identity provider sends the citizen back after logging out. */
export function LoggedOutPage() {
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

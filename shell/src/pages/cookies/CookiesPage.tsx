import { useT } from '../../i18n/translator-context.js';

/** /cookies: which cookies the portal sets and why (the cookie notice links here). */
export function CookiesPage() {
  const t = useT();
  return (
    <>
      <h1>{t.t('cookiesTitle')}</h1>
      <p>{t.t('cookiesText')}</p>
    </>
  );
}

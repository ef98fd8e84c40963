import { useT } from '../../i18n/translator-context.js';
import { usePortal } from '../../state/use-store.js';
import { mailtoHref, PORTAL_SUPPORT, telHref } from './portal-support.js';

/** /support: the portal's own technical support, then each service's; every contact is a link (mailto:, tel:). */
export function SupportPage() {
  const t = useT();
  const services = usePortal((s) => s.catalogue);
  return (
    <div className="czp-prose">
      <h1>{t.t('supportTitle')}</h1>
      <p>{t.t('supportText')}</p>
      <section aria-labelledby="czp-support-portal">
        <h2 id="czp-support-portal">{t.t('supportPortalTitle')}</h2>
        <p>{t.t('supportPortalText')}</p>
        <dl className="czp-support-contact">
          <dt>{t.t('supportEmail')}</dt>
          <dd>
            <a href={mailtoHref(PORTAL_SUPPORT.email)}>{PORTAL_SUPPORT.email}</a>
          </dd>
          <dt>{t.t('supportPhone')}</dt>
          <dd>
            <a href={telHref(PORTAL_SUPPORT.phone)}>{PORTAL_SUPPORT.phone}</a>
          </dd>
          <dt>{t.t('supportHoursLabel')}</dt>
          <dd>{t.t('supportHours')}</dd>
        </dl>
      </section>
      {services.length > 0 && (
        <section aria-labelledby="czp-support-services">
          <h2 id="czp-support-services">{t.t('supportServicesTitle')}</h2>
          <p>{t.t('supportServicesText')}</p>
          <ul>
            {services.map((s) => (
              <li key={s.id} data-support={s.id}>
                {s.name[t.locale]}: <a href={mailtoHref(s.support.email)}>{s.support.email}</a>,{' '}
                <a href={telHref(s.support.phone)}>{s.support.phone}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

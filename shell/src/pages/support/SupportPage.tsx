import { useT } from '../../i18n/translator-context.js';
import { usePortal } from '../../state/use-store.js';

/** /support: the portal's technical support, and each service's own. */
export function SupportPage() {
  const t = useT();
  const services = usePortal((s) => s.catalogue);
  return (
    <>
      <h1>{t.t('supportTitle')}</h1>
      <p>{t.t('supportText')}</p>
      <ul>
        {services.map((s) => (
          <li key={s.id}>
            {t.t('supportServiceContact', {
              service: s.name[t.locale],
              email: s.support.email,
              phone: s.support.phone,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

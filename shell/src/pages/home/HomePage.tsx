import { ServiceTile } from '@czp/design-system';
import { useShellActions } from '../../actions/shell-actions.js';
import { MyServices } from '../../catalogue/MyServices.js';
import { useT } from '../../i18n/translator-context.js';
import { serviceDetailPath } from '../../routing/routes.js';
import { usePortal } from '../../state/use-store.js';

/** /: the citizen's own services once signed in, else every service of the catalogue. */
export function HomePage() {
  const t = useT();
  const { navigate } = useShellActions();
  const person = usePortal((s) => s.session.person);
  const services = usePortal((s) => s.catalogue);
  return (
    <>
      <h1>{t.t('homeTitle')}</h1>
      <p>{t.t('homeLead')}</p>
      {person ? (
        <MyServices />
      ) : (
        <>
          <h2>{t.t('servicesTitle')}</h2>
          <ul className="czp-tiles gov-list--plain">
            {services.map((service) => (
              <li key={service.id}>
                <ServiceTile
                  href={serviceDetailPath(service.id)}
                  name={service.name[t.locale]}
                  issuer={t.t('issuedBy', { issuer: service.issuer.name[t.locale] })}
                  description={service.description[t.locale]}
                  {...(service.logoUrl ? { logoUrl: service.logoUrl } : {})}
                  onNavigate={(href) => navigate(href)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

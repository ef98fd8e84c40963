import { GovButton, isPlainLeftClick, ServiceTile } from '@czp/design-system';
import type { MouseEvent } from 'react';
import { useShellActions } from '../actions/shell-actions.js';
import { useT } from '../i18n/translator-context.js';
import { SERVICES_PATH, servicePath } from '../routing/routes.js';
import { ServiceChangeNotice } from './MyServiceButton.js';
import { useMyServices } from './use-my-services.js';

/** "My services" on the home page: open, reorder (buttons, so it works by keyboard), remove with undo. */
export function MyServices() {
  const t = useT();
  const actions = useShellActions();
  const services = useMyServices();
  const move = (index: number, by: -1 | 1) => {
    const order = services.map((s) => s.id);
    const [moved] = order.splice(index, 1);
    if (!moved) return;
    order.splice(index + by, 0, moved);
    void actions.reorderServices(order);
  };
  return (
    <section aria-labelledby="czp-my-services-title" className="czp-my-services">
      <h2 id="czp-my-services-title">{t.t('myServicesTitle')}</h2>
      <ServiceChangeNotice />
      {services.length === 0 ? (
        <p>
          {t.t('myServicesEmpty')}{' '}
          <a href={SERVICES_PATH} onClick={navigateOnPlainClick(actions.navigate, SERVICES_PATH)}>
            {t.t('myServicesBrowse')}
          </a>
        </p>
      ) : (
        <ol className="czp-tiles gov-list--plain">
          {services.map((service, index) => {
            const name = service.name[t.locale];
            return (
              <li key={service.id} data-my-service={service.id}>
                <ServiceTile
                  href={servicePath(service.id)}
                  name={name}
                  issuer={t.t('issuedBy', { issuer: service.issuer.name[t.locale] })}
                  {...(service.logoUrl ? { logoUrl: service.logoUrl } : {})}
                  onNavigate={(href) => actions.navigate(href)}
                  actions={
                    <span className="czp-shell-actions">
                      <GovButton
                        type="link"
                        color="primary"
                        size="s"
                        // GovButton's `disabled` only greys it (the <button> stays enabled): say it and refuse.
                        disabled={index === 0}
                        aria-disabled={index === 0 || undefined}
                        aria-label={t.t('moveUp', { service: name })}
                        onClick={() => index > 0 && move(index, -1)}
                      >
                        {t.t('moveUpShort')}
                      </GovButton>
                      <GovButton
                        type="link"
                        color="primary"
                        size="s"
                        disabled={index === services.length - 1}
                        aria-disabled={index === services.length - 1 || undefined}
                        aria-label={t.t('moveDown', { service: name })}
                        onClick={() => index < services.length - 1 && move(index, 1)}
                      >
                        {t.t('moveDownShort')}
                      </GovButton>
                      <GovButton
                        type="link"
                        color="primary"
                        size="s"
                        aria-label={`${t.t('removeService')}: ${name}`}
                        onClick={() => void actions.removeService(service.id)}
                      >
                        {t.t('removeService')}
                      </GovButton>
                    </span>
                  }
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function navigateOnPlainClick(navigate: (href: string) => void, href: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(href);
  };
}

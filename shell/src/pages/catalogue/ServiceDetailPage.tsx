import { EmptyState, isPlainLeftClick } from '@czp/design-system';
import { levelLabel } from '../../account/AccessGate.js';
import { useShellActions, useT } from '../../frame/shell-context.js';
import { servicePath } from '../../routing/routes.js';
import { usePortal } from '../../state/use-store.js';
import { CATEGORY_LABEL, DATA_LABEL } from './labels.js';
import { MyServiceButton, ServiceChangeNotice } from './MyServiceButton.js';

/** A service in the catalogue: who runs it, how to reach its support, what it needs and reads; add, remove, open. */
export function ServiceDetailPage({ serviceId }: { serviceId: string }) {
  const t = useT();
  const { navigate } = useShellActions();
  const service = usePortal((s) => s.catalogue.find((entry) => entry.id === serviceId));
  if (!service) {
    return (
      <>
        <h1>{t.t('notFoundTitle')}</h1>
        <EmptyState
          title={t.t('notFoundTitle')}
          text={t.t('serviceNotFoundText', { service: serviceId })}
          action={{ href: '/services', label: t.t('myServicesBrowse'), onNavigate: (href) => navigate(href) }}
        />
      </>
    );
  }
  const name = service.name[t.locale];
  const reads = service.dataReads ?? [];
  return (
    <article className="czp-service-detail" data-service-detail={service.id}>
      <header className="czp-service-detail__header">
        {service.logoUrl && <img src={service.logoUrl} alt="" width={48} height={48} />}
        <h1>{name}</h1>
      </header>
      {/* Metadata is text from the issuer: React escapes it, nothing in it is ever HTML. */}
      <p className="czp-service__lead">{service.description[t.locale]}</p>
      <div className="czp-shell-actions">
        <a
          className="czp-shell-button"
          href={servicePath(service.id)}
          onClick={(event) => {
            if (!isPlainLeftClick(event)) return;
            event.preventDefault();
            navigate(servicePath(service.id));
          }}
        >
          {t.t('openService')}
        </a>
        <MyServiceButton serviceId={service.id} serviceName={name} />
      </div>
      <ServiceChangeNotice serviceId={service.id} />
      <h2>{t.t('detailFacts')}</h2>
      <dl className="czp-facts">
        <dt>{t.t('detailIssuer')}</dt>
        <dd>
          {service.issuer.name[t.locale]} ({t.t('detailIco')} {service.issuer.ico})
        </dd>
        <dt>{t.t('detailCategory')}</dt>
        <dd>{t.t(CATEGORY_LABEL[service.category])}</dd>
        {service.region && (
          <>
            <dt>{t.t('detailRegion')}</dt>
            <dd>{service.region}</dd>
          </>
        )}
        {service.web && (
          <>
            <dt>{t.t('detailWeb')}</dt>
            <dd>
              <a href={service.web} rel="noopener noreferrer">
                {service.web}
              </a>
            </dd>
          </>
        )}
        <dt>{t.t('detailSupport')}</dt>
        <dd>
          <a href={`mailto:${service.support.email}`}>{service.support.email}</a>,{' '}
          <a href={`tel:${service.support.phone.replaceAll(' ', '')}`}>{service.support.phone}</a>
        </dd>
        <dt>{t.t('detailLevel')}</dt>
        <dd>{service.requiredLevel ? levelLabel(t, service.requiredLevel) : t.t('detailLevelNone')}</dd>
        <dt>{t.t('detailReads')}</dt>
        <dd>
          {reads.length === 0 ? (
            t.t('detailReadsNone')
          ) : (
            <ul>
              {reads.map((category) => (
                <li key={category}>{t.t(DATA_LABEL[category])}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t.t('detailVersion')}</dt>
        <dd>
          {service.version} ({t.t('detailPublished')} {t.formatDate(service.publishedAt)})
        </dd>
      </dl>
    </article>
  );
}

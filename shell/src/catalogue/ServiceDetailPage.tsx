import { ButtonLink, EmptyState, ServiceDetail } from '@czp/design-system';
import { levelLabel } from '../account/AccessGate.js';
import { useShellActions } from '../actions/shell-actions.js';
import { addShellMessages } from '../i18n/messages.js';
import { catalogueCs } from '../i18n/pages/catalogue.cs.js';
import { useT } from '../i18n/translator-context.js';
import { servicePath } from '../routing/routes.js';
import { usePortal } from '../state/use-store.js';
import { CATEGORY_LABEL, DATA_LABEL, regionLabel } from './labels.js';
import { MyServiceButton, ServiceChangeNotice } from './MyServiceButton.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(catalogueCs);

/** A service in the catalogue: who runs it, how to reach its support, what it needs and reads; add, remove, open. */
export function ServiceDetailPage({ serviceId }: { serviceId: string }) {
  const t = useT();
  const { navigate } = useShellActions();
  const service = usePortal((s) => s.catalogue.find((entry) => entry.id === serviceId));
  if (!service) {
    return (
      <EmptyState
        title={t.t('notFoundTitle')}
        headingLevel={1}
        text={t.t('serviceNotFoundText', { service: serviceId })}
        action={{ href: '/services', label: t.t('myServicesBrowse'), onNavigate: (href) => navigate(href) }}
      />
    );
  }
  const name = service.name[t.locale];
  // Metadata is text from the issuer: React escapes it, nothing in it is ever HTML.
  return (
    <ServiceDetail
      name={name}
      {...(service.logoUrl ? { logoUrl: service.logoUrl } : {})}
      description={service.description[t.locale]}
      issuer={service.issuer.name[t.locale]}
      ico={service.issuer.ico}
      category={t.t(CATEGORY_LABEL[service.category])}
      {...(service.region ? { region: regionLabel(service.region, t.locale) } : {})}
      {...(service.web ? { web: service.web } : {})}
      supportEmail={service.support.email}
      supportPhone={service.support.phone}
      level={service.requiredLevel ? levelLabel(t, service.requiredLevel) : t.t('detailLevelNone')}
      reads={(service.dataReads ?? []).map((category) => t.t(DATA_LABEL[category]))}
      version={service.version}
      // Prague's day on the server (UTC) and in any browser: the same text to hydrate.
      published={t.formatDate(service.publishedAt, { dateStyle: 'long', timeZone: 'Europe/Prague' })}
      publishedAt={service.publishedAt}
      labels={{
        facts: t.t('detailFacts'),
        issuer: t.t('detailIssuer'),
        ico: t.t('detailIco'),
        category: t.t('detailCategory'),
        region: t.t('detailRegion'),
        web: t.t('detailWeb'),
        support: t.t('detailSupport'),
        level: t.t('detailLevel'),
        reads: t.t('detailReads'),
        readsNone: t.t('detailReadsNone'),
        version: t.t('detailVersion'),
        published: t.t('detailPublished'),
      }}
      actions={
        <>
          <ButtonLink href={servicePath(service.id)} onNavigate={(href) => navigate(href)}>
            {t.t('openService')}
          </ButtonLink>
          <MyServiceButton serviceId={service.id} serviceName={name} />
        </>
      }
    >
      <ServiceChangeNotice serviceId={service.id} />
    </ServiceDetail>
  );
}

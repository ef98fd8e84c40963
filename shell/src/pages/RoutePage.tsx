import { EmptyState, ServiceTile } from '@czp/design-system';
import type { ReactNode } from 'react';
import { AccessGate } from '../account/AccessGate.js';
import { personalPageAccess } from '../account/access.js';
import { useShellActions, useT } from '../frame/shell-context.js';
import { INFO_PAGES, type Route, SECTIONS, serviceDetailPath } from '../routing/routes.js';
import { usePortal } from '../state/use-store.js';
import { AccountPage } from './AccountPage.js';
import { MyServices } from './catalogue/MyServices.js';
import { ServiceDetailPage } from './catalogue/ServiceDetailPage.js';
import { ServicesPage } from './catalogue/ServicesPage.js';
import { ServicePage } from './ServicePage.js';

export function RoutePage({ route }: { route: Route }) {
  switch (route.kind) {
    case 'home':
      return <HomePage />;
    case 'services':
      return <ServicesPage />;
    case 'service':
      return <ServicePage serviceId={route.serviceId} />;
    case 'service-detail':
      return <ServiceDetailPage serviceId={route.serviceId} />;
    case 'section':
      return <SectionPage route={route} />;
    case 'page':
      return <InfoPage route={route} />;
    case 'account':
      return <AccountPage page={route.page} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

function HomePage() {
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

/** A personal page: its content once the citizen is signed in and consented, else what would let them see it. */
function PersonalPage({ name, path, children }: { name: string; path: string; children: ReactNode }) {
  const access = personalPageAccess(usePortal((s) => s.session));
  return (
    <>
      <h1>{name}</h1>
      {access.kind === 'open' ? children : <AccessGate access={access} returnTo={path} what={name} kind="page" />}
    </>
  );
}

function SectionPage({ route }: { route: Extract<Route, { kind: 'section' }> }) {
  const t = useT();
  const section = SECTIONS.find((s) => s.id === route.section);
  const name = section ? t.t(section.label) : route.section;
  return (
    <PersonalPage name={name} path={section?.path ?? '/'}>
      <EmptyState title={t.t('sectionUnavailableTitle')} text={t.t('sectionUnavailableText', { section: name })} />
    </PersonalPage>
  );
}

function InfoPage({ route }: { route: Extract<Route, { kind: 'page' }> }) {
  const t = useT();
  const services = usePortal((s) => s.catalogue);
  switch (route.page) {
    case 'accessibility':
      return <Article title={t.t('accessibilityTitle')} text={t.t('accessibilityText')} />;
    case 'cookies':
      return <Article title={t.t('cookiesTitle')} text={t.t('cookiesText')} />;
    case 'support':
      return (
        <>
          <Article title={t.t('supportTitle')} text={t.t('supportText')} />
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
    case 'notifications': {
      const page = INFO_PAGES.find((p) => p.id === 'notifications');
      const name = page ? t.t(page.label) : route.page;
      return (
        <PersonalPage name={t.t('notificationsTitle')} path={page?.path ?? '/'}>
          <EmptyState title={t.t('sectionUnavailableTitle')} text={t.t('sectionUnavailableText', { section: name })} />
        </PersonalPage>
      );
    }
  }
}

function Article({ title, text }: { title: string; text: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
    </>
  );
}

function NotFoundPage({ path }: { path: string }) {
  const t = useT();
  const { navigate } = useShellActions();
  return (
    <>
      <h1>{t.t('notFoundTitle')}</h1>
      <EmptyState
        title={t.t('notFoundTitle')}
        text={t.t('notFoundText', { path })}
        action={{ href: '/', label: t.t('goHome'), onNavigate: (href: string) => navigate(href) }}
      />
    </>
  );
}

import {
  AccountControls,
  LanguageSwitch,
  MainTabs,
  PageLayout,
  PortalHeader,
  SettingsMenu,
  ToastRegion,
} from '@czp/design-system';
import { useEffect, useMemo, useRef } from 'react';
import { levelLabel } from '../account/AccessGate.js';
import { loginHref } from '../account/access.js';
import { SessionExpiryWarning } from '../account/SessionExpiryWarning.js';
import { shellTranslator } from '../i18n/messages.js';
import { RoutePage } from '../pages/RoutePage.js';
import { INFO_PAGES, matchRoute, SECTIONS, SERVICES_PATH, servicePath } from '../routing/routes.js';
import { dismissToast } from '../state/portal-store.js';
import { useHostStore, usePortal, useStores } from '../state/use-store.js';
import { MyServicesNav } from './MyServicesNav.js';
import { pageTitle } from './page-title.js';
import { TranslatorContext, useShellActions } from './shell-context.js';

/** The portal frame: header, main tabs, settings, the page (or a service's place) and toasts. */
export function Frame({ version }: { version: string }) {
  const stores = useStores();
  const locale = useHostStore((s) => s.locale);
  const path = usePortal((s) => s.path);
  const toasts = usePortal((s) => s.toasts);
  const catalogueSource = usePortal((s) => s.catalogueSource);
  const session = usePortal((s) => s.session);
  const sessionEnded = usePortal((s) => s.sessionEnded);
  const search = usePortal((s) => s.search);
  const csrfToken = usePortal((s) => s.csrfToken);
  const actions = useShellActions();
  const t = useMemo(() => shellTranslator(locale), [locale]);
  const route = useMemo(() => matchRoute(path), [path]);
  const onNavigate = (href: string) => actions.navigate(href);

  // After a client-side navigation, move focus to the main area so screen readers announce the page.
  const catalogue = usePortal((s) => s.catalogue);
  useEffect(() => {
    document.title = pageTitle(route, catalogue, t);
  }, [route, catalogue, t]);

  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  const badges = usePortal((s) => s.badges);
  // A section the catalogue has a service for (the data box) leads to that service, with its count.
  const sectionHref = (section: (typeof SECTIONS)[number]) =>
    'service' in section && catalogue.some((entry) => entry.id === section.service)
      ? servicePath(section.service)
      : section.path;
  const tabs = SECTIONS.map((section) => {
    const href = sectionHref(section);
    const count = 'service' in section ? badges[section.service] : undefined;
    return {
      href,
      label: t.t(section.label),
      current: path === href || path.startsWith(`${href}/`),
      ...(count ? { badge: { count, label: t.t('unreadMessages', { count: t.formatNumber(count) }) } } : {}),
    };
  });
  const dataBoxSection = SECTIONS.find((section) => section.id === 'data-box');
  const settingsItems = [
    { href: SERVICES_PATH, label: t.t('settingsServices') },
    { href: dataBoxSection ? sectionHref(dataBoxSection) : '/data-box', label: t.t('settingsDataBox') },
    ...INFO_PAGES.map((p) => ({ href: p.path, label: t.t(p.label) })),
  ];

  return (
    <TranslatorContext.Provider value={t}>
      {session.developmentIdentityProvider && (
        <p className="czp-dev-banner" data-testid="dev-idp-banner">
          {t.t('devIdpBanner')}
        </p>
      )}
      <PortalHeader
        portalName={t.t('portalName')}
        subtitle={t.t('portalSubtitle')}
        homeHref="/"
        skipLinkLabel={t.t('skipToContent')}
        onNavigate={onNavigate}
        actions={
          <>
            <AccountControls
              label={t.t('accountLabel')}
              person={
                session.person && {
                  name: session.person.name,
                  detail: t.t('levelOfAssurance', { level: levelLabel(t, session.person.levelOfAssurance) }),
                }
              }
              loginLabel={t.t('login')}
              loginHref={loginHref(route.kind === 'account' ? '/' : `${path}${search}`)}
              logoutLabel={t.t('logout')}
              logoutAction="/auth/logout"
              csrfToken={csrfToken}
            />
            <LanguageSwitch
              label={t.t('languageLabel')}
              current={locale}
              options={[
                { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
                { locale: 'en', label: 'English', shortLabel: 'EN' },
              ]}
              onChange={(next) => actions.setLocale(next)}
            />
            <SettingsMenu
              label={t.t('settings')}
              items={settingsItems.map((item) => ({ ...item, current: item.href === path }))}
              onNavigate={onNavigate}
            />
          </>
        }
      />
      <MainTabs label={t.t('mainNavigation')} items={tabs} onNavigate={onNavigate} />
      <MyServicesNav />
      <PageLayout
        footer={
          <p>
            {t.t('footer')} · {t.t('version', { version })}
          </p>
        }
      >
        {sessionEnded && (
          <p className="czp-shell-alert" role="alert">
            {t.t('sessionEndedText', { minutes: Math.round(session.idleTimeoutSeconds / 60) })}
          </p>
        )}
        {catalogueSource !== 'server' && (
          <p className="czp-shell-notice" role="status">
            {catalogueSource === 'cache' ? t.t('catalogueOffline') : t.t('catalogueUnavailable')}
          </p>
        )}
        <RoutePage route={route} />
      </PageLayout>
      <SessionExpiryWarning />
      <ToastRegion toasts={toasts} dismissLabel={t.t('dismiss')} onDismiss={(id) => dismissToast(stores, id)} />
    </TranslatorContext.Provider>
  );
}

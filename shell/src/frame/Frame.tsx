import {
  AccountControls,
  CookieBar,
  LanguageSwitch,
  MainTabs,
  Notice,
  PageLayout,
  PortalHeader,
  SettingsMenu,
  ThemeSwitch,
  ToastRegion,
} from '@czp/design-system';
import { useEffect, useMemo, useRef, useState } from 'react';
import { levelLabel } from '../account/AccessGate.js';
import { loginHref } from '../account/access.js';
import { SessionExpiryWarningLoader } from '../account/SessionExpiryWarningLoader.js';
import { useShellActions } from '../actions/shell-actions.js';
import { shellTranslator } from '../i18n/messages.js';
import { TranslatorContext } from '../i18n/translator-context.js';
import { HeaderNotifications } from '../notifications/HeaderNotifications.js';
import { pageTitle, useServiceTitles } from '../routing/page-title.js';
import { RoutePage } from '../routing/RoutePage.js';
import { currentTabIndex, INFO_PAGES, matchRoute, SECTIONS, SERVICES_PATH, sectionHref } from '../routing/routes.js';
import { worksWithoutDatabase } from '../routing/unavailable.js';
import { dismissToast } from '../state/portal-store.js';
import { useHostStore, usePortal, useStores } from '../state/use-store.js';
import { rememberCookieNoticeDismissed } from './cookie-notice.js';
import { footerLinks } from './footer-links.js';
import { MyServicesNav } from './MyServicesNav.js';
import { PreviewBanner } from './PreviewBanner.js';
import { applyTheme, systemPrefersHighContrast } from './theme-choice.js';

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
  const cookieNotice = usePortal((s) => s.cookieNotice);
  const theme = usePortal((s) => s.theme);
  const unavailable = usePortal((s) => s.unavailable);
  // Without a choice the system decides; known only in the browser, so read after hydration.
  const [systemHighContrast, setSystemHighContrast] = useState(false);
  useEffect(() => setSystemHighContrast(systemPrefersHighContrast(window)), []);
  const actions = useShellActions();
  const t = useMemo(() => shellTranslator(locale), [locale]);
  const route = useMemo(() => matchRoute(path), [path]);
  const onNavigate = (href: string) => actions.navigate(href);

  const catalogue = usePortal((s) => s.catalogue);
  // A remote may name the page it shows (host.setTitle): "<title> – <service> – Portál občana".
  const serviceTitles = useServiceTitles();
  useEffect(() => {
    document.title = pageTitle(route, catalogue, t, serviceTitles);
  }, [route, catalogue, t, serviceTitles]);

  // After a client-side navigation, move focus to the main area so screen readers announce the page.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  const badges = usePortal((s) => s.badges);
  // A section the catalogue has a service for (the data box, my data) leads to that service, with its count.
  const hasService = (serviceId: string) => catalogue.some((entry) => entry.id === serviceId);
  const hrefs = SECTIONS.map((section) => sectionHref(section, hasService));
  const currentTab = currentTabIndex(path, hrefs);
  const tabs = SECTIONS.map((section, index) => {
    const href = hrefs[index] ?? section.path;
    const count = section.id === 'data-box' ? badges[section.service] : undefined;
    return {
      href,
      label: t.t(section.label),
      current: index === currentTab,
      ...(count ? { badge: { count, label: t.t('unreadMessages', { count: t.formatNumber(count) }) } } : {}),
    };
  });
  const dataBoxSection = SECTIONS.find((section) => section.id === 'data-box');
  const settingsItems = [
    { href: SERVICES_PATH, label: t.t('settingsServices') },
    { href: dataBoxSection ? sectionHref(dataBoxSection, hasService) : '/data-box', label: t.t('settingsDataBox') },
    ...INFO_PAGES.map((p) => ({ href: p.path, label: t.t(p.label) })),
  ];

  return (
    <TranslatorContext.Provider value={t}>
      {session.developmentIdentityProvider && (
        <Notice kind="warning" variant="banner" title={t.t('devIdpBanner')} data-testid="dev-idp-banner" />
      )}
      <PreviewBanner />
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
            <HeaderNotifications />
            <LanguageSwitch
              label={t.t('languageLabel')}
              current={locale}
              options={[
                { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
                { locale: 'en', label: 'English', shortLabel: 'EN' },
              ]}
              onChange={(next) => actions.setLocale(next)}
            />
            <ThemeSwitch
              label={t.t('highContrast')}
              shortLabel={t.t('highContrastShort')}
              highContrast={theme ? theme === 'high-contrast' : systemHighContrast}
              onChange={(on) => {
                const next = on ? 'high-contrast' : 'light';
                applyTheme(document, next);
                stores.portal.setState({ theme: next });
              }}
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
      {/* Under the navigation, above the page: in flow (covers nothing) and after the header, so the skip link
          stays the first thing a keyboard reaches. */}
      {cookieNotice && (
        <CookieBar
          label={t.t('cookieBarLabel')}
          text={t.t('cookieBarText')}
          linkLabel={t.t('cookieBarLink')}
          linkHref="/cookies"
          onNavigate={onNavigate}
          acceptLabel={t.t('cookieBarAccept')}
          onAccept={() => {
            rememberCookieNoticeDismissed(document);
            stores.portal.setState({ cookieNotice: false });
            // The button goes away with the bar: focus continues where the bar was, at the page's content.
            document.getElementById('main')?.focus({ preventScroll: true });
          }}
        />
      )}
      <PageLayout
        links={footerLinks(t)}
        onNavigate={onNavigate}
        footer={
          <p>
            {t.t('footer')} · {t.t('version', { version })}
          </p>
        }
      >
        {sessionEnded && (
          <Notice kind="warning" role="alert">
            {t.t('sessionEndedText', { minutes: Math.round(session.idleTimeoutSeconds / 60) })}
          </Notice>
        )}
        {unavailable && (
          <Notice kind="error" role="alert">
            {t.t('portalUnavailable')}
          </Notice>
        )}
        {catalogueSource !== 'server' && !unavailable && (
          <Notice kind={catalogueSource === 'cache' ? 'warning' : 'error'} role="status">
            {catalogueSource === 'cache' ? t.t('catalogueOffline') : t.t('catalogueUnavailable')}
          </Notice>
        )}
        {(!unavailable || worksWithoutDatabase(route, catalogue)) && <RoutePage route={route} />}
      </PageLayout>
      <SessionExpiryWarningLoader />
      <ToastRegion toasts={toasts} dismissLabel={t.t('dismiss')} onDismiss={(id) => dismissToast(stores, id)} />
    </TranslatorContext.Provider>
  );
}

import { Notice } from '@czp/design-system';
import { type ComponentType, useEffect, useState } from 'react';
import { useT } from '../i18n/translator-context.js';
import { ServicePage } from '../services/ServicePage.js';
import { loadedPageModule, loadRoutePage, type PageModules } from './page-modules.js';
import type { AccountPageId, InfoPageId, Route, SectionId } from './routes.js';

/**
 * The page module of each section (routes.ts's SECTIONS). A section without its own page yet shows SectionPage
 * ("being prepared"); the data box's tab leads to its service instead when the catalogue has it.
 */
const SECTION_PAGES: Record<SectionId, (m: PageModules['section']) => ComponentType<{ section: SectionId }>> = {
  profile: (m) => m.SectionPage,
  data: (m) => m.SectionPage,
  'data-box': (m) => m.SectionPage,
  calendar: (m) => m.SectionPage,
  documents: (m) => m.SectionPage,
  submissions: (m) => m.SectionPage,
};

const INFO_PAGE_MODULES: Record<Exclude<InfoPageId, 'notifications'>, (m: PageModules['info']) => ComponentType> = {
  accessibility: (m) => m.AccessibilityPage,
  cookies: (m) => m.CookiesPage,
  support: (m) => m.SupportPage,
};

const ACCOUNT_PAGE_MODULES: Record<AccountPageId, (m: PageModules['account']) => ComponentType> = {
  login: (m) => m.LoginPage,
  'logged-out': (m) => m.LoggedOutPage,
  consent: (m) => m.ConsentPage,
};

/**
 * The page a route draws inside the frame. Its module (page-modules.ts) is loaded before the route is shown; should
 * it still be missing (its chunk failed to load), PageNotLoaded says so.
 */
export function RoutePage({ route }: { route: Route }) {
  switch (route.kind) {
    case 'service':
      return <ServicePage serviceId={route.serviceId} />;
    case 'home': {
      const m = loadedPageModule('home');
      return m ? <m.HomePage /> : <PageNotLoaded route={route} />;
    }
    case 'services': {
      const m = loadedPageModule('services');
      return m ? <m.ServicesPage /> : <PageNotLoaded route={route} />;
    }
    case 'service-detail': {
      const m = loadedPageModule('serviceDetail');
      return m ? <m.ServiceDetailPage serviceId={route.serviceId} /> : <PageNotLoaded route={route} />;
    }
    case 'section': {
      const m = loadedPageModule('section');
      if (!m) return <PageNotLoaded route={route} />;
      const Page = SECTION_PAGES[route.section](m);
      return <Page section={route.section} />;
    }
    case 'page': {
      if (route.page === 'notifications') {
        const m = loadedPageModule('notifications');
        return m ? <m.NotificationsPage /> : <PageNotLoaded route={route} />;
      }
      const m = loadedPageModule('info');
      if (!m) return <PageNotLoaded route={route} />;
      const Page = INFO_PAGE_MODULES[route.page](m);
      return <Page />;
    }
    case 'account': {
      const m = loadedPageModule('account');
      if (!m) return <PageNotLoaded route={route} />;
      // Logging in and out, and the consent: short texts, set as prose.
      const Page = ACCOUNT_PAGE_MODULES[route.page](m);
      return (
        <div className="czp-prose">
          <Page />
        </div>
      );
    }
    case 'not-found': {
      const m = loadedPageModule('notFound');
      return m ? <m.NotFoundPage path={route.path} /> : <PageNotLoaded route={route} />;
    }
  }
}

/**
 * A page whose chunk is not there (it failed to load: the network is away, or the portal was updated and the old
 * chunk is gone). It tries once more; failing that, a link loads the page afresh from the server.
 */
function PageNotLoaded({ route }: { route: Route }) {
  const t = useT();
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>('loading');
  useEffect(() => {
    let current = true;
    setState('loading');
    loadRoutePage(route).then(
      () => current && setState('loaded'),
      () => current && setState('failed'),
    );
    return () => {
      current = false;
    };
  }, [route]);
  if (state === 'loaded') return <RoutePage route={route} />;
  if (state === 'loading') return null;
  return (
    <Notice kind="error" role="alert">
      {t.t('pageLoadFailed')}{' '}
      <a href={typeof window === 'undefined' ? '/' : window.location.href}>{t.t('pageReload')}</a>
    </Notice>
  );
}

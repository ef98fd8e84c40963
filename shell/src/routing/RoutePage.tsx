import type { ComponentType } from 'react';
import { ConsentPage } from '../account/ConsentPage.js';
import { LoggedOutPage } from '../account/LoggedOutPage.js';
import { LoginPage } from '../account/LoginPage.js';
import { ServiceDetailPage } from '../catalogue/ServiceDetailPage.js';
import { ServicesPage } from '../catalogue/ServicesPage.js';
import { AccessibilityPage } from '../pages/accessibility/AccessibilityPage.js';
import { CookiesPage } from '../pages/cookies/CookiesPage.js';
import { HomePage } from '../pages/home/HomePage.js';
import { NotFoundPage } from '../pages/not-found/NotFoundPage.js';
import { NotificationsPage } from '../pages/notifications/NotificationsPage.js';
import { SectionPage } from '../pages/section/SectionPage.js';
import { SupportPage } from '../pages/support/SupportPage.js';
import { ServicePage } from '../services/ServicePage.js';
import type { AccountPageId, InfoPageId, Route, SectionId } from './routes.js';

/**
 * The page module of each section (routes.ts's SECTIONS). A section without its own page yet shows SectionPage
 * ("being prepared"); the data box's tab leads to its service instead when the catalogue has it.
 */
const SECTION_PAGES: Record<SectionId, ComponentType<{ section: SectionId }>> = {
  profile: SectionPage,
  data: SectionPage,
  'data-box': SectionPage,
  calendar: SectionPage,
  documents: SectionPage,
  submissions: SectionPage,
};

const INFO_PAGE_MODULES: Record<InfoPageId, ComponentType> = {
  accessibility: AccessibilityPage,
  cookies: CookiesPage,
  support: SupportPage,
  notifications: NotificationsPage,
};

const ACCOUNT_PAGE_MODULES: Record<AccountPageId, ComponentType> = {
  login: LoginPage,
  'logged-out': LoggedOutPage,
  consent: ConsentPage,
};

/** The page a route draws inside the frame. */
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
    case 'section': {
      const Page = SECTION_PAGES[route.section];
      return <Page section={route.section} />;
    }
    case 'page': {
      const Page = INFO_PAGE_MODULES[route.page];
      return <Page />;
    }
    case 'account': {
      // Logging in and out, and the consent: short texts, set as prose.
      const Page = ACCOUNT_PAGE_MODULES[route.page];
      return (
        <div className="czp-prose">
          <Page />
        </div>
      );
    }
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}

import * as account from '../account/account-pages.js';
import * as serviceDetail from '../catalogue/ServiceDetailPage.js';
import * as services from '../catalogue/ServicesPage.js';
import * as home from '../pages/home/HomePage.js';
import * as info from '../pages/info-pages.js';
import * as notFound from '../pages/not-found/NotFoundPage.js';
import * as notifications from '../pages/notifications/NotificationsPage.js';
import * as section from '../pages/section/SectionPage.js';
import { type PageModules, providePageModules } from './page-modules.js';

/** Every page module, imported synchronously: the server renders any page at once (and so do the tests). */
const ALL_PAGES: PageModules = { home, services, serviceDetail, account, info, notifications, section, notFound };

export function provideAllPages(): void {
  providePageModules(ALL_PAGES);
}

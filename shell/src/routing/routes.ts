import type { ShellMessageKey } from '../i18n/message-key.js';

/**
 * The route table: every path of the portal and the route it is. A service's pages (/services/<id>/…) belong to its
 * remote; the portal's own pages are listed below by kind, and RoutePage.tsx names the page module that draws each.
 * A section's page is a folder under pages/ plus its line in RoutePage.tsx's SECTION_PAGES; a new section is also a
 * line in SECTIONS.
 */
export type Route =
  | { kind: 'home' }
  | { kind: 'services' }
  | { kind: 'service'; serviceId: string }
  | { kind: 'service-detail'; serviceId: string }
  | { kind: 'section'; section: SectionId }
  | { kind: 'page'; page: InfoPageId }
  | { kind: 'account'; page: AccountPageId }
  | { kind: 'not-found'; path: string };

/**
 * The portal's sections: the main tabs, each a personal page. A section drawn by a service (the Ministry of the
 * Interior's remotes) leads to that service's page (`service` + `subpath`) when the catalogue has it.
 */
export const SECTIONS = [
  { id: 'profile', path: '/profile', label: 'tabProfile', service: 'my-data', subpath: '/profile' },
  { id: 'data', path: '/data', label: 'tabData', service: 'my-data', subpath: '' },
  { id: 'data-box', path: '/data-box', label: 'tabDataBox', service: 'data-box', subpath: '' },
  { id: 'calendar', path: '/calendar', label: 'tabCalendar', service: 'calendar', subpath: '' },
  { id: 'documents', path: '/documents', label: 'tabDocuments', service: 'my-data', subpath: '/documents' },
  { id: 'submissions', path: '/submissions', label: 'tabSubmissions', service: 'submissions', subpath: '' },
] as const satisfies readonly {
  id: string;
  path: string;
  label: ShellMessageKey;
  service?: string;
  subpath?: string;
}[];
type Section = (typeof SECTIONS)[number];
export type SectionId = (typeof SECTIONS)[number]['id'];

/** Pages the settings menu leads to. */
export const INFO_PAGES = [
  { id: 'accessibility', path: '/accessibility', label: 'settingsAccessibility' },
  { id: 'cookies', path: '/cookies', label: 'settingsCookies' },
  { id: 'support', path: '/support', label: 'settingsSupport' },
  { id: 'notifications', path: '/settings/notifications', label: 'settingsNotifications' },
] as const satisfies readonly { id: string; path: string; label: ShellMessageKey }[];
export type InfoPageId = (typeof INFO_PAGES)[number]['id'];

/** Pages of logging in and out, and the first-login consent. */
export const ACCOUNT_PAGES = [
  { id: 'login', path: '/login', label: 'loginTitle' },
  { id: 'logged-out', path: '/logged-out', label: 'loggedOutTitle' },
  { id: 'consent', path: '/consent', label: 'consentTitle' },
] as const satisfies readonly { id: string; path: string; label: ShellMessageKey }[];
export type AccountPageId = (typeof ACCOUNT_PAGES)[number]['id'];

export const SERVICES_PATH = '/services';
/** A service's page in the catalogue (who runs it, what it reads, add/remove), apart from the running service. */
const CATALOGUE_PATH = '/catalogue';

export function serviceDetailPath(serviceId: string): string {
  return `${CATALOGUE_PATH}/${serviceId}`;
}

export function servicePath(serviceId: string): string {
  return `${SERVICES_PATH}/${serviceId}`;
}

/** The service a path belongs to: /services/telc and everything below it is Telč's. */
export function serviceIdOf(pathname: string): string | null {
  const match = /^\/services\/([a-z][a-z0-9-]{1,39})(?:\/|$)/.exec(pathname);
  return match?.[1] ?? null;
}

/** Where a section's tab leads: its service's page when the catalogue has that service, else its own path. */
export function sectionHref(section: Section, hasService: (serviceId: string) => boolean): string {
  return 'service' in section && hasService(section.service)
    ? `${servicePath(section.service)}${section.subpath}`
    : section.path;
}

/**
 * The tab a path is in: the one whose href is the path or its longest prefix (/services/my-data/profile is PROFILE,
 * not DATA at /services/my-data). -1 for none.
 */
export function currentTabIndex(path: string, hrefs: readonly string[]): number {
  let best = -1;
  hrefs.forEach((href, index) => {
    const inside = path === href || path.startsWith(`${href}/`);
    if (inside && (best < 0 || href.length > (hrefs[best]?.length ?? 0))) best = index;
  });
  return best;
}

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/') return { kind: 'home' };
  if (path === SERVICES_PATH) return { kind: 'services' };
  const serviceId = serviceIdOf(path);
  if (serviceId) return { kind: 'service', serviceId };
  const detail = /^\/catalogue\/([a-z][a-z0-9-]{1,39})$/.exec(path);
  if (detail?.[1]) return { kind: 'service-detail', serviceId: detail[1] };
  const section = SECTIONS.find((s) => s.path === path);
  if (section) return { kind: 'section', section: section.id };
  const page = INFO_PAGES.find((p) => p.path === path);
  if (page) return { kind: 'page', page: page.id };
  const account = ACCOUNT_PAGES.find((p) => p.path === path);
  if (account) return { kind: 'account', page: account.id };
  return { kind: 'not-found', path };
}

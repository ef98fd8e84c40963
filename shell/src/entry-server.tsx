import type { Catalogue, Locale, SessionView } from '@czp/contract';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';
import { pageTitle } from './frame/page-title.js';
import type { ShellActions } from './frame/shell-context.js';
import type { Theme } from './frame/theme-choice.js';
import { en } from './i18n/messages.en.js';
import { provideShellMessages, shellTranslator } from './i18n/messages.js';
import { matchRoute } from './routing/routes.js';
import { createPortalStores } from './state/portal-store.js';

// The server renders every locale: both tables are in its bundle.
provideShellMessages('en', en);

const inert: ShellActions = {
  navigate: () => {},
  retry: () => {},
  report: async () => false,
  setLocale: () => {},
  saveConsent: async () => false,
  extendSession: async () => false,
  logout: () => {},
  sessionEnded: () => {},
  addService: async () => false,
  removeService: async () => false,
  reorderServices: async () => false,
};

/**
 * Renders the frame for a URL on the server, so the first paint needs no JavaScript; the browser
 * hydrates the same tree. The API server calls this for every HTML page.
 */
export function render(
  url: string,
  ctx: {
    catalogue: Catalogue;
    locale: Locale;
    version?: string;
    session?: SessionView;
    csrfToken?: string;
    myServices?: string[];
    /** The request has the cookie `czp_cookie_notice=1`: the citizen dismissed the cookie notice. */
    cookieNoticeDismissed?: boolean;
    /** The citizen's theme from the `czp_theme` cookie (null: none chosen). */
    theme?: Theme | null;
  },
) {
  const { pathname: path, search } = new URL(url, 'http://portal.invalid');
  const stores = createPortalStores({
    path,
    search,
    ...(ctx.session ? { session: ctx.session } : {}),
    ...(ctx.csrfToken ? { csrfToken: ctx.csrfToken } : {}),
    ...(ctx.myServices ? { myServices: ctx.myServices } : {}),
    locale: ctx.locale,
    catalogue: ctx.catalogue.services,
    catalogueSource: 'server',
    cookieNotice: !ctx.cookieNoticeDismissed,
    theme: ctx.theme ?? null,
  });
  const html = renderToString(<App stores={stores} actions={inert} outlets={null} version={ctx.version ?? ''} />);
  const route = matchRoute(path);
  const title = pageTitle(route, ctx.catalogue.services, shellTranslator(ctx.locale));
  const known =
    route.kind !== 'not-found' &&
    ((route.kind !== 'service' && route.kind !== 'service-detail') ||
      ctx.catalogue.services.some((s) => s.id === route.serviceId));
  return { html, head: '', title, status: known ? 200 : 404 };
}

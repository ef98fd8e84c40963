import { readFileSync } from 'node:fs';
import type { ShellRender, ShellRenderResult } from '@czp/contract';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';
import { createShellActions } from './actions/create-shell-actions.js';
import { en } from './i18n/messages.en.js';
import { provideShellMessages, shellTranslator } from './i18n/messages.js';
import { provideAllPages } from './routing/all-pages.js';
import { type BuildManifest, pagePreloadHead } from './routing/page-preload.js';
import { pageTitle } from './routing/page-title.js';
import { matchRoute } from './routing/routes.js';
import { worksWithoutDatabase } from './routing/unavailable.js';
import { createPortalStores } from './state/portal-store.js';

// The server renders every locale and every page at once: both tables and every page's module are in its bundle.
provideShellMessages('en', en);
provideAllPages();

/** The client build's manifest beside this server build (dist/client next to dist/server); none in development. */
const clientManifest = ((): BuildManifest | null => {
  try {
    return JSON.parse(readFileSync(new URL('../client/.vite/manifest.json', import.meta.url), 'utf8')) as BuildManifest;
  } catch {
    return null;
  }
})();

const refuse = () => Promise.reject(new Error('The server render calls no API'));

/**
 * Renders the frame for a URL on the server, so the first paint needs no JavaScript; the browser
 * hydrates the same tree. The API server calls this for every HTML page.
 */
export const render = ((url, ctx): ShellRenderResult => {
  const { pathname: path, search } = new URL(url, 'http://portal.invalid');
  const stores = createPortalStores({
    path,
    search,
    session: ctx.session,
    csrfToken: ctx.csrfToken,
    myServices: ctx.myServices,
    locale: ctx.locale,
    catalogue: ctx.catalogue.services,
    catalogueSource: 'server',
    cookieNotice: !ctx.cookieNoticeDismissed,
    theme: ctx.theme,
    unavailable: ctx.unavailable === true,
  });
  // No event reaches a server render: the actions exist for the tree's sake, over a page that does nothing.
  const actions = createShellActions({
    stores,
    api: { send: refuse },
    navigate: () => {},
    retryService: async () => {},
    document: null,
  });
  const html = renderToString(<App stores={stores} actions={actions} outlets={null} version={ctx.version} />);
  const route = matchRoute(path);
  const head = pagePreloadHead(route, clientManifest);
  const title = pageTitle(route, ctx.catalogue.services, shellTranslator(ctx.locale));
  const known =
    route.kind !== 'not-found' &&
    ((route.kind !== 'service' && route.kind !== 'service-detail') ||
      ctx.catalogue.services.some((s) => s.id === route.serviceId));
  if (ctx.unavailable) {
    return { html, head, title, status: worksWithoutDatabase(route, ctx.catalogue.services) ? 200 : 503 };
  }
  return { html, head, title, status: known ? 200 : 404 };
}) satisfies ShellRender;

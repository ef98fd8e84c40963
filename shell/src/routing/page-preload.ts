import { type PageModuleId, pageModuleOf } from './page-modules.js';
import type { Route } from './routes.js';

/** The source of each page module, as the client build's manifest names its chunk (lazy-pages.ts imports these). */
export const PAGE_SOURCES: Record<PageModuleId, string> = {
  home: 'src/pages/home/HomePage.tsx',
  services: 'src/catalogue/ServicesPage.tsx',
  serviceDetail: 'src/catalogue/ServiceDetailPage.tsx',
  account: 'src/account/account-pages.ts',
  info: 'src/pages/info-pages.ts',
  notifications: 'src/pages/notifications/NotificationsPage.tsx',
  section: 'src/pages/section/SectionPage.tsx',
  notFound: 'src/pages/not-found/NotFoundPage.tsx',
};

/** One chunk of Vite's build manifest (`.vite/manifest.json`). */
interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
export type BuildManifest = Record<string, ManifestChunk>;

/**
 * `<link rel="modulepreload">` for the chunks of a route's page the first load does not have already (index.html
 * preloads those): the browser fetches them alongside the shell's own script, so the page hydrates as soon as the
 * shell runs instead of one round trip later (and a click on the server's HTML is not lost to a late hydration).
 */
export function pagePreloadHead(route: Route, manifest: BuildManifest | null): string {
  const id = pageModuleOf(route);
  if (id === null || !manifest) return '';
  const files = (start: string[]) => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(chunk.file)) return;
      seen.add(chunk.file);
      for (const next of chunk.imports ?? []) visit(next);
    };
    for (const key of start) visit(key);
    return seen;
  };
  const firstLoad = files(Object.keys(manifest).filter((key) => manifest[key]?.isEntry));
  return [...files([PAGE_SOURCES[id]])]
    .filter((file) => file.endsWith('.js') && !firstLoad.has(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
}

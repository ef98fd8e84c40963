import type { Queryable } from '../db/database.js';
import type { Feature } from '../feature.js';
import type { PreviewRuntime } from './page.js';
import { registerPreviewRoutes } from './routes.js';
import { type PreviewSettings, previewSettingsFromEnv } from './settings.js';

export interface PreviewDeps {
  db: Queryable;
  secureCookies: boolean;
  now: () => Date;
  /**
   * Whether a browser may preview a service from a developer's server (start.ts reads them with
   * previewSettingsFromEnv). Absent: read from this process's environment, so production stays off either way.
   */
  preview?: PreviewSettings;
}

/**
 * Developer previews (`czp dev --portal`): one browser loads one service from a development server, after
 * confirming on the portal's own page. The page render asks previewOfPage() (page.ts) for the boot data and the CSP.
 */
export const preview: Feature<PreviewDeps> = {
  name: 'preview',
  migrations: [],
  register(app, deps) {
    const settings = deps.preview ?? previewSettingsFromEnv(process.env);
    const runtime: PreviewRuntime = { settings, secureCookies: deps.secureCookies, now: deps.now };
    app.decorate('czpPreview', runtime);
    // Off: no route at all, and previewOfPage() ignores any preview cookie.
    if (settings.enabled)
      registerPreviewRoutes(app, { db: deps.db, settings, secureCookies: deps.secureCookies, now: deps.now });
  },
};

import type { Catalogue } from './catalogue.js';
import type { Locale } from './locales.js';
import type { SessionView } from './session.js';
import type { Theme } from './theme.js';

/**
 * The HTML page of the portal crosses two boundaries: the API server calls the shell's server entry with a
 * ShellRenderContext and gets a ShellRenderResult; it then embeds BootData as JSON in the page for the browser.
 */

/** The element id of the boot JSON in the page. */
export const BOOT_DATA_ELEMENT_ID = 'czp-boot';

/** What the server puts into the page so the first paint needs no API round trip. */
export interface BootData {
  catalogue: Catalogue;
  locale: Locale;
  csrfToken: string;
  version: string;
  session: SessionView;
  /** The signed-in citizen's services in their order (empty when signed out). */
  myServices: string[];
  /** This response's CSP nonce: the import maps that pin services' scripts to their hashes carry it. */
  cspNonce: string;
  /**
   * The database is out of reach: the catalogue is the server's last good copy, nobody counts as signed in, and the
   * frame says the portal is temporarily unavailable (pages that need the database show only that).
   */
  unavailable?: boolean;
  /**
   * This browser previews one service from a developer's server (`czp dev --portal`): the shell loads that service's
   * remote from `<origin>/remoteEntry.js`, without integrity pinning, and shows a banner with the way back. Set only by
   * the server, from a signed cookie the portal's confirmation page set; never from the URL.
   */
  preview?: PreviewOverride;
}

/** A developer's preview of one service in one browser: the service and the origin of its development server. */
export interface PreviewOverride {
  serviceId: string;
  /** An origin only, e.g. `http://localhost:5174` (no path, no trailing slash). */
  origin: string;
}

/** What the server gives the shell's `render(url, ctx)`: the boot data the browser gets, plus request preferences. */
export interface ShellRenderContext extends Omit<BootData, 'cspNonce'> {
  /** The request has `czp_cookie_notice=1`: the frame renders no cookie bar. */
  cookieNoticeDismissed: boolean;
  /** The citizen's theme from `czp_theme`, or null: the system's contrast setting decides. */
  theme: Theme | null;
}

/** What the shell's server entry returns: the frame's HTML, extra head tags and the page title. */
export interface ShellRenderResult {
  html: string;
  head: string;
  title?: string;
  /** 404 when the shell has no page for the URL (an unknown path or service). */
  status?: number;
}

/** The shell's server entry (`shell/dist/server/entry-server.js` exports it as `render`). */
export type ShellRender = (url: string, ctx: ShellRenderContext) => ShellRenderResult | Promise<ShellRenderResult>;

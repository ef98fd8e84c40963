import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Catalogue, Locale, SessionView } from '@czp/contract';

export interface ShellRenderContext {
  catalogue: Catalogue;
  locale: Locale;
  version: string;
  session: SessionView;
  csrfToken: string;
  /** The signed-in citizen's services in their order (empty when signed out). */
  myServices: string[];
  /** The citizen dismissed the cookie notice (cookie `czp_cookie_notice=1`): the frame renders no cookie bar. */
  cookieNoticeDismissed: boolean;
  /** The citizen's colour theme (cookie `czp_theme`), or null: the system's contrast setting decides. */
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
export type ShellRender = (url: string, ctx: ShellRenderContext) => ShellRenderResult | Promise<ShellRenderResult>;

const DEFAULT_TITLE = 'Portál občana';

/** Set by the browser when the citizen switches the high-contrast theme (the shell's frame/theme-choice.ts). */
export const THEME_COOKIE = 'czp_theme';
export type Theme = 'light' | 'high-contrast';
/** The theme a `czp_theme` cookie value names; anything else is no choice. */
export function themeFromCookie(value: string | undefined): Theme | null {
  return value === 'light' || value === 'high-contrast' ? value : null;
}

/** Set by the browser when the citizen dismisses the cookie notice (the shell's frame/cookie-notice.ts). */
export const COOKIE_NOTICE_COOKIE = 'czp_cookie_notice';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface BootData {
  catalogue: Catalogue;
  locale: Locale;
  csrfToken: string;
  version: string;
  session: SessionView;
  myServices: string[];
  /** The CSP nonce of this response, for the import maps the shell adds (integrity of a service's scripts). */
  cspNonce: string;
}

interface Logger {
  error(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
}

export function escapeHtmlAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** JSON that can sit inside <script>: `<` is escaped so no string in it can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/**
 * Preload hints for a service page, so the remote's code is fetched in parallel with the shell's, and the import map
 * that pins every script of the service to its recorded hash (Subresource Integrity): a changed file is refused by
 * the browser, for the preloads and for every later import.
 */
export function servicePreloadHead(
  entry: Catalogue['services'][number],
  nonce: string,
): { early: string; late: string } {
  const integrity = (url: string) => {
    const hash = entry.integrity[url];
    return hash ? ` integrity="${escapeHtmlAttribute(hash)}"` : '';
  };
  // Before the shell's own module script: an import map takes effect for what loads after it.
  const early = `<script type="importmap" nonce="${escapeHtmlAttribute(nonce)}">${scriptSafeJson({
    integrity: entry.integrity,
  })}</script>`;
  const late = [
    `<link rel="modulepreload" href="${escapeHtmlAttribute(entry.entryUrl)}"${integrity(entry.entryUrl)}>`,
    ...entry.preload.js.map(
      (href) => `<link rel="modulepreload" href="${escapeHtmlAttribute(href)}"${integrity(href)}>`,
    ),
    // Preloaded, not render-blocking: the remote's content appears only once its code runs, and the
    // Module Federation runtime adds the stylesheet itself before mounting it.
    // (No integrity on style preloads: the stylesheet link the runtime adds has none, and a preload whose mode
    // differs is fetched twice.)
    ...entry.preload.css.map((href) => `<link rel="preload" as="style" href="${escapeHtmlAttribute(href)}">`),
  ].join('\n    ');
  return { early, late };
}

/** The id of the service a URL belongs to: /services/<id> or below. */
export function serviceIdOfPath(pathname: string): string | null {
  const match = /^\/services\/([^/?#]+)(?:[/?#]|$)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * The shell's HTML document: the built client/index.html with its placeholders filled, server-rendered by the shell's
 * entry-server.js when the build has one (the client renders otherwise).
 */
export class ShellDocument {
  private template: Promise<string> | undefined;
  private renderer: Promise<ShellRender | null> | undefined;
  private readonly shellDir: string;
  private readonly log: Logger;

  constructor(shellDir: string, log: Logger) {
    this.shellDir = shellDir;
    this.log = log;
  }

  get clientDir(): string {
    return join(this.shellDir, 'client');
  }

  private loadTemplate(): Promise<string> {
    this.template ??= readFile(join(this.clientDir, 'index.html'), 'utf8');
    this.template.catch(() => {
      this.template = undefined; // retried on the next request (for example after `pnpm build`)
    });
    return this.template;
  }

  private loadRenderer(): Promise<ShellRender | null> {
    this.renderer ??= (async () => {
      const file = join(this.shellDir, 'server', 'entry-server.js');
      if (!existsSync(file)) return null;
      try {
        const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { render?: unknown };
        if (typeof module.render !== 'function') {
          this.log.error({ file }, 'the shell server entry does not export render(); the client renders alone');
          return null;
        }
        return module.render as ShellRender;
      } catch (error) {
        this.log.error({ err: error, file }, 'the shell server entry could not be loaded; the client renders alone');
        return null;
      }
    })();
    return this.renderer;
  }

  /** The document for a URL, and the status the shell's renderer gave it (undefined when it could not say). */
  async render(
    url: string,
    boot: BootData,
    extraHead: { early: string; late: string } = { early: '', late: '' },
    request: { cookieNoticeDismissed?: boolean; theme?: Theme | null } = {},
  ): Promise<{ body: string; status: number | undefined }> {
    const template = await this.loadTemplate();
    const render = await this.loadRenderer();
    let rendered: { html: string; head: string; title: string; status?: number } = {
      html: '',
      head: '',
      title: DEFAULT_TITLE,
    };
    if (render) {
      try {
        const result = await render(url, {
          catalogue: boot.catalogue,
          locale: boot.locale,
          version: boot.version,
          session: boot.session,
          csrfToken: boot.csrfToken,
          myServices: boot.myServices,
          cookieNoticeDismissed: request.cookieNoticeDismissed === true,
          theme: request.theme ?? null,
        });
        rendered = {
          html: String(result?.html ?? ''),
          head: String(result?.head ?? ''),
          title: String(result?.title || DEFAULT_TITLE),
          status: result?.status === 404 ? 404 : result?.status === 200 ? 200 : undefined,
        };
      } catch (error) {
        this.log.error({ err: error, url }, 'server rendering of the shell failed; the client renders alone');
      }
    }
    const head = rendered.head;
    const bootScript = `<script type="application/json" id="czp-boot">${scriptSafeJson(boot)}</script>`;
    // Function replacers: `$&` and friends in rendered HTML must not be interpreted.
    const body = template
      .replace('<!--app-lang-->', () => boot.locale)
      // The theme is on <html> before the first paint: no flash of the other theme.
      .replace(/<html\b/, (tag) => (request.theme ? `${tag} data-czp-theme="${request.theme}"` : tag))
      .replace('<!--app-title-->', () => escapeHtml(rendered.title))
      .replace('<!--app-head-->', () => (extraHead.early ? `${extraHead.early}\n    ${head}` : head))
      .replace('<!--app-html-->', () => rendered.html)
      .replace('<!--app-boot-->', () => bootScript)
      // The route's remote is preloaded after the shell's own script and stylesheet, so those are requested first
      // (over HTTP/1.1 a browser opens only six connections to the portal).
      .replace('</head>', () => (extraHead.late ? `  ${extraHead.late}\n  </head>` : '</head>'));
    return { body, status: rendered.status };
  }
}

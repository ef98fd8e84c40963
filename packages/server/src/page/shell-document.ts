import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BOOT_DATA_ELEMENT_ID,
  type BootData,
  type ShellRender,
  type ShellRenderContext,
  type Theme,
} from '@czp/contract';
import { CriticalCss } from './critical-css.js';
import { escapeHtml, scriptSafeJson } from './html.js';
import { paintFirst } from './paint-first.js';

const DEFAULT_TITLE = 'Portál občana';

interface Logger {
  error(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
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
  private readonly criticalCss: CriticalCss;

  constructor(shellDir: string, log: Logger) {
    this.shellDir = shellDir;
    this.log = log;
    this.criticalCss = new CriticalCss(this.clientDir, () => this.loadTemplate(), log);
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

  /**
   * The document for a URL, the status the shell's renderer gave it (undefined when it could not say), and whether it
   * is the document as it should be (false when the renderer failed: the client renders alone, and it is not cached).
   * With the response's style nonce, the page's critical CSS is inlined (critical-css.ts); without, it is not.
   */
  async render(
    url: string,
    boot: BootData,
    extraHead: { early: string; late: string } = { early: '', late: '' },
    request: { cookieNoticeDismissed?: boolean; theme?: Theme | null; styleNonce?: string } = {},
  ): Promise<{ body: string; status: number | undefined; complete: boolean }> {
    const template = await this.loadTemplate();
    const render = await this.loadRenderer();
    let rendered: { html: string; head: string; title: string; status?: number } = {
      html: '',
      head: '',
      title: DEFAULT_TITLE,
    };
    let complete = true;
    if (render) {
      try {
        const { cspNonce: _nonce, ...bootContext } = boot;
        const context: ShellRenderContext = {
          ...bootContext,
          cookieNoticeDismissed: request.cookieNoticeDismissed === true,
          theme: request.theme ?? null,
        };
        const result = await render(url, context);
        rendered = {
          html: String(result?.html ?? ''),
          head: String(result?.head ?? ''),
          title: String(result?.title || DEFAULT_TITLE),
          status:
            result?.status === 404 || result?.status === 200 || result?.status === 503 ? result.status : undefined,
        };
      } catch (error) {
        complete = false;
        this.log.error({ err: error, url }, 'server rendering of the shell failed; the client renders alone');
      }
    }
    const head = rendered.head;
    const bootScript = `<script type="application/json" id="${BOOT_DATA_ELEMENT_ID}">${scriptSafeJson(boot)}</script>`;
    // Function replacers: `$&` and friends in rendered HTML must not be interpreted.
    // The entry script is rewritten in the template, not in the filled page: a few hundred bytes to scan instead of
    // the whole document, and nothing the renderer wrote can look like it.
    const document = paintFirst(template, boot.cspNonce)
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
    const body = request.styleNonce ? await this.criticalCss.inline(document, request.styleNonce) : document;
    return { body, status: rendered.status, complete };
  }
}

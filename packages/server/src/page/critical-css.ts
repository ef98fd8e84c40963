import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CompiledSheet, compileSheet } from 'beasties/compiler';
import { createProcessor } from 'beasties/runtime';

interface Logger {
  error(obj: unknown, msg?: string): void;
}

type Processor = ReturnType<typeof createProcessor>;

/** The shell's own stylesheets in its built index.html (its files under /static/). */
const SHELL_STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const STATIC_HREF = /\bhref="(\/static\/[^"?#]+\.css)"/;

/** A custom property holding a font stack (the design system's `--font-family`, `--font-family-caps`). */
const FONT_STACK_PROPERTY = /--font-family[\w-]*\s*:\s*([^;}]+)/g;

/**
 * The shell stylesheet's rules a page uses, in a `<style nonce>` in its head, and the stylesheet itself moved to the
 * end of `<body>`: the server-rendered page paints as soon as its HTML is parsed instead of waiting for the whole
 * stylesheet (200 KB, most of it for pages and remotes this page does not show), which then arrives without
 * blocking the paint. Scripts still wait for a stylesheet the parser met, so the shell hydrates and remotes mount
 * with every rule in place; the full sheet repeats the inlined rules in their own order after them, so the cascade
 * ends as it would without the inlining.
 *
 * Beasties (its compiler and runtime): the stylesheet is compiled once per process into match programs, and each page
 * is one scan of its HTML (3–9 ms; the same shape of page hits its cache). Signed-out pages are inlined once per
 * cached template (page-cache.ts).
 */
export class CriticalCss {
  private processor: Promise<Processor | null> | undefined;

  constructor(
    private readonly clientDir: string,
    private readonly template: () => Promise<string>,
    private readonly log: Logger,
  ) {}

  async inline(html: string, styleNonce: string): Promise<string> {
    const processor = await this.load();
    if (!processor) return html;
    try {
      return processor.process(html, { nonce: styleNonce });
    } catch (error) {
      // The page is right without the inlining, only slower to paint.
      this.log.error({ err: error }, 'the critical CSS could not be inlined; the page keeps its stylesheet link');
      return html;
    }
  }

  private load(): Promise<Processor | null> {
    this.processor ??= (async () => {
      try {
        const template = await this.template();
        const hrefs = [...template.matchAll(SHELL_STYLESHEET)]
          .map(([link]) => STATIC_HREF.exec(link)?.[1])
          .filter((href): href is string => href !== undefined);
        if (hrefs.length === 0) return null;
        const sheets = await Promise.all(
          hrefs.map(async (href) => {
            const css = await readFile(join(this.clientDir, href.slice(1)), 'utf8');
            return withFontStacks(compileSheet(css, { href }));
          }),
        );
        return createProcessor(sheets, {
          preload: 'body',
          // The @font-face rules of the families the page's rules use: the fonts are requested as the page is
          // parsed, and the metric-matched fallback faces are there for the first paint (no shift when they swap).
          inlineFonts: true,
          // No font preloads: Chromium makes a preloaded font render-blocking (see design-system/scripts/build-fonts).
          preloadFonts: false,
        });
      } catch (error) {
        this.log.error({ err: error }, 'the shell stylesheet could not be compiled; pages keep their stylesheet link');
        return null;
      }
    })();
    return this.processor;
  }
}

/**
 * Beasties finds a page's fonts in `font-family` and `font` declarations, but the design system names its font stacks
 * once, in custom properties (`font-family: var(--font-family)` everywhere else): a rule that sets such a property
 * counts as using the families it lists, so the critical CSS keeps their @font-face rules.
 */
function withFontStacks(sheet: CompiledSheet): CompiledSheet {
  for (const rule of sheet.rules) {
    const text = rule.body ?? rule.css;
    if (!text || rule.fontFace) continue;
    for (const [, stack = ''] of text.matchAll(FONT_STACK_PROPERTY)) {
      const families = stack
        .split(',')
        .map((family) => family.trim().replace(/^["']|["']$/g, ''))
        .filter((family) => family !== '' && !family.startsWith('var('));
      if (families.length > 0) rule.fontsUsed = [...(rule.fontsUsed ?? []), ...families];
    }
  }
  return sheet;
}

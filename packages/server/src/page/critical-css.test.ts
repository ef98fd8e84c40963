import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CriticalCss } from './critical-css.js';

const TEMPLATE = `<!doctype html>
<html lang="cs">
  <head>
    <script type="module" crossorigin src="/static/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/static/index-abc.css">
  </head>
  <body>
    <div id="czp-root"><!--app-html--></div>
  </body>
</html>`;

const STYLESHEET = `
@font-face { font-family: Roboto; src: url(/static/roboto.woff2) format("woff2"); font-display: swap; }
@font-face { font-family: "Roboto Fallback"; src: local("Arial"); size-adjust: 100.3%; }
@font-face { font-family: Unused; src: url(/static/unused.woff2) format("woff2"); }
:root { --font-family: Roboto, "Roboto Fallback", sans-serif; }
body { font-family: var(--font-family); margin: 0; }
.czp-header { background: #2362a2; }
.czp-header .czp-header__title { font-size: 2rem; }
.czp-dialog { position: fixed; }
@media (max-width: 40rem) { .czp-header { padding: 0.5rem; } .czp-dialog { inset: 0; } }
@keyframes czp-pulse { from { opacity: 0.4; } to { opacity: 1; } }
@keyframes czp-spin { to { rotate: 1turn; } }
.czp-skeleton { animation: czp-pulse 1s infinite; }
.czp-spinner { animation: czp-spin 1s infinite; }
`;

const page = (html: string) => TEMPLATE.replace('<!--app-html-->', html);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'czp-critical-'));
  await mkdir(join(dir, 'static'));
  await writeFile(join(dir, 'static/index-abc.css'), STYLESHEET);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const styleOf = (html: string) => /<style nonce="([^"]*)">([\s\S]*?)<\/style>/.exec(html);

describe('critical CSS', () => {
  it('inlines the rules the page uses, with the nonce, and moves the stylesheet to the end of the body', async () => {
    const critical = new CriticalCss(dir, async () => TEMPLATE, { error: vi.fn() });
    const html = await critical.inline(
      page('<header class="czp-header"><h1 class="czp-header__title">Telč</h1></header><p class="czp-skeleton"></p>'),
      'nonce123',
    );
    const style = styleOf(html);
    expect(style?.[1]).toBe('nonce123');
    const css = style?.[2] ?? '';
    expect(css).toContain('.czp-header{background:#2362a2}');
    expect(css).toContain('.czp-header .czp-header__title{font-size:2rem}');
    // Inside its media query, and only the rule that matches.
    expect(css).toContain('@media (max-width: 40rem) {.czp-header{padding:0.5rem}}');
    expect(css).not.toContain('czp-dialog');
    expect(css).toContain('@keyframes czp-pulse');
    expect(css).not.toContain('czp-spin');
    // The stylesheet link is no longer in the head (where it would block the paint), but at the end of the body.
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('index-abc.css');
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/static\/index-abc.css">\s*<\/body>/);
    expect(head.indexOf('<style')).toBeGreaterThan(-1);
  });

  it('keeps the @font-face rules of the font stacks the design system names in custom properties', async () => {
    const critical = new CriticalCss(dir, async () => TEMPLATE, { error: vi.fn() });
    const css = styleOf(await critical.inline(page('<p>Dobrý den</p>'), 'n'))?.[2] ?? '';
    expect(css).toContain('font-family:Roboto;src:url(/static/roboto.woff2)');
    expect(css).toContain('Roboto Fallback');
    expect(css).not.toContain('unused.woff2');
    // Inlined, not preloaded: a preloaded font is render-blocking in Chromium.
    expect(css).not.toContain('rel="preload"');
  });

  it('leaves the page as it is, and says why, when the stylesheet cannot be read', async () => {
    const error = vi.fn();
    const critical = new CriticalCss(join(dir, 'missing'), async () => TEMPLATE, { error });
    const html = page('<p class="czp-header">x</p>');
    expect(await critical.inline(html, 'n')).toBe(html);
    expect(error).toHaveBeenCalledWith(expect.anything(), expect.stringContaining('could not be compiled'));
  });

  it('leaves a page without the shell stylesheet as it is', async () => {
    const bare = '<!doctype html><html><head></head><body><p class="czp-header">x</p></body></html>';
    const critical = new CriticalCss(dir, async () => bare, { error: vi.fn() });
    expect(await critical.inline(bare, 'n')).toBe(bare);
  });
});

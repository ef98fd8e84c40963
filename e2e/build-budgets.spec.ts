import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

/**
 * Size budgets, checked on the production build's bytes (stable, unlike timings; `pnpm bench`
 * prints the figures). Raise a budget only deliberately: every KB is paid by every citizen.
 */
// 106.0 KB before login; login (header account, consent, step-up, session warning) +5.4 KB less English in its own
// chunk (−2.3 KB) = 109.5 KB; the catalogue for citizens (search and filters, a service's page, my services in the
// navigation and on the home page, the integrity pinning of remotes) +3.5 KB = 113.0 KB. Raised deliberately for
// those features. (Splitting the catalogue pages into chunks of their own saved only 0.4 KB: the shared code they
// need is in the first load anyway.)
// The design system (issue 3) then took over everything the shell drew by itself: the catalogue's form fields
// (@czp/design-system/forms, shared with the remotes), notices, button links, the second navigation row, the service
// detail, the error state, the cookie bar, the high-contrast switch and a Button that really disables. A shared module
// is provided whole (a share scope cannot tree-shake), so its every component is in the first load: 117.7 KB. The
// content composites (data box, calendar, stepper, register data) stay a chunk of their own, fetched only with a
// remote that uses them. Raised deliberately to 118 KB.
// The house reshape (issue 11) kept it at 117.7 KB (the runtime from @module-federation/enhanced: −0.03 KB). The
// hardening (issue 12) added what the browser must do itself: the one safe return-path rule shared with the server,
// the "different person" login refusal and the frame's "temporarily unavailable" state: 118.4 KB. Raised
// deliberately to 119 KB; splitting the shell's routes (the performance issue) is where the first load shrinks.
// Issues 13–16 added to the shared SDK (register reads, submit, page titles), the design system's notification
// centre and labelled rows, the header's notification centre, the developer-preview banner, the footer's links and
// the accessibility statement's required content, in both languages: 128.4 KB. Raised deliberately to 130 KB, with
// the route split and the other language on demand left to the performance issue (its target is ≤ 110 KB for all
// of a service page's JavaScript).
// The performance issue (17) split the routes: every portal page but a service's (home's overview, the catalogue, a
// service's detail, the account, notification, section, support, accessibility, cookies and 404 pages) and the session
// expiry warning are chunks loaded on demand (−7.8 KB), and Module Federation's runtime left the first load with the
// slim containers: 104.6 KB. Lowered to 106 KB.
// Then the entry's static imports became one chunk group merged into the entry (17 files -> 1; one module scope
// compresses better: 100.5 KB) and the strings only a page shows moved into that page's chunk (Czech frame table
// 212 -> 94 keys, 4 unused keys dropped): 97.0 KB. Lowered to 98 KB.
const SHELL_FIRST_LOAD_GZIP = 98 * 1024;
// About 9 KB is the Module Federation glue every remote has; the rest is the service's own code and its texts in
// both languages. Issue 14 gave five remotes a real application form (its fields, the browser's checks mirroring the
// declared JSON Schema, attachments, the result with its reference): the largest, technical infrastructure with its
// register prefill, 20.4 KB; MPSV 20.0, Úřad práce 20.1, Telč 18.9, Znojmo 17.9, the calendar 18.1.
const REMOTE_FIRST_LOAD_GZIP = 21 * 1024;
/**
 * Larger apps, each named with its reason. The data box is a mailbox (its API client, folder list, search, paging,
 * storage meter and all its texts in both languages load first; reading, writing and settings are loaded when opened):
 * 18.0 KB.
 */
// Drawn with the library's content and form entries (issue 3) it also carries their loading glue: 19.2 KB.
// My data's DATA page (issue 13) draws eleven register panels, each with its rows' wording in both languages, on
// mount (profile, documents, who used my data, agendas and the complaint load when opened): 26.4 KB.
// Vitakarta (issue 13/16) prefills from two registers with their refusal notices and the insurers' list: 17.3 KB.
// Both are on the performance issue's list (messages of the other language on demand).
const REMOTE_BUDGET_EXCEPTIONS: Record<string, number> = {
  'data-box': 20 * 1024,
  'my-data': 27 * 1024,
  vitakarta: 18 * 1024,
};

// The performance issue (17) holds the line on each part of a first load separately, so a saving in one part is not
// spent in another. Each number: the build's figure when it was set and a small margin; lowering one is its line and
// its reason. (`pnpm bench` prints these figures: bench/run.mjs, "First load, from the build's manifests".)
const KB = 1024;
/** The shell's first-load stylesheet(s), gzip: the gov.cz styles, the tokens, every library component's rules. */
// 21.4 KB when set (issue 17).
const SHELL_CSS_GZIP = 22.5 * KB;
/** The woff2 files the first load names (its stylesheets' @font-face, the page's preloads), bytes as stored. */
// Roboto regular, medium and bold, each Latin and Latin Extended: 6 files, 55.6 KB when set (issue 17).
const SHELL_FONTS_BYTES = 57 * KB;
/**
 * A remote's entry glue, gzip: its remote entry with what that imports statically, and the federation plugin's
 * virtual modules: what Module Federation costs a service, whatever the service is. The same for every remote.
 */
// @module-federation/vite's entry and runtime helpers: 9.3 KB when set (issue 17).
const REMOTE_ENTRY_GLUE_GZIP = 10 * KB;
/** A remote's own first-load code, gzip: the rest of its exposes' sync JavaScript (its code and its texts). */
// The largest without an exception below, technical infrastructure, 11.1 KB when set (issue 17).
const REMOTE_OWN_GZIP = 12 * KB;
/** Remotes whose own code is held at their own line (lower a service's line when it shrinks). */
const REMOTE_OWN_EXCEPTIONS: Record<string, number> = {
  // Eleven register panels with their wording on mount: 17.0 KB when set (issue 17).
  'my-data': 18 * KB,
  // Telč, the model service (its target: entry + own ≤ 6 KB): 9.6 KB when set (issue 17).
  telc: 10.5 * KB,
};

const root = resolve(import.meta.dirname, '..');
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (files: string[], size: (file: string) => number) => files.reduce((n, f) => n + size(f), 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const list = (files: string[]) => files.map((f) => `${basename(f)} ${kb(gzip(f))}`).join(', ');

interface ViteChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const shellDir = join(root, 'shell/dist/client');

/**
 * The shell's first load: its entry chunks and everything they import statically (JavaScript), the stylesheets those
 * chunks carry (CSS) and the woff2 files those stylesheets or the page template name (fonts).
 */
function shellFirstLoad(): { js: string[]; css: string[]; fonts: string[] } {
  const manifest = JSON.parse(readFileSync(join(shellDir, '.vite/manifest.json'), 'utf8')) as Record<string, ViteChunk>;
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const fonts = new Set<string>();
  const woff2 = (text: string, base: string) => {
    for (const m of text.matchAll(/["'(\s]([^"'()\s]+\.woff2)(?:[?#][^"')\s]*)?["')\s]/g)) {
      const ref = m[1] ?? '';
      const path = ref.startsWith('/') ? join(shellDir, ref) : resolve(base, ref);
      if (existsSync(path)) fonts.add(path);
    }
  };
  for (const file of css) woff2(readFileSync(join(shellDir, file), 'utf8'), dirname(join(shellDir, file)));
  woff2(readFileSync(join(shellDir, 'index.html'), 'utf8'), shellDir);
  const abs = (files: Set<string>) => [...files].map((f) => join(shellDir, f));
  return { js: abs(js).filter((f) => f.endsWith('.js')), css: abs(css), fonts: [...fonts] };
}

/** The relative files a built ES module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) =>
    resolve(dirname(file), m[1] ?? ''),
  );
}

/** What of mf-manifest.json is read: only its shape, not how the remote entry is generated. */
interface FederationManifest {
  metaData?: { remoteEntry?: { name?: string; path?: string } };
  exposes?: { path?: string; assets?: { js?: { sync?: string[] } } }[];
}

/**
 * A remote's first load as its mf-manifest.json lists it, in two parts: the glue (the remote entry with every file
 * it imports statically, and the federation plugin's virtual modules among the exposes' files) and its own code (the
 * rest of its exposes' sync JavaScript). Each file once.
 */
function remoteFirstLoad(name: string): { glue: string[]; own: string[] } {
  const dir = join(root, 'remotes', name, 'dist');
  const file = join(dir, 'mf-manifest.json');
  expect(existsSync(file), `${name} has no dist/mf-manifest.json: build it first`).toBe(true);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as FederationManifest;
  const entry = manifest.metaData?.remoteEntry;
  expect(entry?.name, `${name}: mf-manifest.json names no remote entry`).toBeTruthy();
  const entryFile = join(dir, entry?.path ?? '', entry?.name ?? '');
  expect(existsSync(entryFile), `${name}: its remote entry ${entry?.name} is not in dist/`).toBe(true);
  const glue = new Set<string>();
  const visit = (path: string) => {
    if (glue.has(path) || !existsSync(path)) return;
    glue.add(path);
    for (const next of staticImports(path)) visit(next);
  };
  visit(entryFile);
  const own = new Set<string>();
  for (const expose of manifest.exposes ?? [])
    for (const asset of expose.assets?.js?.sync ?? []) {
      const path = join(dir, asset);
      expect(existsSync(path), `${name}: ${asset} (in mf-manifest.json) is not in dist/`).toBe(true);
      if (/^(_virtual_mf|__federation)/.test(basename(path))) glue.add(path);
      else own.add(path);
    }
  for (const path of glue) own.delete(path);
  return { glue: [...glue], own: [...own] };
}

test('the shell’s first-load JavaScript stays within its budget', () => {
  const { js } = shellFirstLoad();
  expect(js.length).toBeGreaterThan(0);
  const total = sum(js, gzip);
  expect(total, `shell first load: ${kb(total)} gzip (${list(js)})`).toBeLessThanOrEqual(SHELL_FIRST_LOAD_GZIP);
});

test('the shell’s first-load stylesheets stay within their budget', () => {
  const { css } = shellFirstLoad();
  expect(css.length).toBeGreaterThan(0);
  const total = sum(css, gzip);
  expect(total, `shell first-load CSS: ${kb(total)} gzip (${list(css)})`).toBeLessThanOrEqual(SHELL_CSS_GZIP);
});

test('the fonts the first load names stay within their budget', () => {
  const { fonts } = shellFirstLoad();
  const total = sum(fonts, (f) => statSync(f).size);
  const names = fonts.map((f) => `${basename(f)} ${kb(statSync(f).size)}`).join(', ');
  expect(total, `fonts: ${kb(total)} in ${fonts.length} woff2 (${names})`).toBeLessThanOrEqual(SHELL_FONTS_BYTES);
});

/** The root class of every design-system component (`czp-service-tile`, …): in its own code, never a remote's. */
const libraryClasses = readdirSync(join(root, 'design-system/src/components')).map((folder) => `czp-${folder}`);

for (const name of readdirSync(join(root, 'remotes'))) {
  test(`remote ${name}: takes the design system from the shell, code and styles`, () => {
    const assets = join(root, 'remotes', name, 'dist/assets');
    for (const file of readdirSync(assets)) {
      const text = readFileSync(join(assets, file), 'utf8');
      if (file.endsWith('.js')) {
        // A copy of the library (or a component of its own under the library's name) would carry these.
        for (const cls of libraryClasses)
          expect(text, `${file} has a copy of ${cls}`).not.toMatch(new RegExp(`\\b${cls}\\b`));
        expect(text, `${file} bundles gov.cz components`).not.toContain('gov-button');
      }
      if (file.endsWith('.css')) {
        // The shell loads the library's stylesheet once; a remote repeating its rules would load them twice.
        for (const cls of libraryClasses) expect(text, `${file} repeats ${cls} styles`).not.toContain(`.${cls}`);
        expect(text, `${file} repeats gov.cz styles`).not.toMatch(/\.gov-|--gov-|@font-face/);
      }
    }
  });

  test(`remote ${name}: its entry glue and its own first-load code stay within their budgets`, () => {
    const { glue, own } = remoteFirstLoad(name);
    const glueTotal = sum(glue, gzip);
    const ownTotal = sum(own, gzip);
    expect(glueTotal, `${name} entry glue: ${kb(glueTotal)} gzip (${list(glue)})`).toBeLessThanOrEqual(
      REMOTE_ENTRY_GLUE_GZIP,
    );
    expect(ownTotal, `${name} own first-load code: ${kb(ownTotal)} gzip (${list(own)})`).toBeLessThanOrEqual(
      REMOTE_OWN_EXCEPTIONS[name] ?? REMOTE_OWN_GZIP,
    );
  });

  test(`remote ${name}: its own JavaScript is small and bundles no shared library`, () => {
    const { glue, own } = remoteFirstLoad(name);
    const total = sum([...glue, ...own], gzip);
    expect(total, `${name} first load: ${kb(total)} gzip`).toBeLessThanOrEqual(
      REMOTE_BUDGET_EXCEPTIONS[name] ?? REMOTE_FIRST_LOAD_GZIP,
    );
    const assets = join(root, 'remotes', name, 'dist/assets');
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(assets, file), 'utf8');
      expect(text, `${file} bundles React`).not.toContain('react.dev/errors');
      expect(text, `${file} bundles single-spa-react`).not.toContain('single-spa-react');
    }
  });
}

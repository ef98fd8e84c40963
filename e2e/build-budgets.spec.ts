import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const SHELL_FIRST_LOAD_GZIP = 130 * 1024;
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

const root = resolve(import.meta.dirname, '..');
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

interface ViteChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

/** The shell's entry chunk and everything it imports statically: what every page loads. */
function shellFirstLoad(): string[] {
  const dir = join(root, 'shell/dist/client');
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ViteChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].filter((f) => f.endsWith('.js')).map((f) => join(dir, f));
}

/** A remote's entry and the chunks its ./app needs on mount, as its mf-manifest.json lists them. */
function remoteFirstLoad(name: string): string[] {
  const dir = join(root, 'remotes', name, 'dist');
  const manifest = JSON.parse(readFileSync(join(dir, 'mf-manifest.json'), 'utf8')) as {
    metaData: { remoteEntry: { name: string } };
    exposes: { path: string; assets: { js: { sync: string[] } } }[];
  };
  const app = manifest.exposes.find((e) => e.path === './app');
  return [manifest.metaData.remoteEntry.name, ...(app?.assets.js.sync ?? [])].map((f) => join(dir, f));
}

test('the shell’s first-load JavaScript stays within its budget', () => {
  const files = shellFirstLoad();
  expect(files.length).toBeGreaterThan(0);
  const total = files.reduce((n, f) => n + gzip(f), 0);
  expect(total, `shell first load: ${(total / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(SHELL_FIRST_LOAD_GZIP);
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

  test(`remote ${name}: its own JavaScript is small and bundles no shared library`, () => {
    const files = remoteFirstLoad(name);
    const total = files.reduce((n, f) => n + gzip(f), 0);
    expect(total, `${name} first load: ${(total / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(
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

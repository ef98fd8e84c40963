import { SHARED_SINGLETONS, type SharedSingleton } from '@czp/contract';
import { z } from 'zod';
import { GateError } from './errors.js';
import type { FederationManifest } from './manifest.js';

/** A shared library the bundle carries a copy of, and where. */
export interface BundledCopy {
  library: SharedSingleton;
  /** The bundle's files that hold (part of) the copy: those with its code or named after it first. */
  files: string[];
  /** How it was found, for the message and for a person looking into it. */
  evidence: string;
}

/** What the remote should do instead: said in every refusal of a bundled copy. */
export const USE_CZP_REMOTE_CONFIG =
  'take the shared libraries from the portal — use czpRemoteConfig() from @czp/remote-build';

/**
 * Tell-tale content of each shared library's own build, chosen to survive minification (they are property names and
 * string literals a minifier keeps) and to appear in no other code a remote ships; each is tested against a real
 * remote built with its shared libraries bundled, and against one built with czpRemoteConfig() that must not match:
 *
 * - react: React's entry *defines* its internals, `exports.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_
 *   UPGRADE = …`. react-dom and Module Federation's runtime name that property too, but only read it, so only the
 *   assignment counts.
 * - react-dom: its reconciler registers with React DevTools as `rendererPackageName: "react-dom"` and keeps its
 *   fibers on DOM nodes under `__reactContainer$…` keys (react-dom/client); react-dom's entry defines
 *   `__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE`.
 * - zustand: its store API object, `{ setState, getState, getInitialState, subscribe }` (minified
 *   `{setState:r,getState:i,getInitialState:()=>o,subscribe:…}`): the four in this order are zustand's createStore.
 * - the design system's entries: the root classes of their components (`czp-service-tile`, …), two of one entry in
 *   one file (e2e/build-budgets.spec.ts refuses any of them in a remote's code, too).
 * - @czp/remote-sdk: its own error "… must be used inside a component rendered by defineRemote()" and the errors of
 *   single-spa-react, which it bundles.
 *
 * Besides the content, Module Federation itself gives a copy away: its manifest lists the fallback chunks of a shared
 * module that was not declared `import: false` (`shared[].assets`), and @module-federation/vite names those chunks
 * `…__prebuild__<name>__prebuild__…` (with `@` `/` `-` spelled `_mf_0_` `_mf_1_` `_mf_2_`).
 */
interface Signature {
  markers: readonly RegExp[];
  /** How many different markers one file must have (1 unless a single one could be a remote's own). */
  needs: number;
}

const rootClasses = (names: readonly string[]) => names.map((name) => new RegExp(`(?<![\\w-])czp-${name}(?![\\w-])`));

const SIGNATURES: Record<SharedSingleton, Signature> = {
  react: { markers: [/\.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE\s*=(?!=)/], needs: 1 },
  'react-dom': {
    markers: [
      /rendererPackageName\s*:\s*["'`]react-dom["'`]/,
      /__reactContainer\$/,
      /\.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE\s*=(?!=)/,
    ],
    needs: 1,
  },
  zustand: {
    markers: [
      /setState\s*(?::[^,{}]{1,40})?,\s*getState\s*(?::[^,{}]{1,40})?,\s*getInitialState\s*(?::[^,{}]{1,40})?,\s*subscribe\b/,
    ],
    needs: 1,
  },
  '@czp/design-system': {
    markers: rootClasses([
      'service-tile',
      'service-detail',
      'cookie-bar',
      'remote-skeleton',
      'secondary-nav',
      'theme-switch',
      'button-link',
      'error-state',
    ]),
    needs: 2,
  },
  '@czp/design-system/forms': {
    markers: rootClasses(['checkbox-field', 'error-summary', 'radio-group', 'select-field', 'text-area', 'text-field']),
    needs: 2,
  },
  '@czp/design-system/content': {
    markers: rootClasses([
      'attachment-list',
      'attachment-picker',
      'calendar-list',
      'message-list',
      'message-view',
      'register-data-panel',
      'storage-meter',
      'submission-status',
    ]),
    needs: 2,
  },
  '@czp/remote-sdk': {
    markers: [/must be used inside a component rendered by defineRemote\(\)/, /single-spa-react (requires|must be)/],
    needs: 1,
  },
};

/** The root classes the design-system signatures look for (a test checks they are still its components). */
export function designSystemMarkerClasses(): string[] {
  return (['@czp/design-system', '@czp/design-system/forms', '@czp/design-system/content'] as const).flatMap((name) =>
    SIGNATURES[name].markers.map((marker) => /czp-([a-z-]+)/.exec(marker.source)?.[1] ?? ''),
  );
}

/** @module-federation/vite's spelling of a module name in its virtual modules' (and so its chunks') names. */
function federationChunkName(name: string): string {
  return name.replaceAll('@', '_mf_0_').replaceAll('/', '_mf_1_').replaceAll('-', '_mf_2_');
}

const SCRIPT = /\.(m|c)?js$/;

/** The shared module a name in the manifest belongs to: the library itself or one of its subpaths. */
function libraryOf(name: string): SharedSingleton | undefined {
  // react/jsx-runtime is a few lines of JSX helpers without state of their own: a remote may carry them.
  if (name === 'react/jsx-runtime' || name === 'react/jsx-dev-runtime') return undefined;
  // The longest name first: @czp/design-system/forms is its own singleton, not a subpath of @czp/design-system.
  return [...SHARED_SINGLETONS]
    .sort((a, b) => b.length - a.length)
    .find((library) => name === library || name.startsWith(`${library}/`));
}

const sharedAssetsSchema = z.object({
  assets: z.object({
    js: z.object({ sync: z.array(z.string()).default([]), async: z.array(z.string()).default([]) }).optional(),
  }),
});

/**
 * Finds every shared singleton the bundle carries a copy of, from Module Federation's manifest, the names of its
 * fallback chunks and the content of every script. Files are the bundle's (paths relative to dist/).
 */
export function findBundledCopies(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: FederationManifest | undefined,
): BundledCopy[] {
  // Files found by the library's own code or chunk name come first in the message: the manifest also lists the
  // chunks a fallback depends on (zustand's lists React's), which are less telling.
  const found = new Map<SharedSingleton, { own: Set<string>; listed: Set<string>; evidence: string[] }>();
  const note = (library: SharedSingleton, file: string, evidence: string, listed = false) => {
    const entry = found.get(library) ?? { own: new Set(), listed: new Set(), evidence: [] };
    (listed ? entry.listed : entry.own).add(file);
    if (!entry.evidence.includes(evidence)) entry.evidence.push(evidence);
    found.set(library, entry);
  };

  for (const shared of manifest?.shared ?? []) {
    const library = libraryOf(shared.name);
    const parsed = sharedAssetsSchema.safeParse(shared);
    if (!library || !parsed.success) continue;
    const js = parsed.data.assets.js;
    for (const file of [...(js?.sync ?? []), ...(js?.async ?? [])]) {
      note(library, file, `mf-manifest.json lists a fallback copy of "${shared.name}"`, true);
    }
  }

  const scripts = [...files.keys()].filter((path) => SCRIPT.test(path)).sort();
  for (const path of scripts) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    for (const library of SHARED_SINGLETONS) {
      const chunk = `__prebuild__${federationChunkName(library)}`;
      const at = base.indexOf(chunk);
      // …__prebuild__react__prebuild__… or a subpath …__prebuild__react_mf_2_dom_mf_1_client__prebuild__…
      if (at >= 0 && /^(__prebuild__|_mf_1_)/.test(base.slice(at + chunk.length))) {
        const subpath = base.slice(at + chunk.length).startsWith('_mf_1_');
        if (!(library === 'react' && subpath && base.includes('jsx'))) {
          note(library, path, 'a Module Federation fallback chunk of it');
        }
      }
    }
    const text = Buffer.from(files.get(path) ?? new Uint8Array()).toString('utf8');
    for (const library of SHARED_SINGLETONS) {
      const { markers, needs } = SIGNATURES[library];
      if (markers.filter((marker) => marker.test(text)).length >= needs) {
        note(library, path, 'its code');
      }
    }
  }

  return SHARED_SINGLETONS.filter((library) => found.has(library)).map((library) => {
    const entry = found.get(library) as { own: Set<string>; listed: Set<string>; evidence: string[] };
    const listed = [...entry.listed].filter((file) => !entry.own.has(file)).sort();
    return { library, files: [...[...entry.own].sort(), ...listed], evidence: entry.evidence.join('; ') };
  });
}

function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The refusal for bundled copies, naming each library and (the first of) its files. */
export function bundledCopiesError(copies: readonly BundledCopy[], bundle: string): GateError {
  const named = copies.map((copy) => {
    const more = copy.files.length > 1 ? ` and ${copy.files.length - 1} more` : '';
    return `${copy.library} (${copy.files[0]}${more})`;
  });
  const what = copies.length === 1 ? `its own copy of ${named[0]}` : `its own copies of ${listing(named)}`;
  return new GateError(
    'not-shared-singleton',
    `${bundle} bundles ${what}: ${USE_CZP_REMOTE_CONFIG} (its shared singletons are declared with import: false, ` +
      'so the page keeps one React and its hooks work)',
    { file: bundle, field: 'shared' },
  );
}

/** Refuses a bundle that carries a copy of any shared singleton. */
export function checkNoBundledCopies(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: FederationManifest | undefined,
  bundle: string,
): void {
  const copies = findBundledCopies(files, manifest);
  if (copies.length > 0) throw bundledCopiesError(copies, bundle);
}

import { SHARED_SINGLETONS, type SharedSingleton } from '@czp/contract';
import * as DesignSystem from '@czp/design-system';
import * as RemoteSdk from '@czp/remote-sdk';
import * as React from 'react';
import * as ReactJsxRuntime from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import * as Zustand from 'zustand';

/** Versions of what the shell provides, read from the installed packages at build time. */
declare const __CZP_SHARED_VERSIONS__: Record<SharedSingleton, string>;

/**
 * Subpaths of the shared libraries a CzP slim container may take from the shell too (packages/remote-build's
 * SHARED_SUBPATHS lists the same; its build refuses a remote importing any other subpath), each with its library.
 */
const SHARED_SUBPATHS = { 'react/jsx-runtime': 'react', 'react-dom/client': 'react-dom' } as const;
type SharedModule = SharedSingleton | keyof typeof SHARED_SUBPATHS;

/** What the shell's own frame uses: in its first load anyway. */
const eager = {
  react: React,
  'react/jsx-runtime': ReactJsxRuntime,
  'react-dom': ReactDOM,
  'react-dom/client': ReactDOMClient,
  zustand: Zustand,
  '@czp/design-system': DesignSystem,
  '@czp/remote-sdk': RemoteSdk,
} satisfies Partial<Record<SharedModule, object>>;

/**
 * Parts of the library only remotes use (form fields; data box and register composites): their own
 * chunks, fetched once, when the first remote that imports them loads — never on a page without one.
 */
const lazy = {
  '@czp/design-system/forms': () => import('@czp/design-system/forms'),
  '@czp/design-system/content': () => import('@czp/design-system/content'),
} satisfies Partial<Record<SharedModule, () => Promise<object>>>;

const versionOf = (name: SharedModule) =>
  __CZP_SHARED_VERSIONS__[
    name in SHARED_SUBPATHS ? SHARED_SUBPATHS[name as keyof typeof SHARED_SUBPATHS] : (name as SharedSingleton)
  ];

const SHARED_MODULES = [...SHARED_SINGLETONS, ...(Object.keys(SHARED_SUBPATHS) as (keyof typeof SHARED_SUBPATHS)[])];

/** How a module is got: at once (in the first load) or by its own chunk's import. */
function getter(name: SharedModule): () => Promise<() => object> {
  if (name in lazy) {
    const load = lazy[name as keyof typeof lazy];
    return () => load().then((module) => () => module);
  }
  const module = eager[name as keyof typeof eager];
  return () => Promise.resolve(() => module);
}

/** One offer of the share scope, as Module Federation's container contract (and webpack) shape it. */
interface ShareOffer {
  get: () => Promise<() => object>;
  from: string;
  eager: boolean;
  loaded?: 1;
}
/** `{ [module]: { [version]: offer } }`: what `init(shareScope)` of a container receives. */
export type ShareScope = Record<string, Record<string, ShareOffer>>;

/**
 * The share scope a CzP slim container's `init` gets: every shared singleton and the subpaths the shell provides,
 * from the shell only (`from: 'czp_shell'`), each lazily got by the container that uses it.
 */
export function shareScope(): ShareScope {
  return Object.fromEntries(
    SHARED_MODULES.map((name) => [
      name,
      { [versionOf(name)]: { get: getter(name), from: 'czp_shell', eager: !(name in lazy) } },
    ]),
  );
}

type SharedLibrary = {
  version: string;
  shareConfig: { singleton: true; requiredVersion: false };
} & ({ lib: () => object } | { get: () => Promise<() => object> });

/**
 * The libraries for Module Federation's runtime (remotes not built as CzP slim containers): the same copies.
 * Remotes are built with `import: false` for these, so they cannot fall back to a copy of their own.
 */
export function sharedLibraries(): Record<SharedSingleton, SharedLibrary> {
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name): [SharedSingleton, SharedLibrary] => {
      const provide = { version: versionOf(name), shareConfig: { singleton: true, requiredVersion: false } as const };
      if (name in lazy) return [name, { ...provide, get: getter(name) }];
      return [name, { ...provide, lib: () => eager[name as keyof typeof eager] }];
    }),
  ) as Record<SharedSingleton, SharedLibrary>;
}

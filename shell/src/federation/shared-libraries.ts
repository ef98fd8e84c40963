import { SHARED_SINGLETONS, type SharedSingleton } from '@czp/contract';
import * as DesignSystem from '@czp/design-system';
import * as RemoteSdk from '@czp/remote-sdk';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as Zustand from 'zustand';

/** Versions of what the shell provides, read from the installed packages at build time. */
declare const __CZP_SHARED_VERSIONS__: Record<SharedSingleton, string>;

/** What the shell's own frame uses: in its first load anyway. */
const eager = {
  react: React,
  'react-dom': ReactDOM,
  zustand: Zustand,
  '@czp/design-system': DesignSystem,
  '@czp/remote-sdk': RemoteSdk,
} satisfies Partial<Record<SharedSingleton, object>>;

/**
 * Parts of the library only remotes use (form fields; data box and register composites): their own
 * chunks, fetched once, when the first remote that imports them loads — never on a page without one.
 */
const lazy = {
  '@czp/design-system/forms': () => import('@czp/design-system/forms'),
  '@czp/design-system/content': () => import('@czp/design-system/content'),
} satisfies Partial<Record<SharedSingleton, () => Promise<object>>>;

type SharedLibrary = {
  version: string;
  shareConfig: { singleton: true; requiredVersion: false };
} & ({ lib: () => object } | { get: () => Promise<() => object> });

const provide = (name: SharedSingleton): Pick<SharedLibrary, 'version' | 'shareConfig'> => ({
  version: __CZP_SHARED_VERSIONS__[name],
  shareConfig: { singleton: true, requiredVersion: false },
});

/**
 * The libraries every remote takes from the shell: loaded once per page. Remotes are built with
 * `import: false` for these, so they cannot fall back to a copy of their own.
 */
export function sharedLibraries(): Record<SharedSingleton, SharedLibrary> {
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name): [SharedSingleton, SharedLibrary] => {
      if (name in lazy) {
        const load = lazy[name as keyof typeof lazy];
        return [name, { ...provide(name), get: () => load().then((module) => () => module) }];
      }
      return [name, { ...provide(name), lib: () => eager[name as keyof typeof eager] }];
    }),
  ) as Record<SharedSingleton, SharedLibrary>;
}

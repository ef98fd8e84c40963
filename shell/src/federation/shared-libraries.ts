import { SHARED_SINGLETONS, type SharedSingleton } from '@czp/contract';
import * as DesignSystem from '@czp/design-system';
import * as RemoteSdk from '@czp/remote-sdk';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as Zustand from 'zustand';

/** Versions of what the shell provides, read from the installed packages at build time. */
declare const __CZP_SHARED_VERSIONS__: Record<SharedSingleton, string>;

const modules: Record<SharedSingleton, object> = {
  react: React,
  'react-dom': ReactDOM,
  zustand: Zustand,
  '@czp/design-system': DesignSystem,
  '@czp/remote-sdk': RemoteSdk,
};

export interface SharedLibrary {
  version: string;
  lib: () => object;
  shareConfig: { singleton: true; requiredVersion: false };
}

/**
 * The libraries every remote takes from the shell: loaded once per page. Remotes are built with
 * `import: false` for these, so they cannot fall back to a copy of their own.
 */
export function sharedLibraries(): Record<SharedSingleton, SharedLibrary> {
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name) => [
      name,
      {
        version: __CZP_SHARED_VERSIONS__[name],
        lib: () => modules[name],
        shareConfig: { singleton: true, requiredVersion: false },
      },
    ]),
  ) as Record<SharedSingleton, SharedLibrary>;
}

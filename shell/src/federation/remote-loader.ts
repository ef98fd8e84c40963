import type { CatalogueEntry, PreviewOverride, RemoteLifecycles } from '@czp/contract';
import { REMOTE_EXPOSED_MODULE } from '@czp/contract';
import { createInstance } from '@module-federation/enhanced/runtime';
// What `@module-federation/enhanced`'s `provideExternalRuntime` hands remotes: the runtime core, as enhanced's own
// runtime layer exports it (enhanced itself exports only `/runtime`).
import * as runtimeCore from '@module-federation/runtime-tools/runtime-core';
import { RemoteLoadError, withTimeout } from './load-errors.js';
import { entryFor, readPreview } from './preview.js';
import { sharedLibraries } from './shared-libraries.js';

/** Loads a service's exposed lifecycles; rejects with a RemoteLoadError the fallback can explain. */
export interface RemoteLoader {
  load(entry: CatalogueEntry, options: { timeoutMs: number; fresh: boolean }): Promise<RemoteLifecycles>;
}

function isLifecycles(value: unknown): value is RemoteLifecycles {
  const v = value as Partial<RemoteLifecycles> | null;
  return !!v && typeof v.bootstrap === 'function' && typeof v.mount === 'function' && typeof v.unmount === 'function';
}

/**
 * The one Module Federation runtime of the page. Remotes are built with `externalRuntime`, so they
 * use this runtime-core instead of shipping a second one.
 */
export function createRemoteLoader(
  options: {
    pinIntegrity?: (entry: CatalogueEntry) => void;
    /** The developer preview of this page (default: what its boot data says, see preview.ts). */
    preview?: PreviewOverride | null;
  } = {},
): RemoteLoader {
  const preview = options.preview === undefined ? readPreview(globalThis.document) : options.preview;
  const federationGlobal = runtimeCore.Global as unknown as Record<string, unknown>;
  federationGlobal._FEDERATION_RUNTIME_CORE = runtimeCore;
  const federation = createInstance({ name: 'czp_shell', remotes: [], shared: sharedLibraries() });
  const registered = new Map<string, string>();

  return {
    async load(published, { timeoutMs, fresh }) {
      const entry = entryFor(published, preview);
      // A new version, or a retry after a failure, must not reuse the cached (failed) container.
      const force =
        fresh || (registered.has(entry.federationName) && registered.get(entry.federationName) !== entry.entryUrl);
      // Before anything of the service is fetched: its files must match what was published.
      options.pinIntegrity?.(entry);
      federation.registerRemotes([{ name: entry.federationName, entry: entry.entryUrl, type: 'module' }], { force });
      registered.set(entry.federationName, entry.entryUrl);
      const id = `${entry.federationName}/${REMOTE_EXPOSED_MODULE.slice(2)}`;
      let loaded: unknown;
      try {
        loaded = await withTimeout(federation.loadRemote<unknown>(id), timeoutMs, `The remote ${entry.id}`);
      } catch (error) {
        if (error instanceof RemoteLoadError) throw error;
        throw new RemoteLoadError('load-failed', error instanceof Error ? error.message : String(error));
      }
      const lifecycles = (loaded as { default?: unknown } | null)?.default ?? loaded;
      if (!isLifecycles(lifecycles)) {
        throw new RemoteLoadError(
          'load-failed',
          `${entry.id}/${REMOTE_EXPOSED_MODULE} does not export defineRemote() lifecycles`,
        );
      }
      return lifecycles;
    },
  };
}

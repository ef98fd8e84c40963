import type { CatalogueEntry, PreviewOverride, RemoteLifecycles } from '@czp/contract';
import { REMOTE_EXPOSED_MODULE } from '@czp/contract';
import { RemoteLoadError, withTimeout } from './load-errors.js';
import { entryFor, readPreview } from './preview.js';
import { type ShareScope, shareScope } from './shared-libraries.js';

/** Loads a service's exposed lifecycles; rejects with a RemoteLoadError the fallback can explain. */
export interface RemoteLoader {
  load(entry: CatalogueEntry, options: { timeoutMs: number; fresh: boolean }): Promise<RemoteLifecycles>;
}

/** The Module Federation container contract, as a CzP slim container (packages/remote-build) keeps it. */
interface Container {
  /** The marker of a CzP slim container (packages/remote-build's CONTAINER_MARKER). */
  czpContainer?: unknown;
  init(shareScope: ShareScope): unknown;
  get(exposed: string): Promise<() => unknown>;
}

function isLifecycles(value: unknown): value is RemoteLifecycles {
  const v = value as Partial<RemoteLifecycles> | null;
  return !!v && typeof v.bootstrap === 'function' && typeof v.mount === 'function' && typeof v.unmount === 'function';
}

function isCzpContainer(value: unknown): value is Container {
  const v = value as Partial<Container> | null;
  return !!v && v.czpContainer === 1 && typeof v.init === 'function' && typeof v.get === 'function';
}

/** A slim container's registry chunk (packages/remote-build): first in the sync chunks of its manifest's ./app. */
const REGISTRY_CHUNK = /\/czp-shared-[\w-]+\.js$/;

/**
 * Whether the entry may be a CzP slim container, from what the catalogue knows of its files: a published version
 * lists the registry chunk among its preloads and hashes; a stock Module Federation build has none. A developer
 * preview lists nothing: it is imported and told by its marker.
 */
function mayBeSlimContainer(entry: CatalogueEntry): boolean {
  const files = [...entry.preload.js, ...Object.keys(entry.integrity)];
  return files.length === 0 || files.some((file) => REGISTRY_CHUNK.test(file.split('?')[0] ?? file));
}

/** The query of the n-th fresh load: ES modules are cached per URL, so a retry needs a URL of its own. */
const FRESH_PARAM = 'czp-load';

function withQuery(url: string, query: string): string {
  return query === '' ? url : `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/**
 * The entry with its scripts also pinned at the URLs of a fresh load: the container passes its query on to the
 * exposed module's chunk, and the browser checks the hash of each URL it fetches.
 */
function pinnedAt(entry: CatalogueEntry, query: string): CatalogueEntry {
  if (query === '') return entry;
  const integrity = { ...entry.integrity };
  for (const [url, hash] of Object.entries(entry.integrity)) {
    if (/\.m?js$/.test(url)) integrity[withQuery(url, query)] = hash;
  }
  return { ...entry, integrity };
}

/**
 * Loads remotes without Module Federation's runtime: `import(remoteEntry.js)`, `init(shareScope)` with the shell's
 * shared libraries (shared-libraries.ts), `get('./app')`, then the factory. A remote entry that is not a CzP slim
 * container (no `czpContainer` marker) is handed to Module Federation's runtime, imported then (mf-runtime.ts).
 */
export function createRemoteLoader(
  options: {
    pinIntegrity?: (entry: CatalogueEntry) => void;
    /** The developer preview of this page (default: what its boot data says, see preview.ts). */
    preview?: PreviewOverride | null;
    /** How a remote entry is imported (tests). */
    importEntry?: (url: string) => Promise<unknown>;
    /** Module Federation's runtime for other entries (tests). */
    loadWithRuntime?: (federationName: string, entryUrl: string) => Promise<unknown>;
  } = {},
): RemoteLoader {
  const preview = options.preview === undefined ? readPreview(globalThis.document) : options.preview;
  const importEntry = options.importEntry ?? ((url: string) => import(/* @vite-ignore */ url));
  const runtime =
    options.loadWithRuntime ??
    ((name: string, url: string) => import('./mf-runtime.js').then((m) => m.loadWithRuntime(name, url)));
  const scope = shareScope();
  /** Fresh loads so far, per entry URL. */
  const freshLoads = new Map<string, number>();

  async function exposedModule(entry: CatalogueEntry, url: string): Promise<unknown> {
    // A stock Module Federation entry built with `externalRuntime` throws as it is evaluated on a page without the
    // runtime, and the browser keeps its failed chunks: such an entry must not be imported before the runtime is.
    if (!mayBeSlimContainer(entry)) return runtime(entry.federationName, url);
    const container = await importEntry(url);
    if (!isCzpContainer(container)) return runtime(entry.federationName, url);
    await container.init(scope);
    const factory = await container.get(REMOTE_EXPOSED_MODULE);
    return factory();
  }

  return {
    async load(published, { timeoutMs, fresh }) {
      const entry = entryFor(published, preview);
      const count = (freshLoads.get(entry.entryUrl) ?? 0) + (fresh ? 1 : 0);
      freshLoads.set(entry.entryUrl, count);
      // A retry must not reuse the failed module: the n-th fresh load of an entry has its own URL (a new version
      // has a new URL anyway). Its later loads keep that URL, so the module is the one already loaded.
      const query = count === 0 ? '' : `${FRESH_PARAM}=${count}`;
      const url = withQuery(entry.entryUrl, query);
      // Before anything of the service is fetched: its files must match what was published.
      options.pinIntegrity?.(pinnedAt(entry, query));
      let loaded: unknown;
      try {
        loaded = await withTimeout(exposedModule(entry, url), timeoutMs, `The remote ${entry.id}`);
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

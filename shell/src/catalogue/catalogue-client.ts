import type { Catalogue, CatalogueEntry } from '@czp/contract';
import type { CatalogueSource } from '../state/portal-store.js';

const CACHE_KEY = 'czp:catalogue:v1';

interface CachedCatalogue {
  etag: string | null;
  catalogue: Catalogue;
}

interface CatalogueResult {
  services: CatalogueEntry[];
  source: CatalogueSource;
}

/** The browser's last good catalogue, so an API outage still shows the portal's services. */
export async function readCachedCatalogue(storage: Storage | undefined): Promise<CachedCatalogue | null> {
  try {
    const { catalogueSchema } = await import('@czp/contract/schemas');
    const raw = storage?.getItem(CACHE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { etag?: unknown; catalogue?: unknown };
    const catalogue = catalogueSchema.safeParse(parsed.catalogue);
    if (!catalogue.success) return null;
    return { etag: typeof parsed.etag === 'string' ? parsed.etag : null, catalogue: catalogue.data };
  } catch {
    return null;
  }
}

export function writeCachedCatalogue(storage: Storage | undefined, value: CachedCatalogue): void {
  try {
    storage?.setItem(CACHE_KEY, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the portal still works, only without offline fallback.
  }
}

/**
 * Fetches the catalogue, revalidating with the ETag of the cached copy. Falls back to the cached
 * copy when the API is down or answers with something that is not a catalogue.
 */
export async function fetchCatalogue(fetchFn: typeof fetch, storage: Storage | undefined): Promise<CatalogueResult> {
  // Loaded only on this path (no boot data): zod is not part of the first load.
  const { catalogueSchema } = await import('@czp/contract/schemas');
  const cached = await readCachedCatalogue(storage);
  try {
    const response = await fetchFn('/api/catalogue', {
      headers: cached?.etag
        ? { 'if-none-match': cached.etag, accept: 'application/json' }
        : { accept: 'application/json' },
    });
    if (response.status === 304 && cached) return { services: cached.catalogue.services, source: 'server' };
    if (!response.ok) throw new Error(`catalogue answered ${response.status}`);
    const catalogue = catalogueSchema.parse(await response.json());
    writeCachedCatalogue(storage, { etag: response.headers.get('etag'), catalogue });
    return { services: catalogue.services, source: 'server' };
  } catch {
    return cached ? { services: cached.catalogue.services, source: 'cache' } : { services: [], source: 'unavailable' };
  }
}

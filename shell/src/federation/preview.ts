import type { CatalogueEntry, PreviewOverride } from '@czp/contract';
import { readBootData } from '../boot.js';

/**
 * The developer preview this page runs with, from the boot data the server wrote (only after the portal's own
 * confirmation page; never from the URL), or null. Checked again here: an origin and nothing more.
 */
export function readPreview(doc: Document | undefined): PreviewOverride | null {
  const preview = doc ? readBootData(doc)?.preview : undefined;
  if (!preview || typeof preview.serviceId !== 'string' || typeof preview.origin !== 'string') return null;
  try {
    const url = new URL(preview.origin);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== preview.origin) return null;
  } catch {
    return null;
  }
  return { serviceId: preview.serviceId, origin: preview.origin };
}

/**
 * The entry the shell loads for a service: the published one, or for the previewed service its development server's
 * `remoteEntry.js`, with no hashes to pin (the developer's files change with every build) and nothing to preload.
 */
export function entryFor(entry: CatalogueEntry, preview: PreviewOverride | null): CatalogueEntry {
  if (!preview || preview.serviceId !== entry.id) return entry;
  return { ...entry, entryUrl: `${preview.origin}/remoteEntry.js`, integrity: {}, preload: { js: [], css: [] } };
}

import type { CatalogueEntry } from '@czp/contract';
import { usePortal } from '../state/use-store.js';

/**
 * The citizen's services in their order (as catalogue entries; a withdrawn one drops out). Apart from MyServices: the
 * frame's "my services" row needs it on every page, the home page's list only on the home page's chunk.
 */
export function useMyServices(): CatalogueEntry[] {
  const ids = usePortal((s) => s.myServices);
  const catalogue = usePortal((s) => s.catalogue);
  return ids.flatMap((id) => catalogue.find((entry) => entry.id === id) ?? []);
}

import { BOOT_DATA_ELEMENT_ID, type BootData, isLocale } from '@czp/contract';

/**
 * Reads the boot JSON; null when absent or malformed (then the shell fetches the catalogue and
 * validates it fully). The server validates what it embeds against the contract's schemas (its
 * tests check that), so only the shape is checked here: zod stays off the first-load path.
 */
export function readBootData(doc: Document): BootData | null {
  const text = doc.getElementById(BOOT_DATA_ELEMENT_ID)?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as Partial<BootData> | null;
    if (!data || !isLocale(data.locale) || !Array.isArray(data.catalogue?.services)) return null;
    if (typeof data.csrfToken !== 'string' || typeof data.version !== 'string') return null;
    if (typeof data.session !== 'object' || data.session === null || !('person' in data.session)) return null;
    if (!Array.isArray(data.myServices) || typeof data.cspNonce !== 'string') return null;
    return data as BootData;
  } catch {
    return null;
  }
}

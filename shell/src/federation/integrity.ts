import type { CatalogueEntry } from '@czp/contract';

/**
 * Pins a service's scripts to the hashes recorded when it was published, with an import map (`integrity`), before any
 * of them loads: the browser then refuses a file whose bytes differ (a tampered file fails to load, and the service
 * shows its fallback). The server's page already carries the map of the page's own service; this adds the others as
 * the citizen opens them. The map is an inline script, allowed by the page's CSP nonce.
 */
export function createIntegrityPinner(doc: Document, nonce: string | null): (entry: CatalogueEntry) => void {
  const pinned = new Set<string>();
  for (const script of doc.querySelectorAll<HTMLScriptElement>('script[type="importmap"]')) {
    try {
      const map = JSON.parse(script.textContent ?? '{}') as { integrity?: Record<string, string> };
      for (const url of Object.keys(map.integrity ?? {})) pinned.add(url);
    } catch {
      // Not ours: leave it.
    }
  }
  return (entry) => {
    const fresh = Object.entries(entry.integrity).filter(([url]) => !pinned.has(url));
    if (fresh.length === 0) return;
    const script = doc.createElement('script');
    script.type = 'importmap';
    if (nonce) script.nonce = nonce;
    script.textContent = JSON.stringify({ integrity: Object.fromEntries(fresh) });
    doc.head.append(script);
    for (const [url] of fresh) pinned.add(url);
  };
}

import type { CatalogueEntry } from '@czp/contract';
import { escapeHtmlAttribute, scriptSafeJson } from './html.js';

/**
 * Preload hints for a service page, so the remote's code is fetched in parallel with the shell's, and the import map
 * that pins every script of the service to its recorded hash (Subresource Integrity): a changed file is refused by
 * the browser, for the preloads and for every later import.
 */
export function servicePreloadHead(entry: CatalogueEntry, nonce: string): { early: string; late: string } {
  const integrity = (url: string) => {
    const hash = entry.integrity[url];
    return hash ? ` integrity="${escapeHtmlAttribute(hash)}"` : '';
  };
  // Before the shell's own module script: an import map takes effect for what loads after it.
  const early = `<script type="importmap" nonce="${escapeHtmlAttribute(nonce)}">${scriptSafeJson({
    integrity: entry.integrity,
  })}</script>`;
  const late = [
    `<link rel="modulepreload" href="${escapeHtmlAttribute(entry.entryUrl)}"${integrity(entry.entryUrl)}>`,
    ...entry.preload.js.map(
      (href) => `<link rel="modulepreload" href="${escapeHtmlAttribute(href)}"${integrity(href)}>`,
    ),
    // Preloaded, not render-blocking: the remote's content appears only once its code runs, and the
    // Module Federation runtime adds the stylesheet itself before mounting it.
    // (No integrity on style preloads: the stylesheet link the runtime adds has none, and a preload whose mode
    // differs is fetched twice.)
    ...entry.preload.css.map((href) => `<link rel="preload" as="style" href="${escapeHtmlAttribute(href)}">`),
  ].join('\n    ');
  return { early, late };
}

/** The id of the service a URL belongs to: /services/<id> or below. */
export function serviceIdOfPath(pathname: string): string | null {
  const match = /^\/services\/([^/?#]+)(?:[/?#]|$)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

import { escapeHtmlAttribute, scriptSafeJson } from './html.js';

/** The shell's entry script as Vite writes it into the built index.html. */
const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/static\/[^"]+\.js)"><\/script>/;

/**
 * The shell's entry started after the browser has painted the server's HTML. Over a fast connection the entry
 * (300 KB of JavaScript) arrives before the first frame, and a module script runs as soon as the document is parsed:
 * its evaluation and the hydration it starts (100 ms on a desktop) came before the first paint. Instead the entry is
 * a modulepreload (fetched and compiled as before, at the same priority, pinned by the same crossorigin mode) and a
 * one-line module script, with the response's CSP nonce, imports it after the next frame. A page opened in a
 * background tab, which paints nothing and gets no animation frames, starts at once.
 */
export function paintFirst(document: string, scriptNonce: string): string {
  return document.replace(ENTRY_SCRIPT, (_tag, src: string) => {
    const start = `const start=()=>import(${scriptSafeJson(src)});document.visibilityState==="visible"?requestAnimationFrame(()=>setTimeout(start)):start();`;
    return `<link rel="modulepreload" crossorigin href="${escapeHtmlAttribute(src)}">\n    <script type="module" nonce="${escapeHtmlAttribute(scriptNonce)}">${start}</script>`;
  });
}

import type { Locale, Theme } from '@czp/contract';
import type { ResponseTemplate } from './response-template.js';

/** Everything a signed-out page's HTML depends on, besides the per-response values the template leaves holes for. */
export interface SignedOutPage {
  catalogueVersion: string;
  locale: Locale;
  theme: Theme | null;
  cookieNoticeDismissed: boolean;
  /** The request target as the shell's renderer gets it: its path and query decide the route and what it shows. */
  url: string;
}

/** The key of a page: one field a line (none can hold a line break: the URL's is percent-encoded). */
function keyOf(page: Omit<SignedOutPage, 'catalogueVersion'>): string {
  return `${page.locale}\n${page.theme ?? ''}\n${page.cookieNoticeDismissed ? 1 : 0}\n${page.url}`;
}

/**
 * Rendered signed-out pages of the current catalogue version, least recently used out first. A new catalogue version
 * empties it: a page of an older one is never served again. Bounded in entries and bytes, so URLs made up by the
 * thousand (any query string renders) cost renders, not memory.
 */
export class PageCache {
  private version: string | null = null;
  private readonly pages = new Map<string, ResponseTemplate>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 500,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  get(page: SignedOutPage): ResponseTemplate | undefined {
    if (page.catalogueVersion !== this.version) return undefined;
    const key = keyOf(page);
    const template = this.pages.get(key);
    if (template) {
      this.pages.delete(key);
      this.pages.set(key, template);
    }
    return template;
  }

  set(page: SignedOutPage, template: ResponseTemplate): void {
    if (page.catalogueVersion !== this.version) {
      this.pages.clear();
      this.bytes = 0;
      this.version = page.catalogueVersion;
    }
    const key = keyOf(page);
    const before = this.pages.get(key);
    if (before) {
      this.bytes -= before.bytes;
      this.pages.delete(key);
    }
    this.pages.set(key, template);
    this.bytes += template.bytes;
    for (const [oldest, evicted] of this.pages) {
      if (this.pages.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= evicted.bytes;
    }
  }

  get size(): number {
    return this.pages.size;
  }
}

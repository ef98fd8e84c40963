import { type CatalogueEntry, type Locale, SERVICE_CATEGORIES, type ServiceCategory } from '@czp/contract';
import { regionLabel } from './labels.js';

export interface CatalogueFilter {
  query: string;
  category: ServiceCategory | '';
  region: string;
}

export const NO_FILTER: CatalogueFilter = { query: '', category: '', region: '' };

/** Lower case without diacritics: "Příbram" is found by "pribram". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Each entry's searchable text, folded once: the search runs per key, the catalogue changes seldom (a new catalogue
 * is new objects, so its entries are folded again and the old ones' text is collected with them).
 */
const haystacks = new WeakMap<CatalogueEntry, string>();
function haystackOf(service: CatalogueEntry): string {
  let haystack = haystacks.get(service);
  if (haystack === undefined) {
    haystack = foldText(
      [
        service.name.cs,
        service.name.en,
        service.issuer.name.cs,
        service.issuer.name.en,
        service.description.cs,
        service.description.en,
      ].join(' '),
    );
    haystacks.set(service, haystack);
  }
  return haystack;
}

/** Services matching the search (name, issuer or description, in either language) and the chosen filters. */
export function filterCatalogue(services: CatalogueEntry[], filter: CatalogueFilter): CatalogueEntry[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return services.filter((service) => {
    if (filter.category && service.category !== filter.category) return false;
    if (filter.region && service.region !== filter.region) return false;
    if (words.length === 0) return true;
    const haystack = haystackOf(service);
    return words.every((word) => haystack.includes(word));
  });
}

/** The regions that occur in the catalogue (the Czech name as value), sorted by their label in the locale. */
export function regionsOf(services: CatalogueEntry[], locale: Locale): { value: string; label: string }[] {
  const collator = new Intl.Collator(locale === 'cs' ? 'cs' : 'en');
  return [...new Set(services.map((s) => s.region).filter((r): r is string => !!r))]
    .map((value) => ({ value, label: regionLabel(value, locale) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/**
 * The categories that have a service, in the contract's order: a filter is offered only where it finds something
 * (no service is in "business" today, so it is not offered).
 */
export function categoriesOf(services: CatalogueEntry[]): ServiceCategory[] {
  return SERVICE_CATEGORIES.filter((category) => services.some((service) => service.category === category));
}

/** The filter as URL query (so a filtered list can be linked and survives reload), and back. */
export function filterToSearch(filter: CatalogueFilter): string {
  const params = new URLSearchParams();
  if (filter.query) params.set('q', filter.query);
  if (filter.category) params.set('category', filter.category);
  if (filter.region) params.set('region', filter.region);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function filterFromSearch(search: string, categories: readonly string[]): CatalogueFilter {
  const params = new URLSearchParams(search);
  const category = params.get('category') ?? '';
  return {
    query: (params.get('q') ?? '').slice(0, 100),
    category: (categories.includes(category) ? category : '') as CatalogueFilter['category'],
    region: (params.get('region') ?? '').slice(0, 80),
  };
}

import type { CatalogueEntry, LocalizedText } from '@czp/contract';
import type { ShellMessageKey } from '../i18n/message-key.js';
import { SECTIONS, type SectionId, sectionHref, servicePath } from '../routing/routes.js';
import { type CatalogueFilter, foldText } from './filter.js';

/** A portal section worth a tile in the catalogue: a page that exists, run by the service that draws it. */
export interface CatalogueSection {
  id: SectionId;
  href: string;
  label: ShellMessageKey;
  /** The issuer of the service that draws the section: the one name shown for it. */
  issuer: LocalizedText;
}

/**
 * The sections the catalogue lists. A section exists when a service of the catalogue draws it (its tab leads away
 * from the section's own path, which shows only "being prepared"; no section has a shell page of its own yet). A
 * section that leads to the start page of a service (the data box) is that service: its tile among the services
 * stands for it, so it is not listed twice with two issuers.
 */
export function catalogueSections(catalogue: readonly CatalogueEntry[]): CatalogueSection[] {
  return SECTIONS.flatMap((section) => {
    const service = catalogue.find((entry) => entry.id === section.service);
    if (!service) return [];
    const href = sectionHref(section, () => true);
    if (href === section.path || href === servicePath(service.id)) return [];
    return [{ id: section.id, href, label: section.label, issuer: service.issuer.name }];
  });
}

/**
 * The sections matching the catalogue's filter as the services do: every word of the search in the label (as shown)
 * or the issuer's name; sections are the portal's own ("portal"), in no region.
 */
export function filterSections(
  sections: readonly CatalogueSection[],
  filter: CatalogueFilter,
  labelOf: (key: ShellMessageKey) => string,
): CatalogueSection[] {
  if (filter.region || (filter.category && filter.category !== 'portal')) return [];
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return sections.filter((section) => {
    const haystack = foldText([labelOf(section.label), section.issuer.cs, section.issuer.en].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

import type { CatalogueEntry } from '@czp/contract';
import { ServiceTile } from '@czp/design-system';
import { SelectField, TextField } from '@czp/design-system/forms';
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useShellActions } from '../actions/shell-actions.js';
import { addShellMessages, type ShellTranslator } from '../i18n/messages.js';
import { catalogueCs } from '../i18n/pages/catalogue.cs.js';
import { useT } from '../i18n/translator-context.js';
import { SERVICES_PATH, serviceDetailPath } from '../routing/routes.js';
import { usePortal } from '../state/use-store.js';
import {
  type CatalogueFilter,
  categoriesOf,
  filterCatalogue,
  filterFromSearch,
  filterToSearch,
  NO_FILTER,
  regionsOf,
} from './filter.js';
import { CATEGORY_LABEL, regionLabel } from './labels.js';
import { MyServiceButton, ServiceChangeNotice } from './MyServiceButton.js';
import { catalogueSections, filterSections } from './sections.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(catalogueCs);

/** How long after the last key the search is written to the URL (and so to the frame's state). */
export const SEARCH_URL_DELAY_MS = 300;

/**
 * The service catalogue (public): every service as a tile, searchable and filtered by category and region; the filter
 * lives in the URL so a result can be linked. Then the portal's sections that exist, filtered by the same search.
 *
 * Typing must answer at once: the field is the page's own state, drawn with the key; the tiles follow through
 * `useDeferredValue` (React draws them after the field, and drops a draw a newer key overtakes), each tile is memoised,
 * and the URL is written once typing pauses, not per key: writing it reroutes single-spa and changes the frame's
 * `search`, which redraws the whole frame. A category, a region, clearing and following a tile write it at once.
 */
export function ServicesPage() {
  const t = useT();
  const { navigate } = useShellActions();
  const services = usePortal((s) => s.catalogue);
  const search = usePortal((s) => s.search);
  // Only the categories that have a service are offered (and accepted from the URL).
  const categories = useMemo(() => categoriesOf(services), [services]);
  const filter = useMemo(() => filterFromSearch(search, categories), [search, categories]);
  // The field's text: the URL's until the citizen types; a new URL query (back, forward, clearing) replaces it.
  const [query, setQuery] = useState(filter.query);
  const [urlQuery, setUrlQuery] = useState(filter.query);
  if (filter.query !== urlQuery) {
    setUrlQuery(filter.query);
    setQuery(filter.query);
  }
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => ({ ...filter, query: deferredQuery }), [filter, deferredQuery]);
  const found = useMemo(() => filterCatalogue(services, shown), [services, shown]);
  const regions = useMemo(() => regionsOf(services, t.locale), [services, t.locale]);
  const sections = useMemo(
    () => filterSections(catalogueSections(services), shown, (key) => t.t(key)),
    [services, shown, t],
  );

  // Replace, not push: typing should not fill the history with every letter.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancelPending = () => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  };
  const change = (next: Partial<CatalogueFilter>) => {
    cancelPending();
    const url = `${SERVICES_PATH}${filterToSearch({ ...filter, query, ...next })}`;
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  const type = (text: string) => {
    setQuery(text);
    cancelPending();
    pending.current = setTimeout(() => change({ query: text }), SEARCH_URL_DELAY_MS);
  };
  // Leaving the page drops a write not made yet (it would put /services back into another page's URL); following a
  // tile writes it first, so going back returns to the search as typed.
  const changeRef = useRef(change);
  changeRef.current = change;
  useEffect(
    () => () => {
      if (pending.current !== null) clearTimeout(pending.current);
    },
    [],
  );
  const follow = useCallback(
    (href: string) => {
      if (pending.current !== null) changeRef.current({});
      navigate(href);
    },
    [navigate],
  );
  const filtered = query !== '' || filter.category !== '' || filter.region !== '';

  return (
    <>
      <h1>{t.t('servicesTitle')}</h1>
      <p>{t.t('servicesLead')}</p>
      <search className="czp-catalogue-filter" aria-label={t.t('catalogueSearchLabel')}>
        <form action={SERVICES_PATH} onSubmit={(event) => event.preventDefault()}>
          <TextField
            className="czp-catalogue-filter__field"
            label={t.t('catalogueSearchLabel')}
            hint={t.t('catalogueSearchHint')}
            name="q"
            type="search"
            value={query}
            maxLength={100}
            onChange={(event) => type(event.target.value)}
          />
          <SelectField
            className="czp-catalogue-filter__field"
            label={t.t('catalogueCategoryLabel')}
            name="category"
            placeholder={t.t('catalogueAll')}
            options={categories.map((category) => ({ value: category, label: t.t(CATEGORY_LABEL[category]) }))}
            value={filter.category}
            onChange={(event) => change({ category: event.target.value as CatalogueFilter['category'] })}
          />
          <SelectField
            className="czp-catalogue-filter__field"
            label={t.t('catalogueRegionLabel')}
            name="region"
            placeholder={t.t('catalogueAll')}
            options={regions}
            value={filter.region}
            onChange={(event) => change({ region: event.target.value })}
          />
          {filtered && (
            <button
              type="button"
              className="czp-shell-text-button"
              onClick={() => {
                setQuery('');
                change(NO_FILTER);
              }}
            >
              {t.t('catalogueClear')}
            </button>
          )}
        </form>
      </search>
      <p className="czp-catalogue-count" role="status">
        {found.length === 0
          ? t.t('catalogueNoResults')
          : t.t('catalogueResults', { count: t.formatNumber(found.length) })}
      </p>
      <ServiceChangeNotice />
      <ul className="czp-tiles gov-list--plain" aria-label={t.t('servicesTitle')}>
        {found.map((service) => (
          <CatalogueTile key={service.id} service={service} t={t} onNavigate={follow} />
        ))}
      </ul>
      {sections.length > 0 && (
        <section aria-labelledby="czp-portal-sections">
          <h2 id="czp-portal-sections">{t.t('portalSectionsTitle')}</h2>
          <ul className="czp-tiles gov-list--plain" aria-label={t.t('portalSectionsTitle')}>
            {sections.map((section) => (
              <li key={section.id} data-section-tile={section.id}>
                <ServiceTile
                  href={section.href}
                  name={t.t(section.label)}
                  issuer={t.t('issuedBy', { issuer: section.issuer[t.locale] })}
                  meta={t.t('categoryPortal')}
                  onNavigate={follow}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** A service's tile: drawn again only when the service, the language or the way to navigate change, not per key. */
const CatalogueTile = memo(function CatalogueTile({
  service,
  t,
  onNavigate,
}: {
  service: CatalogueEntry;
  t: ShellTranslator;
  onNavigate: (href: string) => void;
}) {
  const name = service.name[t.locale];
  return (
    <li data-service-tile={service.id}>
      <ServiceTile
        href={serviceDetailPath(service.id)}
        name={name}
        issuer={t.t('issuedBy', { issuer: service.issuer.name[t.locale] })}
        meta={[t.t(CATEGORY_LABEL[service.category]), service.region && regionLabel(service.region, t.locale)]
          .filter(Boolean)
          .join(' · ')}
        description={service.description[t.locale]}
        {...(service.logoUrl ? { logoUrl: service.logoUrl } : {})}
        actions={<MyServiceButton serviceId={service.id} serviceName={name} />}
        onNavigate={onNavigate}
      />
    </li>
  );
});

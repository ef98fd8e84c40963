import { ServiceTile } from '@czp/design-system';
import { SelectField, TextField } from '@czp/design-system/forms';
import { useMemo } from 'react';
import { useShellActions } from '../actions/shell-actions.js';
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

/**
 * The service catalogue (public): every service as a tile, searchable and filtered by category and region; the filter
 * lives in the URL so a result can be linked. Then the portal's sections that exist, filtered by the same search.
 */
export function ServicesPage() {
  const t = useT();
  const { navigate } = useShellActions();
  const services = usePortal((s) => s.catalogue);
  const search = usePortal((s) => s.search);
  // Only the categories that have a service are offered (and accepted from the URL).
  const categories = useMemo(() => categoriesOf(services), [services]);
  const filter = useMemo(() => filterFromSearch(search, categories), [search, categories]);
  const found = useMemo(() => filterCatalogue(services, filter), [services, filter]);
  const regions = useMemo(() => regionsOf(services, t.locale), [services, t.locale]);
  const sections = useMemo(
    () => filterSections(catalogueSections(services), filter, (key) => t.t(key)),
    [services, filter, t],
  );
  // Replace, not push: typing should not fill the history with every letter.
  const change = (next: Partial<CatalogueFilter>) => {
    const url = `${SERVICES_PATH}${filterToSearch({ ...filter, ...next })}`;
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  };
  const filtered = filter.query !== '' || filter.category !== '' || filter.region !== '';

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
            value={filter.query}
            maxLength={100}
            onChange={(event) => change({ query: event.target.value })}
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
            <button type="button" className="czp-shell-text-button" onClick={() => change(NO_FILTER)}>
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
        {found.map((service) => {
          const name = service.name[t.locale];
          return (
            <li key={service.id} data-service-tile={service.id}>
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
                onNavigate={(href) => navigate(href)}
              />
            </li>
          );
        })}
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
                  onNavigate={(href) => navigate(href)}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

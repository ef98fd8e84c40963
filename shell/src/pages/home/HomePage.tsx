import type { CatalogueEntry } from '@czp/contract';
import { ServiceTile } from '@czp/design-system';
import { consentHref } from '../../account/access.js';
import { useShellActions } from '../../actions/shell-actions.js';
import { MyServiceButton } from '../../catalogue/MyServiceButton.js';
import { MyServices } from '../../catalogue/MyServices.js';
import { addShellMessages } from '../../i18n/messages.js';
import { catalogueCs } from '../../i18n/pages/catalogue.cs.js';
import { homeCs } from '../../i18n/pages/home.cs.js';
import { useT } from '../../i18n/translator-context.js';
import { SECTIONS, SERVICES_PATH, serviceDetailPath } from '../../routing/routes.js';
import { usePortal } from '../../state/use-store.js';
import { DataBoxBlock, DocumentsBlock, PortalLink, SubmissionsBlock, useHomeT } from './OverviewBlocks.js';

// The strings only this page shows travel in its chunk: added when the module is evaluated, before it is drawn.
addShellMessages(homeCs);
addShellMessages(catalogueCs);

/** How many services the overview suggests to a citizen who has added none. */
const SUGGESTED = 3;

/** The portal's own sections' services (my data, the data box, …): reached by the main tabs, never suggested. */
const SECTION_SERVICES: ReadonlySet<string> = new Set(SECTIONS.map((section) => section.service));

/** Services to suggest: the catalogue's own services (not the portal's sections) the citizen has not added. */
export function suggestedServices(catalogue: readonly CatalogueEntry[], mine: readonly string[]): CatalogueEntry[] {
  return catalogue.filter((entry) => !SECTION_SERVICES.has(entry.id) && !mine.includes(entry.id)).slice(0, SUGGESTED);
}

/** /: signed out, every service of the catalogue; signed in, the citizen's overview. */
export function HomePage() {
  const person = usePortal((s) => s.session.person);
  return person ? <Overview /> : <AllServices />;
}

function AllServices() {
  const t = useT();
  const { navigate } = useShellActions();
  const services = usePortal((s) => s.catalogue);
  return (
    <>
      <h1>{t.t('homeTitle')}</h1>
      <p>{t.t('homeLead')}</p>
      <h2>{t.t('servicesTitle')}</h2>
      <ul className="czp-tiles gov-list--plain">
        {services.map((service) => (
          <li key={service.id}>
            <ServiceTile
              href={serviceDetailPath(service.id)}
              name={service.name[t.locale]}
              issuer={t.t('issuedBy', { issuer: service.issuer.name[t.locale] })}
              description={service.description[t.locale]}
              {...(service.logoUrl ? { logoUrl: service.logoUrl } : {})}
              onNavigate={(href) => navigate(href)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The signed-in overview: the citizen's services (or suggestions), then the data box, documents about to expire and
 * submissions in progress, each a block that loads and fails on its own. The personal blocks need the consent (their
 * APIs refuse without it), and each appears only when the catalogue has its service.
 */
function Overview() {
  const h = useHomeT();
  const consent = usePortal((s) => s.session.consent);
  const catalogue = usePortal((s) => s.catalogue);
  const mine = usePortal((s) => s.myServices);
  const has = (serviceId: string) => catalogue.some((entry) => entry.id === serviceId);
  const mineShown = mine.filter(has);
  return (
    <>
      <h1>{h.t('overviewTitle')}</h1>
      <p>{h.t('overviewLead')}</p>
      <MyServices />
      {mineShown.length === 0 && <Suggestions />}
      {consent === 'given' ? (
        <div className="czp-home-blocks">
          {has('data-box') && <DataBoxBlock />}
          {has('my-data') && <DocumentsBlock />}
          {has('submissions') && <SubmissionsBlock />}
        </div>
      ) : (
        <section className="czp-home-block" aria-labelledby="czp-home-consent-title">
          <h2 id="czp-home-consent-title">{h.t('consentTitle')}</h2>
          <p>{h.t('consentText')}</p>
          <p>
            <PortalLink href={consentHref('/')}>{h.t('consentLink')}</PortalLink>
          </p>
        </section>
      )}
      {mineShown.length > 0 && (
        <p>
          <PortalLink href={SERVICES_PATH}>{h.t('allServices')}</PortalLink>
        </p>
      )}
    </>
  );
}

function Suggestions() {
  const t = useT();
  const h = useHomeT();
  const { navigate } = useShellActions();
  const catalogue = usePortal((s) => s.catalogue);
  const mine = usePortal((s) => s.myServices);
  const suggested = suggestedServices(catalogue, mine);
  if (suggested.length === 0) return null;
  return (
    <section aria-labelledby="czp-home-suggestions-title">
      <h2 id="czp-home-suggestions-title">{h.t('suggestionsTitle')}</h2>
      <p>{h.t('suggestionsLead')}</p>
      <ul className="czp-tiles gov-list--plain">
        {suggested.map((service) => {
          const name = service.name[t.locale];
          return (
            <li key={service.id}>
              <ServiceTile
                href={serviceDetailPath(service.id)}
                name={name}
                issuer={t.t('issuedBy', { issuer: service.issuer.name[t.locale] })}
                description={service.description[t.locale]}
                {...(service.logoUrl ? { logoUrl: service.logoUrl } : {})}
                onNavigate={(href) => navigate(href)}
                actions={<MyServiceButton serviceId={service.id} serviceName={name} />}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

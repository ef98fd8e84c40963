import type { CatalogueEntry } from '@czp/contract';
import type { ShellTranslator } from '../i18n/messages.js';
import { ACCOUNT_PAGES, INFO_PAGES, type Route, SECTIONS } from '../routing/routes.js';

/** Every page has its own title (WCAG 2.4.2): "<page> – Portál občana". */
export function pageTitle(route: Route, catalogue: CatalogueEntry[], t: ShellTranslator): string {
  const portal = t.t('portalName');
  const part = (() => {
    switch (route.kind) {
      case 'home':
        return null;
      case 'services':
        return t.t('servicesTitle');
      case 'service':
      case 'service-detail':
        return catalogue.find((s) => s.id === route.serviceId)?.name[t.locale] ?? t.t('notFoundTitle');
      case 'section': {
        const section = SECTIONS.find((s) => s.id === route.section);
        return section ? t.t(section.label) : null;
      }
      case 'page': {
        const page = INFO_PAGES.find((p) => p.id === route.page);
        return page ? t.t(page.label) : null;
      }
      case 'account': {
        const page = ACCOUNT_PAGES.find((p) => p.id === route.page);
        return page ? t.t(page.label) : null;
      }
      case 'not-found':
        return t.t('notFoundTitle');
    }
  })();
  return part ? `${part} – ${portal}` : portal;
}

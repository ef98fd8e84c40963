import type { ShellTranslator } from '../i18n/messages.js';
import { INFO_PAGES, SERVICES_PATH } from '../routing/routes.js';

/** The links of the portal's footer: the accessibility statement, cookies, technical support and the catalogue. */
export function footerLinks(t: ShellTranslator): { label: string; items: { href: string; label: string }[] } {
  const page = (id: 'accessibility' | 'cookies' | 'support') => {
    const info = INFO_PAGES.find((p) => p.id === id);
    return info ? [{ href: info.path, label: t.t(info.label) }] : [];
  };
  return {
    label: t.t('footerLinks'),
    items: [
      ...page('accessibility'),
      ...page('cookies'),
      ...page('support'),
      { href: SERVICES_PATH, label: t.t('footerCatalogue') },
    ],
  };
}

import { SecondaryNav } from '@czp/design-system';
import { useShellActions } from '../actions/shell-actions.js';
import { useMyServices } from '../catalogue/use-my-services.js';
import { useT } from '../i18n/translator-context.js';
import { servicePath } from '../routing/routes.js';
import { usePortal } from '../state/use-store.js';

/**
 * The citizen's services as a second row of navigation under the main tabs (signed in, with at least one): titled
 * "Moje služby", each service a chip of its own, so it reads as a list of their services and not as a breadcrumb.
 */
export function MyServicesNav() {
  const t = useT();
  const { navigate } = useShellActions();
  const services = useMyServices();
  const path = usePortal((s) => s.path);
  const person = usePortal((s) => s.session.person);
  if (!person) return null;
  return (
    <SecondaryNav
      label={t.t('myServicesTitle')}
      labelled
      items={services.map((service) => {
        const href = servicePath(service.id);
        return { href, label: service.name[t.locale], current: path === href || path.startsWith(`${href}/`) };
      })}
      onNavigate={(href) => navigate(href)}
    />
  );
}

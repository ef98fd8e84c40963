import { isPlainLeftClick } from '@czp/design-system';
import { useMyServices } from '../pages/catalogue/MyServices.js';
import { servicePath } from '../routing/routes.js';
import { usePortal } from '../state/use-store.js';
import { useShellActions, useT } from './shell-context.js';

/** The citizen's services as a second row of navigation under the main tabs (signed in, with at least one). */
export function MyServicesNav() {
  const t = useT();
  const { navigate } = useShellActions();
  const services = useMyServices();
  const path = usePortal((s) => s.path);
  const person = usePortal((s) => s.session.person);
  if (!person || services.length === 0) return null;
  return (
    <nav className="czp-my-services-nav" aria-label={t.t('myServicesTitle')}>
      <ul>
        {services.map((service) => {
          const href = servicePath(service.id);
          const current = path === href || path.startsWith(`${href}/`);
          return (
            <li key={service.id}>
              <a
                href={href}
                aria-current={current ? 'page' : undefined}
                onClick={(event) => {
                  if (!isPlainLeftClick(event)) return;
                  event.preventDefault();
                  navigate(href);
                }}
              >
                {service.name[t.locale]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

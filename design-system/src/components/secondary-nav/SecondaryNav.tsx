import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

interface SecondaryNavItem {
  href: string;
  label: string;
  /** The page shown is this item's (or below it): `aria-current="page"`. */
  current?: boolean;
}

export interface SecondaryNavProps {
  /** Accessible name of the navigation, e.g. "Moje služby" (tells it from the main navigation). */
  label: string;
  items: SecondaryNavItem[];
  /** Called for plain left clicks only, after `preventDefault()`. */
  onNavigate?: NavigateHandler;
}

/** A second row of navigation under the main tabs (the citizen's own services). Nothing without items. */
export function SecondaryNav({ label, items, onNavigate }: SecondaryNavProps) {
  if (items.length === 0) return null;
  return (
    <nav className="czp-secondary-nav" aria-label={label}>
      <ul className="czp-secondary-nav__list">
        {items.map((item) => (
          <li key={item.href} className="czp-secondary-nav__item">
            <a
              className="czp-secondary-nav__link"
              href={item.href}
              aria-current={item.current ? 'page' : undefined}
              onClick={linkClickHandler(item.href, onNavigate)}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

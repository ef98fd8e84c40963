import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface MainTab {
  href: string;
  label: string;
  /** The tab of the page being shown: marked with aria-current="page". */
  current?: boolean;
}

export interface MainTabsProps {
  /** Accessible name of the navigation, e.g. "Hlavní navigace". */
  label: string;
  items: MainTab[];
  onNavigate?: NavigateHandler;
}

/** The portal's main sections (PROFIL, DATA, DATOVÁ SCHRÁNKA...) as a navigation of real links. */
export function MainTabs({ label, items, onNavigate }: MainTabsProps) {
  return (
    <nav className="czp-tabs" aria-label={label}>
      <ul className="czp-tabs__list">
        {items.map((item) => (
          <li className="czp-tabs__item" key={item.href}>
            <a
              className="czp-tabs__link"
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

import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface MainTab {
  href: string;
  label: string;
  /** The tab of the page being shown: marked with aria-current="page". */
  current?: boolean;
  /** A count beside the label (unread messages), with its meaning for screen readers, e.g. "3 nepřečtené". */
  badge?: { count: number; label: string };
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
              {item.badge && item.badge.count > 0 && (
                <>
                  <span className="czp-tabs__badge" aria-hidden="true">
                    {item.badge.count > 99 ? '99+' : item.badge.count}
                  </span>
                  <span className="czp-visually-hidden">, {item.badge.label}</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

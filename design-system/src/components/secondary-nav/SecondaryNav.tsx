import { useId } from 'react';
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
  /**
   * Show the label as the row's visible title and the items as separate chips: a labelled list of places of their
   * own (the citizen's services), so it does not read as a breadcrumb. Default false: plain links (data box folders).
   */
  labelled?: boolean;
  /** Called for plain left clicks only, after `preventDefault()`. */
  onNavigate?: NavigateHandler;
}

/** A second row of navigation under the main tabs (the citizen's own services). Nothing without items. */
export function SecondaryNav({ label, items, labelled = false, onNavigate }: SecondaryNavProps) {
  const labelId = useId();
  if (items.length === 0) return null;
  const list = (
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
  );
  if (!labelled) {
    return (
      <nav className="czp-secondary-nav" aria-label={label}>
        {list}
      </nav>
    );
  }
  // The visible title names the landmark (one name for eyes and screen readers); not a heading, so the page's h1
  // stays the first heading.
  return (
    <nav className="czp-secondary-nav czp-secondary-nav--labelled" aria-labelledby={labelId}>
      <div className="czp-secondary-nav__row">
        <span id={labelId} className="czp-secondary-nav__title">
          {label}
        </span>
        {list}
      </div>
    </nav>
  );
}

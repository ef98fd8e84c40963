import type { MouseEvent, ReactNode } from 'react';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface PortalHeaderProps {
  /** The portal's name, e.g. "Portál občana"; links to `homeHref`. */
  portalName: string;
  /** The line under the name, e.g. "Portál veřejné správy". */
  subtitle?: string;
  /** Where the portal name leads. Default "/". */
  homeHref?: string;
  /** Text of the skip link, e.g. "Přeskočit na obsah". */
  skipLinkLabel: string;
  /** The id of the main content the skip link moves to. Default "main" (PageLayout's `<main>`). */
  mainId?: string;
  /** Right-hand side: the signed-in person or login, the language switch, the settings menu. */
  actions?: ReactNode;
  onNavigate?: NavigateHandler;
}

/** Moves focus to the main content without changing the URL (the router owns the URL). */
function skipTo(mainId: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = event.currentTarget.ownerDocument.getElementById(mainId);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.();
  };
}

/** The portal's banner: skip link, portal name and subtitle, and the person/language/settings slot. */
export function PortalHeader({
  portalName,
  subtitle,
  homeHref = '/',
  skipLinkLabel,
  mainId = 'main',
  actions,
  onNavigate,
}: PortalHeaderProps) {
  return (
    <header className="czp-header">
      <a className="czp-skip-link" href={`#${mainId}`} onClick={skipTo(mainId)}>
        {skipLinkLabel}
      </a>
      <div className="czp-header__inner">
        <div className="czp-header__brand">
          <a className="czp-header__home" href={homeHref} onClick={linkClickHandler(homeHref, onNavigate)}>
            {portalName}
          </a>
          {subtitle && <p className="czp-header__subtitle">{subtitle}</p>}
        </div>
        {actions && <div className="czp-header__actions">{actions}</div>}
      </div>
    </header>
  );
}

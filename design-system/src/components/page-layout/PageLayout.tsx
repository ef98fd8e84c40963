import type { ReactNode } from 'react';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

interface FooterLinks {
  /** The navigation's name, e.g. "O portálu" (tells it from the main navigation). */
  label: string;
  items: { href: string; label: string }[];
}

export interface PageLayoutProps {
  children: ReactNode;
  /** Footer content (operator, version...), rendered in a `<footer>` after the links. */
  footer?: ReactNode;
  /** The footer's links (accessibility statement, cookies, support...): a named navigation of real links. */
  links?: FooterLinks;
  /** Called for plain left clicks on a footer link only, after `preventDefault()`. */
  onNavigate?: NavigateHandler;
  /** The main element's id: the skip link's target. Default "main". */
  id?: string;
}

/** `<main id="main" tabIndex={-1}>` at the portal's width and spacing, and an optional footer with its links. */
export function PageLayout({ children, footer, links, onNavigate, id = 'main' }: PageLayoutProps) {
  const hasLinks = links !== undefined && links.items.length > 0;
  return (
    <>
      <main id={id} tabIndex={-1} className="czp-main">
        <div className="czp-container">{children}</div>
      </main>
      {(footer || hasLinks) && (
        <footer className="czp-footer">
          <div className="czp-container">
            {hasLinks && (
              <nav className="czp-footer__nav" aria-label={links.label}>
                <ul className="czp-footer__links">
                  {links.items.map((item) => (
                    <li key={item.href}>
                      <a href={item.href} onClick={linkClickHandler(item.href, onNavigate)}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            {footer}
          </div>
        </footer>
      )}
    </>
  );
}

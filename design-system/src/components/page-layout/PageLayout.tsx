import type { ReactNode } from 'react';

export interface PageLayoutProps {
  children: ReactNode;
  /** Footer content (links, version...), rendered in a `<footer>`. */
  footer?: ReactNode;
  /** The main element's id: the skip link's target. Default "main". */
  id?: string;
}

/** `<main id="main" tabIndex={-1}>` at the portal's width and spacing, and an optional footer. */
export function PageLayout({ children, footer, id = 'main' }: PageLayoutProps) {
  return (
    <>
      <main id={id} tabIndex={-1} className="czp-main">
        <div className="czp-container">{children}</div>
      </main>
      {footer && (
        <footer className="czp-footer">
          <div className="czp-container">{footer}</div>
        </footer>
      )}
    </>
  );
}

import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { GovButton } from '../../gov.js';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface ButtonLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children' | 'color'> {
  /** Where it leads: a real `<a href>`, so it opens in a new tab, can be copied and works without JavaScript. */
  href: string;
  /** The link text. */
  children: ReactNode;
  /** `primary`: gov.cz solid button (the page's main action); `secondary`: outlined. Default `primary`. */
  variant?: 'primary' | 'secondary';
  /** gov.cz button size. Default `m`. */
  size?: 's' | 'm' | 'l';
  /** Called for plain left clicks only (after `preventDefault()`), for navigation without a page load. */
  onNavigate?: NavigateHandler;
}

/** A link drawn as a gov.cz button (GovButton around an `<a>`): for actions that go somewhere, like "Log in". */
export function ButtonLink({
  href,
  children,
  variant = 'primary',
  size,
  onNavigate,
  onClick,
  className,
  ...rest
}: ButtonLinkProps) {
  const navigate = linkClickHandler(href, onNavigate);
  return (
    <GovButton
      asChild
      type={variant === 'primary' ? 'solid' : 'outlined'}
      color="primary"
      {...(size ? { size } : {})}
      className={className ? `czp-button-link ${className}` : 'czp-button-link'}
    >
      <a
        {...rest}
        href={href}
        onClick={(event: MouseEvent<HTMLAnchorElement>) => {
          onClick?.(event);
          navigate?.(event);
        }}
      >
        {children}
      </a>
    </GovButton>
  );
}

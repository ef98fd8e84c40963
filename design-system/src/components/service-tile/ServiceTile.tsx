import type { ReactNode } from 'react';
import { GovTile } from '../../gov.js';
import { linkClickHandler, type NavigateHandler } from '../../internal/navigation.js';

export interface ServiceTileProps {
  /** The service's detail or start page. */
  href: string;
  /** The service's name: the link text. */
  name: string;
  /** Who runs it, as the caller wants it shown, e.g. "Vydává: Město Telč". */
  issuer: string;
  /** One or two sentences about the service. */
  description?: string;
  /** The service's logo (decorative: the name says what it is). */
  logoUrl?: string;
  /** A short line under the issuer, e.g. the category and region, or "Přidáno do mých služeb". */
  meta?: string;
  /** Controls below the text, e.g. an add/remove button. */
  actions?: ReactNode;
  onNavigate?: NavigateHandler;
}

/** A tile linking to a service (gov.cz GovTile with a clickable title). */
export function ServiceTile({ href, name, issuer, description, logoUrl, meta, actions, onNavigate }: ServiceTileProps) {
  return (
    <GovTile
      className="czp-service-tile"
      title={
        <a href={href} onClick={linkClickHandler(href, onNavigate)}>
          {logoUrl && <img className="czp-service-tile__logo" src={logoUrl} alt="" width={32} height={32} />}
          {name}
        </a>
      }
    >
      <span className="czp-service-tile__issuer">{issuer}</span>
      {meta && <span className="czp-service-tile__meta">{meta}</span>}
      {description && <span className="czp-service-tile__description">{description}</span>}
      {actions && <span className="czp-service-tile__actions">{actions}</span>}
    </GovTile>
  );
}

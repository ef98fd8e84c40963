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
  onNavigate?: NavigateHandler;
}

/** A tile linking to a service (gov.cz GovTile with a clickable title). */
export function ServiceTile({ href, name, issuer, description, onNavigate }: ServiceTileProps) {
  return (
    <GovTile
      className="czp-service-tile"
      title={
        <a href={href} onClick={linkClickHandler(href, onNavigate)}>
          {name}
        </a>
      }
    >
      <span className="czp-service-tile__issuer">{issuer}</span>
      {description && <span className="czp-service-tile__description">{description}</span>}
    </GovTile>
  );
}

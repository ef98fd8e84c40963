import { type ReactNode, useId } from 'react';
import { Heading, type HeadingLevel } from '../../internal/heading.js';

/** The texts of the facts list, in the caller's language. */
export interface ServiceDetailLabels {
  /** Heading of the facts list, e.g. "O službě". */
  facts: string;
  issuer: string;
  /** Before the issuer's company number, e.g. "IČO". */
  ico: string;
  category: string;
  region: string;
  web: string;
  support: string;
  /** E.g. "Požadovaná úroveň ověření". */
  level: string;
  /** E.g. "Jaké vaše údaje může služba číst". */
  reads: string;
  /** Shown when the service reads none of the citizen's data, e.g. "žádné". */
  readsNone: string;
  version: string;
  /** Before the publication date, e.g. "Zveřejněno". */
  published: string;
}

export interface ServiceDetailProps {
  /** The service's name: the page's heading. */
  name: string;
  /** Decorative logo beside the name. */
  logoUrl?: string;
  /** The issuer's description, shown as text (never as HTML). */
  description: string;
  /** Who runs it, e.g. "Město Telč". */
  issuer: string;
  /** The issuer's company number (IČO). */
  ico: string;
  /** The category as shown, e.g. "Obce a města". */
  category: string;
  region?: string;
  /** The service's or issuer's web site (a link, shown as its address). */
  web?: string;
  supportEmail: string;
  /** As shown, e.g. "+420 567 112 411"; the link dials it without spaces. */
  supportPhone: string;
  /** The required level of assurance as shown, e.g. "značná" or "bez přihlášení". */
  level: string;
  /** The kinds of the citizen's data the service may read, as shown. */
  reads: string[];
  version: string;
  /** The publication date, formatted by the caller. */
  published: string;
  /** The same date as ISO 8601, for `<time dateTime>`. */
  publishedAt?: string;
  /** Open / Add / Remove controls, under the description. */
  actions?: ReactNode;
  /** Under the actions: e.g. the status line of the last change. */
  children?: ReactNode;
  labels: ServiceDetailLabels;
  /** Level of the name heading; the facts heading is one below. Default 1. */
  headingLevel?: Exclude<HeadingLevel, 6>;
}

/** A service's page in the catalogue: name, description, actions, and the facts (issuer, support, data it reads). */
export function ServiceDetail({
  name,
  logoUrl,
  description,
  issuer,
  ico,
  category,
  region,
  web,
  supportEmail,
  supportPhone,
  level,
  reads,
  version,
  published,
  publishedAt,
  actions,
  children,
  labels,
  headingLevel = 1,
}: ServiceDetailProps) {
  const nameId = useId();
  return (
    <article className="czp-service-detail" aria-labelledby={nameId}>
      <header className="czp-service-detail__header">
        {logoUrl && <img className="czp-service-detail__logo" src={logoUrl} alt="" width={48} height={48} />}
        <Heading level={headingLevel} className="czp-service-detail__name" id={nameId}>
          {name}
        </Heading>
      </header>
      <p className="czp-service-detail__description">{description}</p>
      {actions && <div className="czp-service-detail__actions">{actions}</div>}
      {children}
      <Heading level={(headingLevel + 1) as HeadingLevel} className="czp-service-detail__facts-title">
        {labels.facts}
      </Heading>
      <dl className="czp-service-detail__facts">
        <dt>{labels.issuer}</dt>
        <dd>
          {issuer} ({labels.ico} {ico})
        </dd>
        <dt>{labels.category}</dt>
        <dd>{category}</dd>
        {region && (
          <>
            <dt>{labels.region}</dt>
            <dd>{region}</dd>
          </>
        )}
        {web && (
          <>
            <dt>{labels.web}</dt>
            <dd>
              <a href={web} rel="noopener noreferrer">
                {web}
              </a>
            </dd>
          </>
        )}
        <dt>{labels.support}</dt>
        <dd>
          <a href={`mailto:${supportEmail}`}>{supportEmail}</a>,{' '}
          <a href={`tel:${supportPhone.replace(/[^\d+]/g, '')}`}>{supportPhone}</a>
        </dd>
        <dt>{labels.level}</dt>
        <dd>{level}</dd>
        <dt>{labels.reads}</dt>
        <dd>
          {reads.length === 0 ? (
            labels.readsNone
          ) : (
            <ul className="czp-service-detail__reads">
              {reads.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{labels.version}</dt>
        <dd>
          {version} ({labels.published} {publishedAt ? <time dateTime={publishedAt}>{published}</time> : published})
        </dd>
      </dl>
    </article>
  );
}

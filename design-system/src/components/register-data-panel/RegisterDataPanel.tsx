import { type ReactNode, useId } from 'react';
import { GovButton } from '../../gov.js';
import { Heading, type HeadingLevel } from '../../internal/heading.js';
import type { NavigateHandler } from '../../internal/navigation.js';
import { ButtonLink } from '../button-link/ButtonLink.js';

export interface RegisterDataRow {
  label: string;
  /** The value as shown (dates and numbers formatted by the caller); empty or missing: the panel's `emptyText`. */
  value?: string | null;
  /** Instead of `value`: rich content (a list, a value with a retry button). */
  content?: ReactNode;
  /** When the value is a date: the same date as ISO 8601, for `<time dateTime>`. */
  dateTime?: string;
}

/** "Send a data-related complaint": a link (`href`) or a button (`onClick`). */
export interface RegisterDataComplaint {
  label: string;
  href?: string;
  /** With `href`: plain left clicks only, after `preventDefault()`. */
  onNavigate?: NavigateHandler;
  /** Without `href`: the button's action. */
  onClick?: () => void;
}

export interface RegisterDataPanelProps {
  /** E.g. "Adresa trvalého pobytu". */
  title: string;
  /** Level of the title heading. Default 2. */
  headingLevel?: HeadingLevel;
  /** Before the source register, e.g. "Zdroj". */
  sourceLabel?: string;
  /** The register the data come from, e.g. "Základní registr obyvatel (ROB)"; none for data the portal keeps. */
  source?: string;
  rows?: RegisterDataRow[];
  /** Shown for a row without a value, e.g. "neuvedeno". */
  emptyText: string;
  /** The "send a data-related complaint" action of this panel. */
  complaint?: RegisterDataComplaint;
  /** While the data load (aria-busy): the panel keeps its title and source, `children` say it is loading. */
  busy?: boolean;
  /** Before the rows: a line the rows are read by (a document's state). */
  lead?: ReactNode;
  /** After the rows: a loading line, a register's failure with a retry, a lead or a form. */
  children?: ReactNode;
  /** The title's id, for controls inside `children` that name the panel (aria-describedby). */
  titleId?: string;
  /** The element: a `section` (default) or an `article` in a list of panels. */
  as?: 'section' | 'article';
}

/** The citizen's data from one base register: label/value rows, the source, and a way to complain about them. */
export function RegisterDataPanel({
  title,
  headingLevel = 2,
  sourceLabel,
  source,
  rows = [],
  emptyText,
  complaint,
  busy,
  children,
  as: Element = 'section',
  titleId: givenTitleId,
  lead,
}: RegisterDataPanelProps) {
  const ownTitleId = useId();
  const titleId = givenTitleId ?? ownTitleId;
  return (
    <Element className="czp-register-data-panel" aria-labelledby={titleId} aria-busy={busy || undefined}>
      <Heading level={headingLevel} className="czp-register-data-panel__title" id={titleId}>
        {title}
      </Heading>
      {source && (
        <p className="czp-register-data-panel__source">
          {sourceLabel ? `${sourceLabel}: ` : ''}
          {source}
        </p>
      )}
      {lead}
      {rows.length > 0 && (
        <dl className="czp-register-data-panel__rows">
          {rows.map((row) => {
            if (row.content !== undefined) {
              return (
                <div className="czp-register-data-panel__row" key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>{row.content}</dd>
                </div>
              );
            }
            const empty = !row.value;
            return (
              <div className="czp-register-data-panel__row" key={row.label}>
                <dt>{row.label}</dt>
                <dd className={empty ? 'czp-register-data-panel__empty' : undefined}>
                  {empty ? emptyText : row.dateTime ? <time dateTime={row.dateTime}>{row.value}</time> : row.value}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {children}
      {complaint && (complaint.href || complaint.onClick) && (
        <div className="czp-register-data-panel__actions">
          {complaint.href ? (
            <ButtonLink
              href={complaint.href}
              variant="secondary"
              size="s"
              aria-describedby={titleId}
              {...(complaint.onNavigate ? { onNavigate: complaint.onNavigate } : {})}
            >
              {complaint.label}
            </ButtonLink>
          ) : (
            <GovButton type="outlined" color="primary" size="s" aria-describedby={titleId} onClick={complaint.onClick}>
              {complaint.label}
            </GovButton>
          )}
        </div>
      )}
    </Element>
  );
}

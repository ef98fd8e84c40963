import { GovTag } from '../../gov.js';
import { Heading, type HeadingLevel } from '../../internal/heading.js';

/** Marks an event or a day as today's or the next one, with visible text (never by colour alone). */
export interface CalendarListHighlight {
  /** `today` also sets `aria-current="date"`. */
  kind: 'today' | 'next';
  /** The visible text, e.g. "Dnes" or "Nejbližší svoz". */
  label: string;
}

export interface CalendarListEvent {
  /** Unique within the list. */
  id: string;
  /** What happens, e.g. "Směsný komunální odpad". */
  title: string;
  /** The event's day as the caller formats it, e.g. "út 3. března". Needed in month groups; omit in day groups. */
  dateLabel?: string;
  /** Machine-readable date of `dateLabel` (ISO 8601, e.g. "2026-03-03" or "2026-03-03T09:00"). */
  dateTime?: string;
  /** A line under the title, e.g. the time or the place. */
  detail?: string;
  /** A short kind label shown as a tag, e.g. "Svoz odpadu". */
  tag?: string;
  highlight?: CalendarListHighlight;
}

export interface CalendarListGroup {
  /** Unique within the list. */
  id: string;
  /** The group's heading as the caller formats it: a month ("březen 2026") or a day ("úterý 3. března 2026"). */
  label: string;
  /** Machine-readable `label`: "2026-03" for a month, "2026-03-03" for a day. */
  dateTime: string;
  /** For a day group: marks the whole day (today, the next one). */
  highlight?: CalendarListHighlight;
  events: readonly CalendarListEvent[];
}

export interface CalendarListProps {
  /** Months or days in order, each with its events in order. */
  groups: readonly CalendarListGroup[];
  /** Shown instead of the list when there are no events, e.g. "V nejbližších týdnech nic nenastane." */
  emptyText: string;
  /** Level of each group's heading. Default 3 (under the page's or section's h2). */
  headingLevel?: HeadingLevel;
  /** Class on the wrapper (the caller's layout: margins, width). */
  className?: string;
}

function HighlightTag({ highlight }: { highlight: CalendarListHighlight }) {
  return (
    <GovTag
      className="czp-calendar-list__highlight"
      color="primary"
      type={highlight.kind === 'today' ? 'bold' : 'subtle'}
    >
      {highlight.label}
    </GovTag>
  );
}

/**
 * Dated events grouped by month or by day: a heading per group (with `<time dateTime>`), a list of events under it.
 * Ours (gov.cz has no calendar list); tags are gov.cz GovTag.
 */
export function CalendarList({ groups, emptyText, headingLevel = 3, className }: CalendarListProps) {
  const wrapper = className ? `czp-calendar-list ${className}` : 'czp-calendar-list';
  const filled = groups.filter((group) => group.events.length > 0);
  if (filled.length === 0) {
    return (
      <div className={wrapper}>
        <p className="czp-calendar-list__empty">{emptyText}</p>
      </div>
    );
  }
  return (
    <div className={wrapper}>
      {filled.map((group) => (
        <div
          key={group.id}
          className="czp-calendar-list__group"
          data-highlight={group.highlight?.kind}
          aria-current={group.highlight?.kind === 'today' ? 'date' : undefined}
        >
          <Heading level={headingLevel} className="czp-calendar-list__group-title">
            <time dateTime={group.dateTime}>{group.label}</time>
            {group.highlight && (
              <>
                {' '}
                <HighlightTag highlight={group.highlight} />
              </>
            )}
          </Heading>
          <ol className="czp-calendar-list__events">
            {group.events.map((event) => (
              <li
                key={event.id}
                className="czp-calendar-list__event"
                data-highlight={event.highlight?.kind}
                aria-current={event.highlight?.kind === 'today' ? 'date' : undefined}
              >
                {event.dateLabel && (
                  <time className="czp-calendar-list__date" dateTime={event.dateTime}>
                    {event.dateLabel}
                  </time>
                )}
                <span className="czp-calendar-list__body">
                  <span className="czp-calendar-list__title">{event.title}</span>
                  {event.detail && <span className="czp-calendar-list__detail">{event.detail}</span>}
                </span>
                {(event.tag || event.highlight) && (
                  <span className="czp-calendar-list__tags">
                    {event.tag && (
                      <GovTag className="czp-calendar-list__tag" color="neutral" type="subtle">
                        {event.tag}
                      </GovTag>
                    )}
                    {event.highlight && <HighlightTag highlight={event.highlight} />}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

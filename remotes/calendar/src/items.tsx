import type { CalendarItem } from '@czp/contract';
import { useTranslator } from '@czp/remote-sdk';
import { messages } from './messages.js';
import { PortalLink, ServiceLink } from './shared.js';

/** One item: its kind in words (never only a colour), its time or "all day", its title, leading where it belongs. */
export function ItemEntry({ item }: { item: CalendarItem }) {
  const { t, locale } = useTranslator(messages);
  const title = item.title[locale];
  return (
    <span className={`calendar-item calendar-item--${item.kind}`}>
      <span className="calendar-item__kind">{t(`kind.${item.kind}`)}</span>{' '}
      <span className="calendar-item__time">{item.time ?? t('wholeDay')}</span>{' '}
      {item.link ? (
        <PortalLink href={item.link}>{title}</PortalLink>
      ) : item.kind === 'reminder' ? (
        <ServiceLink to="/reminders">{title}</ServiceLink>
      ) : (
        <span>{title}</span>
      )}
      {item.place && <span className="calendar-item__place"> ({item.place})</span>}
    </span>
  );
}

/** A day YYYY-MM-DD in the citizen's language ("pondělí 7. prosince 2026" / "Monday 7 December 2026"). */
export function useDayFormat() {
  const { formatDate } = useTranslator(messages);
  return (day: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', dateStyle: undefined }) =>
    formatDate(new Date(`${day}T12:00:00Z`), {
      timeZone: 'UTC',
      ...(options.weekday ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : options),
    });
}

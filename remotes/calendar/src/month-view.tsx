import { Notice } from '@czp/design-system';
import { useTranslator } from '@czp/remote-sdk';
import { ItemEntry, useDayFormat } from './items.js';
import { messages } from './messages.js';
import { monthGrid, shiftMonth } from './month.js';
import { paths } from './routes.js';
import { Button, ServiceLink, useCalendarApi, useLoad, ViewHeading } from './shared.js';

/**
 * The month as a table (a week a row, Monday first): every day's items listed in its cell, today marked by
 * aria-current and a visible "Today", days of the neighbouring months in the first and last rows. Moving between
 * months are links (the address keeps the month), so the keyboard and the back button work as on any page.
 */
export function MonthView({ month: asked }: { month: string | null }) {
  const { t, formatDate } = useTranslator(messages);
  const api = useCalendarApi();
  const dayFormat = useDayFormat();
  // Before the first answer the month is the browser's; the server's "today" (Prague) decides after.
  const fallback = new Date().toISOString().slice(0, 7);
  const month = asked ?? fallback;
  const weeks = monthGrid(month);
  const from = weeks[0]?.[0] ?? `${month}-01`;
  const to = weeks.at(-1)?.[6] ?? `${month}-28`;
  const loaded = useLoad(() => api.items(from, to), [from, to]);
  const monthName = formatDate(new Date(`${month}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const heading = t('monthTitle', { month: monthName });

  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <Notice kind="error" role="alert">
        <p>{t('loadFailed')}</p>
        <Button onClick={loaded.retry}>{t('retry')}</Button>
      </Notice>
    );
  }
  const { items, today, unavailable } = loaded.data;
  const weekdays = (weeks[0] ?? []).map((day) => ({
    short: formatDate(new Date(`${day}T12:00:00Z`), { weekday: 'short', timeZone: 'UTC' }),
    long: formatDate(new Date(`${day}T12:00:00Z`), { weekday: 'long', timeZone: 'UTC' }),
  }));
  return (
    <section aria-labelledby="calendar-month-heading">
      <ViewHeading id="calendar-month-heading">{heading}</ViewHeading>
      {unavailable.length > 0 && <Notice kind="warning">{t('unavailable')}</Notice>}
      <nav className="calendar-month__moves" aria-label={heading}>
        <ServiceLink to={paths.month(shiftMonth(month, -1))}>{t('previousMonth')}</ServiceLink>
        <ServiceLink to={paths.month(today.slice(0, 7))} current={month === today.slice(0, 7)}>
          {t('thisMonth')}
        </ServiceLink>
        <ServiceLink to={paths.month(shiftMonth(month, 1))}>{t('nextMonth')}</ServiceLink>
      </nav>
      <table className="calendar-month">
        <caption className="calendar-visually-hidden">{heading}</caption>
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday.long} scope="col">
                <abbr title={weekday.long}>{weekday.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day, weekdayIndex) => {
                const dayItems = items.filter((item) => item.date === day);
                const outside = !day.startsWith(month);
                const isToday = day === today;
                return (
                  <td
                    key={day}
                    className={`calendar-day${outside ? ' calendar-day--outside' : ''}${isToday ? ' calendar-day--today' : ''}`}
                    aria-current={isToday ? 'date' : undefined}
                  >
                    <div className="calendar-day__head">
                      <time dateTime={day}>
                        {/* On a phone the week's header row is hidden: each day names its weekday itself. */}
                        <span aria-hidden="true" className="calendar-day__weekday">
                          {weekdays[weekdayIndex]?.short}{' '}
                        </span>
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                        <span className="calendar-visually-hidden">{dayFormat(day)}</span>
                      </time>
                      {isToday && <strong className="calendar-day__today">{t('today')}</strong>}
                    </div>
                    {dayItems.length > 0 && (
                      <ul aria-label={dayFormat(day)}>
                        {dayItems.map((item) => (
                          <li key={item.id}>
                            <ItemEntry item={item} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

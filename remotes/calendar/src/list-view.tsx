import { Notice } from '@czp/design-system';
import { useTranslator } from '@czp/remote-sdk';
import { ItemEntry, useDayFormat } from './items.js';
import { messages } from './messages.js';
import { addDays } from './month.js';
import { Button, useCalendarApi, useLoad, ViewHeading } from './shared.js';

const DAYS_AHEAD = 90;

/** Everything from today for DAYS_AHEAD days, a heading per day (the browser's today until the server answers). */
export function ListView() {
  const { t } = useTranslator(messages);
  const api = useCalendarApi();
  const dayFormat = useDayFormat();
  const from = new Date().toISOString().slice(0, 10);
  const loaded = useLoad(() => api.items(addDays(from, -1), addDays(from, DAYS_AHEAD)), [from]);
  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') {
    return (
      <Notice kind="error" role="alert">
        <p>{t('loadFailed')}</p>
        <Button onClick={loaded.retry}>{t('retry')}</Button>
      </Notice>
    );
  }
  const { items, today } = loaded.data;
  const coming = items.filter((item) => item.date >= today);
  const days = [...new Set(coming.map((item) => item.date))];
  return (
    <section aria-labelledby="calendar-list-heading">
      <ViewHeading id="calendar-list-heading">{t('listTitle')}</ViewHeading>
      <p>{t('listLead', { days: DAYS_AHEAD })}</p>
      {days.length === 0 && <p>{t('listEmpty')}</p>}
      {days.map((day) => (
        <section key={day} className="calendar-list__day" aria-labelledby={`calendar-day-${day}`}>
          <h3 id={`calendar-day-${day}`}>
            {dayFormat(day)}
            {day === today && <strong className="calendar-day__today"> – {t('today')}</strong>}
          </h3>
          <ul>
            {coming
              .filter((item) => item.date === day)
              .map((item) => (
                <li key={item.id}>
                  <ItemEntry item={item} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

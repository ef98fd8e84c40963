import { CalendarList, type CalendarListGroup } from '@czp/design-system/content';
import { SelectField } from '@czp/design-system/forms';
import { defineRemote, useHostState, useTranslator } from '@czp/remote-sdk';
import { useId, useState } from 'react';
import { AddToCalendar } from './add-to-calendar.js';
import { collectionDays, DISTRICTS, findStreet, localIsoDate, STREETS, WASTE_KINDS } from './collections.js';
import { messages } from './messages.js';
import './lysa.css';

export interface WasteCalendarProps {
  /** The clock; tests pass a fixed one. */
  today?: () => Date;
}

const systemClock = () => new Date();

/** The streets by district, each in Czech alphabetical order. */
const streetOptions = (locale: 'cs' | 'en') =>
  DISTRICTS.map((district) => ({
    group: district.name[locale],
    options: STREETS.filter((street) => street.district === district.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'cs'))
      .map((street) => ({ value: street.id, label: street.name })),
  }));

/** Lysá nad Labem's remote: the next collection days for the citizen's street and what is collected on each. */
export function WasteCalendar({ today = systemClock }: WasteCalendarProps) {
  const { t, formatDate } = useTranslator(messages);
  const { locale } = useHostState();
  const id = useId();
  const [streetId, setStreetId] = useState('');
  const found = findStreet(streetId);
  const now = today();

  const groups: CalendarListGroup[] = found
    ? collectionDays(found.district, now).map(({ date, kinds }, index) => {
        const isToday = localIsoDate(date) === localIsoDate(now);
        return {
          id: localIsoDate(date),
          label: formatDate(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
          dateTime: localIsoDate(date),
          highlight: isToday
            ? { kind: 'today', label: t('today') }
            : index === 0
              ? { kind: 'next', label: t('next') }
              : undefined,
          events: kinds.map((kind) => ({ id: kind, title: t(kind) })),
        };
      })
    : [];

  return (
    <div className="lysa">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <SelectField
        className="lysa-street"
        label={t('street')}
        hint={t('streetHint')}
        placeholder={t('choose')}
        options={streetOptions(locale)}
        value={streetId}
        width="m"
        onChange={(event) => setStreetId(event.target.value)}
      />
      <p role="status">
        {found &&
          t('summary', {
            street: found.street.name,
            district: found.district.name[locale],
            day: t(`on${found.district.weekday}`),
          })}
      </p>
      {found && (
        <section aria-labelledby={`${id}-calendar`}>
          <h3 id={`${id}-calendar`}>{t('calendarTitle')}</h3>
          <ul>
            {WASTE_KINDS.map((kind) => (
              <li key={kind}>{t('rule', { kind: t(kind), rule: t(`${kind}Rule`) })}</li>
            ))}
          </ul>
          <CalendarList className="lysa-calendar" groups={groups} emptyText={t('noCollections')} headingLevel={4} />
          <AddToCalendar found={found} today={now} />
        </section>
      )}
    </div>
  );
}

export default defineRemote(WasteCalendar);

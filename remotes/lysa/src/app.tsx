import { defineRemote, useHostState, useTranslator } from '@czp/remote-sdk';
import { useId, useState } from 'react';
import { DISTRICTS, findStreet, nextCollections, STREETS, WASTE_KINDS } from './collections.js';
import { messages } from './messages.js';
import './lysa.css';

export interface WasteCalendarProps {
  /** The clock; tests pass a fixed one. */
  today?: () => Date;
}

const systemClock = () => new Date();

/** Lysá nad Labem's remote: the next collection dates of each kind of waste for the citizen's street. */
export function WasteCalendar({ today = systemClock }: WasteCalendarProps) {
  const { t, formatDate } = useTranslator(messages);
  const { locale } = useHostState();
  const id = useId();
  const [streetId, setStreetId] = useState('');
  const found = findStreet(streetId);
  const now = today();
  const isToday = (d: Date) => d.toDateString() === now.toDateString();
  const format = (d: Date) => {
    const text = formatDate(d, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    return isToday(d) ? t('today', { date: text }) : text;
  };

  return (
    <div className="lysa">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <div className="lysa-field">
        <label htmlFor={`${id}-street`}>{t('street')}</label>
        <select
          id={`${id}-street`}
          value={streetId}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setStreetId(event.target.value)}
        >
          <option value="">{t('choose')}</option>
          {DISTRICTS.map((district) => (
            <optgroup key={district.id} label={district.name[locale]}>
              {STREETS.filter((s) => s.district === district.id).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p id={`${id}-hint`} className="lysa-hint">
          {t('streetHint')}
        </p>
      </div>
      <p role="status">
        {found &&
          t('summary', {
            street: found.street.name,
            district: found.district.name[locale],
            day: t(`on${found.district.weekday}`),
          })}
      </p>
      {found && (
        <div className="lysa-kinds">
          {WASTE_KINDS.map((kind) => (
            <section key={kind} className={`lysa-kind lysa-kind-${kind}`} aria-labelledby={`${id}-${kind}`}>
              <h3 id={`${id}-${kind}`}>{t(kind)}</h3>
              <p className="lysa-hint">{t(`${kind}Rule`)}</p>
              <ol>
                {nextCollections(found.district, kind, now).map((d) => (
                  <li key={d.toISOString()}>{format(d)}</li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

export default defineRemote(WasteCalendar);

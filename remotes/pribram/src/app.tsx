import { TextField } from '@czp/design-system/forms';
import { defineRemote, type Translator, useHostState, useTranslator } from '@czp/remote-sdk';
import { useEffect, useId, useState } from 'react';
import { messages } from './messages.js';
import {
  atTime,
  DEPARTMENTS,
  type Department,
  type Minutes,
  type OpeningStatus,
  openingStatus,
  searchDepartments,
  WEEK,
} from './office-hours.js';
import './pribram.css';

type MessageKey = keyof (typeof messages)['cs'];

/** The current time, re-read every half minute so "open now" stays true while the page is open. */
function useNow(now: () => Date): Date {
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setCurrent(now()), 30_000);
    return () => clearInterval(timer);
  }, [now]);
  return current;
}

function statusText(status: OpeningStatus, now: Date, tr: Translator<MessageKey>): string {
  const time = (inDays: number, minutes: Minutes) =>
    tr.formatDate(atTime(now, inDays, minutes), { hour: 'numeric', minute: '2-digit' });
  if (status.open) return tr.t('openNow', { time: time(0, status.closesAt) });
  if (status.opensAt === null) return tr.t('neverOpen');
  const at = time(status.inDays, status.opensAt);
  if (status.inDays === 0) return tr.t('opensToday', { time: at });
  if (status.inDays === 1) return tr.t('opensTomorrow', { time: at });
  return tr.t('opensOn', { day: tr.t(`on${status.weekday}`), time: at });
}

function DepartmentCard({ department, now }: { department: Department; now: Date }) {
  const tr = useTranslator(messages);
  const { t, formatDate } = tr;
  const { locale } = useHostState();
  const headingId = useId();
  const status = openingStatus(department.hours, now);
  const time = (minutes: Minutes) => formatDate(atTime(now, 0, minutes), { hour: 'numeric', minute: '2-digit' });
  return (
    <li className="pribram-department" aria-labelledby={headingId}>
      <h3 id={headingId}>{department.name[locale]}</h3>
      <p>
        <strong>{statusText(status, now, tr)}</strong>
      </p>
      <dl className="pribram-contacts">
        <dt>{t('where')}</dt>
        <dd>{t('location', { floor: department.floor, room: department.room })}</dd>
        <dt>{t('phone')}</dt>
        <dd>
          <a href={`tel:${department.phone.replaceAll(' ', '')}`}>{department.phone}</a>
        </dd>
        <dt>{t('email')}</dt>
        <dd>
          <a href={`mailto:${department.email}`}>{department.email}</a>
        </dd>
      </dl>
      <details>
        <summary>{t('hours')}</summary>
        <dl>
          {WEEK.map((weekday) => {
            const intervals = department.hours[weekday] ?? [];
            const day = atTime(now, (weekday - now.getDay() + 7) % 7, 0);
            return (
              <div key={weekday}>
                <dt>{formatDate(day, { weekday: 'long' })}</dt>
                <dd>
                  {intervals.length === 0
                    ? t('closedAllDay')
                    : intervals.map((i) => t('interval', { from: time(i.open), to: time(i.close) })).join(', ')}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </li>
  );
}

export interface OfficeHoursProps {
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

const systemClock = () => new Date();

/** Příbram's remote: the town hall's departments, searchable, with whether each is open right now. */
export function OfficeHours({ now = systemClock }: OfficeHoursProps) {
  const { t, formatNumber } = useTranslator(messages);
  const { locale } = useHostState();
  const current = useNow(now);
  const [query, setQuery] = useState('');
  const shown = searchDepartments(DEPARTMENTS, query, locale);
  return (
    <div className="pribram">
      <h2>{t('title')}</h2>
      <p>{t('lead')}</p>
      <TextField
        className="pribram-search"
        type="search"
        label={t('search')}
        hint={t('searchHint')}
        value={query}
        width="l"
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      <p role="status">{shown.length === 0 ? t('noMatch') : t('count', { count: formatNumber(shown.length) })}</p>
      <ul className="pribram-departments">
        {shown.map((d) => (
          <DepartmentCard key={d.id} department={d} now={current} />
        ))}
      </ul>
    </div>
  );
}

export default defineRemote(OfficeHours);

/**
 * Dates as a Czech citizen reads them: a day is a day in Prague (a read at 23:30 UTC on 31 March is on 1 April),
 * whatever the server's own time zone. The filters' `from` and `to` and the documents' days left are counted so.
 */
import type { Locale } from '@czp/contract';

const PORTAL_TIME_ZONE = 'Europe/Prague';

const DAY_MS = 24 * 60 * 60 * 1000;

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: PORTAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function pragueParts(instant: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far Prague's wall clock is ahead of UTC at an instant (1 or 2 hours), in milliseconds. */
function pragueOffsetMs(instant: Date): number {
  const p = pragueParts(instant);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The day (YYYY-MM-DD) it is in Prague at an instant. */
export function pragueDate(instant: Date): string {
  const p = pragueParts(instant);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const utcMidnight = (date: string): number => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
};

/** The instant a day (YYYY-MM-DD) begins in Prague. Midnight is never inside a daylight saving change there. */
export function startOfPragueDay(date: string): Date {
  const guess = utcMidnight(date);
  let start = guess - pragueOffsetMs(new Date(guess));
  // The offset at the guess may differ from the one at the start itself (a change between the two): once more.
  start = guess - pragueOffsetMs(new Date(start));
  return new Date(start);
}

/** The day after (YYYY-MM-DD). */
export function nextDay(date: string): string {
  return new Date(utcMidnight(date) + DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Whether a string is a real calendar day in the form YYYY-MM-DD (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(utcMidnight(value)).toISOString().slice(0, 10) === value;
}

const LOCALE_TAGS: Record<Locale, string> = { cs: 'cs-CZ', en: 'en-GB' };
/** Czech writes the month as a number with spaces ("3. 12. 2026"), English its short name ("3 Dec 2026"). */
const DAY_OPTIONS: Record<Locale, Intl.DateTimeFormatOptions> = {
  cs: { day: 'numeric', month: 'numeric', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "3. 12. 2026 9:05" (cs) or "3 Dec 2026, 09:05" (en), Prague time. */
export function formatDateTime(instant: Date, locale: Locale): string {
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], {
      timeZone: PORTAL_TIME_ZONE,
      ...DAY_OPTIONS[locale],
      hour: locale === 'cs' ? 'numeric' : '2-digit',
      minute: '2-digit',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(instant);
}

/** A day (YYYY-MM-DD) as "3. 12. 2026" (cs) or "3 Dec 2026" (en). */
export function formatDay(date: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { timeZone: 'UTC', ...DAY_OPTIONS[locale] });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(utcMidnight(date)));
}

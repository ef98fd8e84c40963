/** Prague's wall clock for reminders: "08:00 on a day" is an instant that depends on daylight saving time. */
import { pragueDate } from '../my-data/dates.js';

export { pragueDate };

const DAY_MS = 24 * 60 * 60 * 1000;

const wallFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Prague',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The Prague wall clock at an instant, read as if it were UTC (for arithmetic). */
function wallMs(instant: Date): number {
  const parts = Object.fromEntries(wallFormat.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0);
}

/** The instant it is `time` (HH:MM) on `day` (YYYY-MM-DD) in Prague. */
export function pragueInstant(day: string, time: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const wanted = Date.UTC(year, month - 1, date, hour, minute);
  let instant = wanted - 60 * 60 * 1000;
  // Twice: the offset at the first guess may differ from the one at the answer (a change in between).
  for (let i = 0; i < 2; i++) instant += wanted - wallMs(new Date(instant));
  return new Date(instant);
}

/** The day `days` after (negative: before) a day. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Dates in the seed that must stay relative to today (an identity card that expires in three weeks, a read three days
 * ago) are written relatively and resolved at each read, so the data tells the same story on any day:
 *
 * - `today`, `today+21d`, `today-10y+21d`: a date (YYYY-MM-DD), UTC; units y (years), mo (months), w, d.
 * - `now`, `now-3d-5h`: a time (ISO 8601, UTC, whole seconds); units y, mo, w, d, h, min.
 *
 * Any other string is left as it is. A month step that lands past the month's end stays on its last day
 * (31 January + 1 month is 28 or 29 February), as a document's validity would.
 */

const DATE_PATTERN = /^today((?:[+-]\d{1,4}(?:y|mo|w|d))*)$/;
const TIME_PATTERN = /^now((?:[+-]\d{1,6}(?:y|mo|w|d|h|min))*)$/;
const STEP_PATTERN = /([+-])(\d+)(y|mo|w|d|h|min)/g;

const MS_PER_UNIT: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, min: 60_000 };

/** Whether a seed string is a relative date or time (the seed's tests check that none is misspelt). */
export function isRelative(value: string): boolean {
  return DATE_PATTERN.test(value) || TIME_PATTERN.test(value);
}

/** The value with every relative date and time in it (at any depth) resolved against `now`. */
export function resolveRelative<T>(value: T, now: Date): T {
  return walk(value, now) as T;
}

function walk(value: unknown, now: Date): unknown {
  if (typeof value === 'string') return resolveString(value, now);
  if (Array.isArray(value)) return value.map((item) => walk(item, now));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, now)]));
  }
  return value;
}

function resolveString(value: string, now: Date): string {
  const date = DATE_PATTERN.exec(value);
  if (date) {
    const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    return shift(today, date[1] ?? '')
      .toISOString()
      .slice(0, 10);
  }
  const time = TIME_PATTERN.exec(value);
  if (time) {
    const whole = new Date(Math.floor(now.getTime() / 1000) * 1000);
    return shift(whole, time[1] ?? '')
      .toISOString()
      .replace(/\.000Z$/, 'Z');
  }
  return value;
}

/** Applies the steps left to right: years and months by the calendar, the rest as fixed lengths. */
function shift(start: Date, steps: string): Date {
  let at = start;
  for (const [, sign, amount, unit] of steps.matchAll(STEP_PATTERN)) {
    const n = (sign === '-' ? -1 : 1) * Number(amount);
    if (unit === 'y') at = addMonths(at, 12 * n);
    else if (unit === 'mo') at = addMonths(at, n);
    else at = new Date(at.getTime() + n * (MS_PER_UNIT[unit as string] as number));
  }
  return at;
}

function addMonths(at: Date, months: number): Date {
  const target = new Date(at.getTime());
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return target;
}

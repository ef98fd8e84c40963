import type { Locale, LocalizedText } from '@czp/contract';

/** Minutes after midnight, e.g. 8 * 60 for 8:00. */
export type Minutes = number;
/** Day of the week as Date#getDay() counts it: 0 = Sunday, 1 = Monday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** One stretch of office hours, from `open` (inclusive) to `close` (exclusive). */
interface Interval {
  open: Minutes;
  close: Minutes;
}
/** Office hours per weekday; a day missing from the table is closed. */
export type WeeklyHours = Partial<Record<Weekday, Interval[]>>;

export interface Department {
  id: string;
  name: LocalizedText;
  floor: number;
  room: string;
  phone: string;
  email: string;
  hours: WeeklyHours;
}

const h = (hour: number, minute = 0): Minutes => hour * 60 + minute;

/** The town hall's usual office hours: Mon/Wed 8–17, Tue/Thu 8–14, Fri 8–12. */
export const STANDARD_HOURS: WeeklyHours = {
  1: [{ open: h(8), close: h(17) }],
  2: [{ open: h(8), close: h(14) }],
  3: [{ open: h(8), close: h(17) }],
  4: [{ open: h(8), close: h(14) }],
  5: [{ open: h(8), close: h(12) }],
};

/** Counters that see the public on Mondays and Wednesdays only, with a lunch break. */
const MON_WED_WITH_BREAK: WeeklyHours = {
  1: [
    { open: h(8), close: h(11, 30) },
    { open: h(12, 30), close: h(17) },
  ],
  3: [
    { open: h(8), close: h(11, 30) },
    { open: h(12, 30), close: h(17) },
  ],
};

export const DEPARTMENTS: Department[] = [
  {
    id: 'podatelna',
    name: { cs: 'Podatelna', en: 'Filing office' },
    floor: 1,
    room: '101',
    phone: '+420 318 402 111',
    email: 'podatelna@pribram.eu',
    hours: {
      ...STANDARD_HOURS,
      2: [{ open: h(7, 30), close: h(15) }],
      4: [{ open: h(7, 30), close: h(15) }],
      5: [{ open: h(7, 30), close: h(13) }],
    },
  },
  {
    id: 'evidence-obyvatel',
    name: { cs: 'Odbor správních agend – evidence obyvatel', en: 'Administrative department – population register' },
    floor: 1,
    room: '112',
    phone: '+420 318 402 220',
    email: 'evidence@pribram.eu',
    hours: STANDARD_HOURS,
  },
  {
    id: 'doklady',
    name: { cs: 'Občanské průkazy a cestovní pasy', en: 'Identity cards and passports' },
    floor: 1,
    room: '115',
    phone: '+420 318 402 230',
    email: 'doklady@pribram.eu',
    hours: STANDARD_HOURS,
  },
  {
    id: 'registr-vozidel',
    name: { cs: 'Registr vozidel', en: 'Vehicle register' },
    floor: 2,
    room: '204',
    phone: '+420 318 402 340',
    email: 'registr.vozidel@pribram.eu',
    hours: STANDARD_HOURS,
  },
  {
    id: 'zivnostensky-urad',
    name: { cs: 'Živnostenský úřad', en: 'Trade licensing office' },
    floor: 2,
    room: '215',
    phone: '+420 318 402 410',
    email: 'zivnostensky.urad@pribram.eu',
    hours: STANDARD_HOURS,
  },
  {
    id: 'stavebni-urad',
    name: { cs: 'Stavební úřad', en: 'Building office' },
    floor: 3,
    room: '301',
    phone: '+420 318 402 520',
    email: 'stavebni.urad@pribram.eu',
    hours: MON_WED_WITH_BREAK,
  },
  {
    id: 'financni-odbor',
    name: { cs: 'Finanční odbor – místní poplatky', en: 'Finance department – local fees' },
    floor: 3,
    room: '318',
    phone: '+420 318 402 610',
    email: 'poplatky@pribram.eu',
    hours: STANDARD_HOURS,
  },
  {
    id: 'socialni-odbor',
    name: { cs: 'Odbor sociálních věcí', en: 'Social affairs department' },
    floor: 4,
    room: '402',
    phone: '+420 318 402 710',
    email: 'socialni@pribram.eu',
    hours: MON_WED_WITH_BREAK,
  },
];

export type OpeningStatus =
  | { open: true; closesAt: Minutes }
  | { open: false; opensAt: Minutes; weekday: Weekday; inDays: number }
  | { open: false; opensAt: null };

/** Is the department open at `now`, and if not, when does it open next (today, tomorrow, … within a week)? */
export function openingStatus(hours: WeeklyHours, now: Date): OpeningStatus {
  const today = now.getDay() as Weekday;
  const minute = now.getHours() * 60 + now.getMinutes();
  const current = (hours[today] ?? []).find((i) => i.open <= minute && minute < i.close);
  if (current) return { open: true, closesAt: current.close };
  for (let inDays = 0; inDays <= 7; inDays++) {
    const weekday = ((today + inDays) % 7) as Weekday;
    const next = (hours[weekday] ?? []).filter((i) => inDays > 0 || i.open > minute).sort((a, b) => a.open - b.open)[0];
    if (next) return { open: false, opensAt: next.open, weekday, inDays };
  }
  return { open: false, opensAt: null };
}

/** The local date `inDays` days after `from`, at `minutes` after midnight (for formatting). */
export function atTime(from: Date, inDays: number, minutes: Minutes): Date {
  return new Date(from.getFullYear(), from.getMonth(), from.getDate() + inDays, Math.floor(minutes / 60), minutes % 60);
}

/** Lower-case without diacritics, so „prukaz“ finds „Občanské průkazy“. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Departments whose name (in the citizen's language) contains every word of the query. */
export function searchDepartments(departments: Department[], query: string, locale: Locale): Department[] {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return departments;
  return departments.filter((d) => {
    const name = normalize(d.name[locale]);
    return words.every((w) => name.includes(w));
  });
}

/** Monday first, as Czech offices list their hours. */
export const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

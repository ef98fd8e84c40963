import type { LocalizedText } from '@czp/contract';

/** Day of the week as Date#getDay() counts it: 0 = Sunday, 1 = Monday … 6 = Saturday. */
type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export type WasteKind = 'mixed' | 'plastics' | 'bio';
export const WASTE_KINDS: WasteKind[] = ['mixed', 'plastics', 'bio'];

export interface District {
  id: string;
  name: LocalizedText;
  /** All the district's waste is collected on this day. */
  weekday: Weekday;
  /** One day plastics are collected (year, month 1–12, day); then every 14 days before and after. */
  plasticsAnchor: [number, number, number];
}

export interface Street {
  id: string;
  name: string;
  district: District['id'];
}

export const DISTRICTS: District[] = [
  {
    id: 'stred',
    name: { cs: 'Obvod 1 – střed města', en: 'District 1 – town centre' },
    weekday: 2,
    plasticsAnchor: [2026, 1, 6],
  },
  {
    id: 'litol',
    name: { cs: 'Obvod 2 – Litol', en: 'District 2 – Litol' },
    weekday: 3,
    plasticsAnchor: [2026, 1, 14],
  },
  {
    id: 'dvorce',
    name: { cs: 'Obvod 3 – Dvorce a Byšičky', en: 'District 3 – Dvorce and Byšičky' },
    weekday: 4,
    plasticsAnchor: [2026, 1, 8],
  },
];

export const STREETS: Street[] = [
  { id: 'husovo-namesti', name: 'Husovo náměstí', district: 'stred' },
  { id: 'masarykova', name: 'Masarykova', district: 'stred' },
  { id: 'palackeho', name: 'Palackého', district: 'stred' },
  { id: 'sojovicka', name: 'Sojovická', district: 'stred' },
  { id: 'litolska', name: 'Litolská', district: 'litol' },
  { id: 'mirova', name: 'Mírová', district: 'litol' },
  { id: 'za-zahradami', name: 'Za Zahradami', district: 'litol' },
  { id: 'dvorecka', name: 'Dvorecká', district: 'dvorce' },
  { id: 'bysicky', name: 'Byšičky', district: 'dvorce' },
  { id: 'k-dvorcum', name: 'K Dvorcům', district: 'dvorce' },
];

export function findStreet(id: string): { street: Street; district: District } | undefined {
  const street = STREETS.find((s) => s.id === id);
  const district = street && DISTRICTS.find((d) => d.id === street.district);
  return street && district ? { street, district } : undefined;
}

/** Whole days since 1970-01-01 of a local calendar date: immune to daylight-saving shifts. */
function dayNumber(year: number, monthIndex: number, day: number): number {
  return Math.round(Date.UTC(year, monthIndex, day) / 86_400_000);
}

/** April to November: biowaste months (0-based month indexes 3–10). */
const BIO_MONTHS = { first: 3, last: 10 };

/** Is `kind` collected in `district` on the calendar day of `date`? */
export function isCollectionDay(district: District, kind: WasteKind, date: Date): boolean {
  if (date.getDay() !== district.weekday) return false;
  switch (kind) {
    case 'mixed':
      return true;
    case 'plastics': {
      const [y, m, d] = district.plasticsAnchor;
      const days = dayNumber(date.getFullYear(), date.getMonth(), date.getDate()) - dayNumber(y, m - 1, d);
      return ((days % 14) + 14) % 14 === 0;
    }
    case 'bio':
      return date.getMonth() >= BIO_MONTHS.first && date.getMonth() <= BIO_MONTHS.last;
  }
}

/** The next `count` collection days from `today` (today included), as local midnights. */
export function nextCollections(district: District, kind: WasteKind, today: Date, count = 4): Date[] {
  const found: Date[] = [];
  // A year and a week always holds four collections of every kind (bio pauses for 4 months only).
  for (let offset = 0; offset < 372 && found.length < count; offset++) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
    if (isCollectionDay(district, kind, day)) found.push(day);
  }
  return found;
}

/** One day waste is collected on, and the kinds collected that day (in WASTE_KINDS order). */
export interface CollectionDay {
  date: Date;
  kinds: WasteKind[];
}

/** The next `count` days from `today` (today included) with any collection, each with every kind collected then. */
export function collectionDays(district: District, today: Date, count = 6): CollectionDay[] {
  const found: CollectionDay[] = [];
  // Mixed waste goes every week, so `count` collection days lie within `count` weeks.
  for (let offset = 0; offset < count * 7 && found.length < count; offset++) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
    const kinds = WASTE_KINDS.filter((kind) => isCollectionDay(district, kind, date));
    if (kinds.length > 0) found.push({ date, kinds });
  }
  return found;
}

/** The local calendar date as ISO 8601 (YYYY-MM-DD), for `<time dateTime>` (toISOString would shift it to UTC). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Sizes as the portal shows them: binary units, at most 2 decimals ("48,08 kB"). */
const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

type FormatNumber = (value: number, options?: Intl.NumberFormatOptions) => string;

export function formatSize(bytes: number, formatNumber: FormatNumber): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 2 })}\u00a0${UNITS[unit]}`;
}

/** One line of the form data: its path (`owner › email`) and the value as text. */
export interface DataRow {
  label: string;
  value: string;
}

type Words = { yes: string; no: string; formatNumber: FormatNumber };

/**
 * The form data as label–value rows: the service declared the schema, not labels, so the labels are the data's own
 * names; nested objects become paths, lists are joined. Never HTML: React escapes the text.
 */
export function dataRows(data: Record<string, unknown>, words: Words, prefix = ''): DataRow[] {
  return Object.entries(data).flatMap(([key, value]): DataRow[] => {
    const label = prefix ? `${prefix} › ${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return dataRows(value as Record<string, unknown>, words, label);
    }
    return [{ label, value: valueText(value, words) }];
  });
}

function valueText(value: unknown, words: Words): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return words.formatNumber(value);
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map((item) => valueText(item, words)).join(', ');
  return JSON.stringify(value);
}

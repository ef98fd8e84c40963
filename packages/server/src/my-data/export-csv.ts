/** The access log as CSV: UTF-8 with a byte order mark (spreadsheets then read Czech letters right), a header row. */
import type { Locale } from '@czp/contract';
import { stringify } from 'csv-stringify/sync';
import type { LoggedRead } from './access-log.js';
import { type ExportRow, exportRow } from './export-rows.js';
import { COLUMN_LABELS } from './texts.js';

const COLUMNS = Object.keys(COLUMN_LABELS) as (keyof ExportRow & keyof typeof COLUMN_LABELS)[];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is prefixed with an
 * apostrophe: an authority's name or a register's words come from outside and must stay text.
 */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function accessLogCsv(reads: readonly LoggedRead[], locale: Locale): Buffer {
  const rows = reads.map((read) => {
    const row = exportRow(read, locale);
    return Object.fromEntries(COLUMNS.map((column) => [column, inert(row[column])]));
  });
  const text = stringify(rows, {
    bom: true,
    header: true,
    columns: COLUMNS.map((column) => ({ key: column, header: COLUMN_LABELS[column][locale] })),
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}

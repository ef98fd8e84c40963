/** The rows of the exports in one language: the CSV writes them as they are, the PDF draws them as a table. */
import { type Locale, REGISTER_INFO, REGISTER_ITEM_LABELS } from '@czp/contract';
import type { LoggedRead } from './access-log.js';
import { formatDateTime } from './dates.js';
import { OUTCOME_LABELS, READER_KIND_LABELS, REFUSAL_LABELS, SOURCE_LABELS } from './texts.js';

export interface ExportRow {
  time: string;
  reader: string;
  readerKind: string;
  register: string;
  agenda: string;
  items: string;
  purpose: string;
  outcome: string;
  source: string;
}

/** Item names of a portal read as the citizen reads them; a register's own words as the register wrote them. */
function itemsText(read: LoggedRead, locale: Locale): string {
  const labels = REGISTER_ITEM_LABELS[read.register] as Record<string, { cs: string; en: string }> | undefined;
  return read.items.map((item) => (read.source === 'portal' ? (labels?.[item]?.[locale] ?? item) : item)).join(', ');
}

function outcomeText(read: LoggedRead, locale: Locale): string {
  const outcome = OUTCOME_LABELS[read.outcome][locale];
  const reason = read.refusal ? (REFUSAL_LABELS[read.refusal]?.[locale] ?? read.refusal) : null;
  return reason ? `${outcome} (${reason})` : outcome;
}

export function exportRow(read: LoggedRead, locale: Locale): ExportRow {
  return {
    time: formatDateTime(new Date(read.at), locale),
    reader: read.reader.name[locale],
    readerKind: READER_KIND_LABELS[read.reader.kind][locale],
    register: REGISTER_INFO[read.register]?.name[locale] ?? read.register,
    agenda: read.agenda,
    items: itemsText(read, locale),
    purpose: read.purpose[locale],
    outcome: outcomeText(read, locale),
    source: SOURCE_LABELS[read.source][locale],
  };
}

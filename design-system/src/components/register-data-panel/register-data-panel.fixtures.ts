import type { RegisterDataRow } from './RegisterDataPanel.js';

/** The personal data from the population register, in Czech: everything but the rows. */
export const personalDataCs = {
  title: 'Osobní údaje',
  sourceLabel: 'Zdroj',
  source: 'Základní registr obyvatel (ROB)',
  emptyText: 'neuvedeno',
};

/** Its first rows: a name, and a date of birth with a machine-readable date. */
export const personalDataRowsCs: RegisterDataRow[] = [
  { label: 'Jméno a příjmení', value: 'Jan Novák' },
  { label: 'Datum narození', value: '12. 3. 1980', dateTime: '1980-03-12' },
];

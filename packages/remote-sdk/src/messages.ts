import type { Locale } from '@czp/contract';
import { useHostState } from './host-context.js';

/**
 * Messages of one remote in every locale. The type makes a missing English (or Czech) key a
 * compile error, so no visible string ships untranslated.
 */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

export interface Translator<K extends string> {
  locale: Locale;
  t(key: K, values?: Record<string, string | number>): string;
  formatDate(date: Date | string, options?: Intl.DateTimeFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
}

const INTL_LOCALE: Record<Locale, string> = { cs: 'cs-CZ', en: 'en-GB' };

export function createTranslator<K extends string>(messages: Messages<K>, locale: Locale): Translator<K> {
  const table = messages[locale];
  const intlLocale = INTL_LOCALE[locale];
  return {
    locale,
    t: (key, values) =>
      values ? table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : table[key],
    formatDate: (date, options = { dateStyle: 'long' }) =>
      new Intl.DateTimeFormat(intlLocale, options).format(typeof date === 'string' ? new Date(date) : date),
    formatNumber: (value, options) => new Intl.NumberFormat(intlLocale, options).format(value),
  };
}

/** Translate with the shell's current locale; re-renders when the citizen switches language. */
export function useTranslator<K extends string>(messages: Messages<K>): Translator<K> {
  return createTranslator(messages, useHostState().locale);
}

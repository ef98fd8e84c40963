import type { Locale } from '@czp/contract';
import { createTranslator, type Translator } from '@czp/remote-sdk';
import type { ShellMessageKey } from './message-key.js';
import { cs } from './messages.cs.js';

export type ShellTranslator = Translator<ShellMessageKey>;
type Table = Record<ShellMessageKey, string>;

const tables: { cs: Table; en?: Table } = { cs };

/**
 * Loads a locale's messages (English is a chunk of its own, so a Czech page never downloads it). Call before
 * rendering in that locale.
 */
export async function loadShellMessages(locale: Locale): Promise<void> {
  if (locale === 'en' && !tables.en) tables.en = (await import('./messages.en.js')).en;
}

/** For the server renderer, which has every locale at hand. */
export function provideShellMessages(locale: 'en', table: Table): void {
  tables[locale] = table;
}

export function isShellLocaleLoaded(locale: Locale): boolean {
  return tables[locale] !== undefined;
}

/** The shell's translator; a locale not loaded yet falls back to Czech rather than showing keys. */
export function shellTranslator(locale: Locale): ShellTranslator {
  const loaded = tables[locale] ? locale : 'cs';
  return createTranslator({ cs: tables.cs, en: tables.en ?? tables.cs }, loaded);
}

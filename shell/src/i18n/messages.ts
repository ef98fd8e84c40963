import type { Locale } from '@czp/contract';
import { createTranslator, type Translator } from '@czp/remote-sdk';
import type { PageMessages, ShellMessageKey } from './message-key.js';
import { cs } from './messages.cs.js';

export type ShellTranslator = Translator<ShellMessageKey>;
type Table = Record<ShellMessageKey, string>;

/**
 * Czech starts as the frame's strings (the first load); each page chunk adds its own when its module is evaluated
 * (`addShellMessages`), which is before the page is drawn: the server and the tests import every page module at once
 * (all-pages.ts), the browser loads a route's chunk before hydrating or showing it (page-modules.ts). Translators
 * read this one object, so one made before a chunk arrived has its strings too. The cast: the page keys are missing
 * only until their page's module is evaluated, and no page is drawn before that.
 */
const czech = { ...cs } as Table;
const tables: { cs: Table; en?: Table } = { cs: czech };

/** A page chunk's Czech strings (English has every key in its one table, loaded on demand). */
export function addShellMessages(table: PageMessages): void {
  Object.assign(czech, table);
}

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

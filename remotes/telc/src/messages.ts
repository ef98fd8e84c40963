import type { Locale } from '@czp/contract';
import { createTranslator, type Translator } from '@czp/remote-sdk';
import { createContext, use, useContext } from 'react';
import { cs, type ListMessageKey } from './messages.cs.js';

/**
 * The list of life situations' texts. Czech (the portal's default) is in the first load; English is a chunk of its
 * own, fetched when the citizen reads in English. The situation's page and the application form carry their own
 * texts in both languages (situation-messages.ts, form-messages.ts): they are chunks loaded on demand anyway.
 */
export type { ListMessageKey };

type Table = Record<ListMessageKey, string>;

let en: Table | undefined;
let loadingEn: Promise<void> | undefined;

/** Loads a locale's list texts (once); resolved at once for Czech. */
export function loadListMessages(locale: Locale): Promise<void> {
  if (locale === 'cs' || en) return Promise.resolve();
  loadingEn ??= import('./messages.en.js').then(
    (module) => {
      en = module.en;
    },
    (error: unknown) => {
      loadingEn = undefined;
      throw error;
    },
  );
  return loadingEn;
}

/**
 * The locale Telč draws in: the host's, except that on a switch TelcPortal keeps the previous one until the new
 * one's texts are loaded (useDeferredValue), so the page never mixes languages nor blanks out meanwhile.
 */
export const ShownLocaleContext = createContext<Locale>('cs');

export function useShownLocale(): Locale {
  return useContext(ShownLocaleContext);
}

/** The list's translator in the shown locale; suspends (inside TelcPortal's Suspense) until its texts are there. */
export function useListMessages(): Translator<ListMessageKey> {
  const locale = useShownLocale();
  if (locale === 'en' && !en) use(loadListMessages('en'));
  return createTranslator({ cs, en: en ?? cs }, locale);
}

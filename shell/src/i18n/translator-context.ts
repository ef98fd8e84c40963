import { createContext, useContext } from 'react';
import type { ShellTranslator } from './messages.js';

/** The frame's translator in the current language: every component below the frame reads it with useT(). */
export const TranslatorContext = createContext<ShellTranslator | null>(null);

export function useT(): ShellTranslator {
  const t = useContext(TranslatorContext);
  if (!t) throw new Error('The frame must be rendered inside <TranslatorContext.Provider>');
  return t;
}

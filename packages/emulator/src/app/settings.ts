import type { Locale, Theme } from '@czp/contract';
import { type PersonKey, personByKey } from './people.js';

/** The toolbar's choices: kept for the tab's session, so a hot reload or a full reload keeps them. */
export interface EmulatorSettings {
  locale: Locale;
  person: PersonKey;
  theme: Theme;
}

const STORAGE_KEY = 'czp-emulator';
/** `?lang=en&person=jan-high&theme=high-contrast`: how `czp check` (and a bookmark) opens the page in a state. */
const QUERY = { locale: 'lang', person: 'person', theme: 'theme' } as const;

const DEFAULT_SETTINGS: EmulatorSettings = { locale: 'cs', person: 'jan-substantial', theme: 'light' };

function parse(input: Partial<Record<keyof EmulatorSettings, unknown>>): Partial<EmulatorSettings> {
  const out: Partial<EmulatorSettings> = {};
  if (input.locale === 'cs' || input.locale === 'en') out.locale = input.locale;
  if (typeof input.person === 'string' && personByKey(input.person)) out.person = input.person as PersonKey;
  if (input.theme === 'light' || input.theme === 'high-contrast') out.theme = input.theme;
  return out;
}

/** The settings from the address's query (which wins), else the session's, else the defaults; the query is removed. */
export function readSettings(win: Window): EmulatorSettings {
  let stored: Partial<EmulatorSettings> = {};
  try {
    stored = parse(JSON.parse(win.sessionStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, unknown>);
  } catch {
    stored = {};
  }
  const url = new URL(win.location.href);
  const query = parse({
    locale: url.searchParams.get(QUERY.locale),
    person: url.searchParams.get(QUERY.person),
    theme: url.searchParams.get(QUERY.theme),
  });
  if (Object.values(QUERY).some((name) => url.searchParams.has(name))) {
    for (const name of Object.values(QUERY)) url.searchParams.delete(name);
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  return { ...DEFAULT_SETTINGS, ...stored, ...query };
}

export function saveSettings(win: Window, settings: EmulatorSettings): void {
  try {
    win.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage refused (private mode): the choices last until the next reload.
  }
}

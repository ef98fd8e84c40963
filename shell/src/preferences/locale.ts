import { COOKIES, isLocale, type Locale, readCookie } from '@czp/contract';
import type { ShellActions, ShellEnvironment } from '../actions/shell-actions.js';
import { loadShellMessages } from '../i18n/messages.js';
import { writePreferenceCookie } from './preference-cookie.js';

/** The language a Cookie header (or `document.cookie`) names, or null. */
export function localeFromCookies(cookies: string): Locale | null {
  const value = readCookie(cookies, COOKIES.locale);
  return isLocale(value) ? value : null;
}

/** The citizen's language: switched in the page and remembered for the server's next render. */
export function localeActions({ stores, document }: ShellEnvironment): Pick<ShellActions, 'setLocale'> {
  return {
    async setLocale(locale) {
      // The frame's strings in that language first (a chunk of its own), then the switch.
      await loadShellMessages(locale).catch(() => {});
      stores.host.setState({ locale });
      if (!document) return;
      writePreferenceCookie(document, COOKIES.locale, locale);
      document.documentElement.lang = locale;
    },
  };
}

import type { LanguageOption } from './LanguageSwitch.js';

/** The portal's two languages, their names in their own language (the same in both locales). */
export const languageOptions: LanguageOption[] = [
  { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
  { locale: 'en', label: 'English', shortLabel: 'EN' },
];

/** The same as links to the page in each language. */
export const languageLinks: LanguageOption[] = languageOptions.map((option) => ({
  ...option,
  href: `/?lang=${option.locale}`,
}));

import type { ReactNode } from 'react';
import { AccountControls } from '../account-controls/AccountControls.js';
import { LanguageSwitch } from '../language-switch/LanguageSwitch.js';
import { languageOptions } from '../language-switch/language-switch.fixtures.js';
import type { MainTab } from '../main-tabs/MainTabs.js';
import { SettingsMenu } from '../settings-menu/SettingsMenu.js';

/** Shows a header action where it lives: on the blue header's background, at the right. */
export function HeaderActionsFrame({ children }: { children: ReactNode }) {
  return (
    <div className="czp-header">
      <div className="czp-header__inner" style={{ justifyContent: 'flex-end' }}>
        <div className="czp-header__actions">{children}</div>
      </div>
    </div>
  );
}

/** The texts of the header's actions and of the tab bar under it, in both languages. */
export const HEADER_TEXTS = {
  cs: {
    account: 'Přihlášená osoba',
    login: 'Přihlásit se',
    logout: 'Odhlásit se',
    level: 'Úroveň ověření: vysoká',
    language: 'Jazyk',
    settings: 'Nastavení',
    settingsItems: ['Služby', 'Jazyk', 'Datová schránka', 'Notifikace', 'Prohlášení o přístupnosti', 'Cookies'],
    navigation: 'Hlavní navigace',
    tabs: ['Profil', 'Data', 'Datová schránka', 'Kalendář', 'Dokumenty', 'Podání'],
    unread: 'nepřečtené zprávy: 2',
  },
  en: {
    account: 'Signed in',
    login: 'Log in',
    logout: 'Log out',
    level: 'Level of assurance: high',
    language: 'Language',
    settings: 'Settings',
    settingsItems: ['Services', 'Language', 'Data box', 'Notifications', 'Accessibility statement', 'Cookies'],
    navigation: 'Main navigation',
    tabs: ['Profile', 'Data', 'Data box', 'Calendar', 'Documents', 'Submissions'],
    unread: 'unread messages: 2',
  },
};
export type HeaderTexts = (typeof HEADER_TEXTS)['cs'];

const SETTINGS_HREFS = [
  '/sluzby',
  '/jazyk',
  '/datova-schranka',
  '/notifikace',
  '/prohlaseni-o-pristupnosti',
  '/cookies',
];
const TAB_HREFS = ['/profil', '/data', '/datova-schranka', '/kalendar', '/dokumenty', '/podani'];

interface HeaderActionsOptions {
  texts: HeaderTexts;
  locale: string;
  signedIn: boolean;
  onNavigate: (href: string) => void;
  onLanguageChange: (locale: string) => void;
}

/** The header's right-hand slot as the shell fills it: account, language, settings. */
export function headerActions({ texts: t, locale, signedIn, onNavigate, onLanguageChange }: HeaderActionsOptions) {
  return (
    <>
      <AccountControls
        person={signedIn ? { name: 'Jan Kalina', detail: t.level } : null}
        label={t.account}
        loginLabel={t.login}
        loginHref="/auth/login?returnTo=%2F"
        logoutLabel={t.logout}
        logoutAction="/auth/logout"
        csrfToken="storybook-csrf-token"
      />
      <LanguageSwitch label={t.language} current={locale} options={languageOptions} onChange={onLanguageChange} />
      <SettingsMenu
        label={t.settings}
        items={SETTINGS_HREFS.map((href, i) => ({ href, label: t.settingsItems[i] ?? href }))}
        onNavigate={onNavigate}
      />
    </>
  );
}

/** The main tabs under the header: `current` is the current tab's href; `unread` shows the data box's unread count. */
export function portalTabs(t: HeaderTexts, current: string | undefined, unread: boolean): MainTab[] {
  return TAB_HREFS.map((href, i) => ({
    href,
    label: t.tabs[i] ?? href,
    current: href === current,
    ...(unread && href === '/datova-schranka' ? { badge: { count: 2, label: t.unread } } : {}),
  }));
}

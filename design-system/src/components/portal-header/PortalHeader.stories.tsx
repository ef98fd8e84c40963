import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { AccountControls } from '../account-controls/AccountControls.js';
import { LanguageSwitch } from '../language-switch/LanguageSwitch.js';
import { type MainTab, MainTabs } from '../main-tabs/MainTabs.js';
import { SettingsMenu } from '../settings-menu/SettingsMenu.js';
import { PortalHeader, type PortalHeaderProps } from './PortalHeader.js';

type Locale = 'cs' | 'en';
const onNavigate = fn();
const onLanguageChange = fn();

const TEXT = {
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
const SETTINGS_HREFS = [
  '/sluzby',
  '/jazyk',
  '/datova-schranka',
  '/notifikace',
  '/prohlaseni-o-pristupnosti',
  '/cookies',
];
const TAB_HREFS = ['/profil', '/data', '/datova-schranka', '/kalendar', '/dokumenty', '/podani'];

/** The header's right-hand slot as the shell fills it: account, language, settings. */
function actions(locale: Locale, signedIn: boolean) {
  const t = TEXT[locale];
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
      <LanguageSwitch
        label={t.language}
        current={locale}
        options={[
          { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
          { locale: 'en', label: 'English', shortLabel: 'EN' },
        ]}
        onChange={onLanguageChange}
      />
      <SettingsMenu
        label={t.settings}
        items={SETTINGS_HREFS.map((href, i) => ({ href, label: t.settingsItems[i] ?? href }))}
        onNavigate={onNavigate}
      />
    </>
  );
}

function tabs(locale: Locale): MainTab[] {
  const t = TEXT[locale];
  return TAB_HREFS.map((href, i) => ({
    href,
    label: t.tabs[i] ?? href,
    current: href === '/profil',
    ...(href === '/datova-schranka' ? { badge: { count: 2, label: t.unread } } : {}),
  }));
}

/** The header's props plus the tab bar the shell puts right under it. */
type HeaderStoryArgs = PortalHeaderProps & { tabsLabel?: string; tabs?: MainTab[] };

const meta = {
  title: 'Portal/PortalHeader',
  component: PortalHeader,
  render: ({ tabsLabel, tabs: items, ...header }: HeaderStoryArgs) => (
    <>
      <PortalHeader {...header} />
      {tabsLabel && items && <MainTabs label={tabsLabel} items={items} onNavigate={header.onNavigate} />}
    </>
  ),
  args: {
    portalName: 'Portál občana',
    subtitle: 'Portál veřejné správy',
    skipLinkLabel: 'Přeskočit na obsah',
    homeHref: '/',
    onNavigate,
  },
  parameters: {
    layout: 'fullscreen',
    locale: {
      en: { portalName: 'Citizen Portal', subtitle: 'Public administration portal', skipLinkLabel: 'Skip to content' },
    },
  },
} satisfies Meta<HeaderStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const english = meta.parameters.locale.en;

/** Signed in, with the main tabs under the header (PROFIL current, two unread messages). */
export const SignedInWithTabs: Story = {
  args: { actions: actions('cs', true), tabsLabel: TEXT.cs.navigation, tabs: tabs('cs') },
  parameters: {
    locale: { en: { ...english, actions: actions('en', true), tabsLabel: TEXT.en.navigation, tabs: tabs('en') } },
  },
};

/** Nobody signed in: the login link in place of the person. */
export const SignedOut: Story = {
  args: { actions: actions('cs', false), tabsLabel: TEXT.cs.navigation, tabs: tabs('cs') },
  parameters: {
    locale: { en: { ...english, actions: actions('en', false), tabsLabel: TEXT.en.navigation, tabs: tabs('en') } },
  },
};

/** Just the name and subtitle (an error page before the session is known). */
export const WithoutActions: Story = {};

/** The first Tab shows the skip link; Enter moves focus to the main content. */
export const SkipLinkFocused: Story = {
  args: { actions: actions('cs', true) },
  parameters: { locale: { en: { ...english, actions: actions('en', true) } } },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: /obsah|content/ })).toHaveFocus();
  },
};

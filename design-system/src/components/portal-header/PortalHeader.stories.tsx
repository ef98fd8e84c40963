import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { type MainTab, MainTabs } from '../main-tabs/MainTabs.js';
import { PortalHeader, type PortalHeaderProps } from './PortalHeader.js';
import { HEADER_TEXTS, headerActions, portalTabs } from './portal-header.fixtures.js';

type Locale = 'cs' | 'en';
const onNavigate = fn();
const onLanguageChange = fn();

/** The header's right-hand slot as the shell fills it: account, language, settings. */
const actions = (locale: Locale, signedIn: boolean) =>
  headerActions({ texts: HEADER_TEXTS[locale], locale, signedIn, onNavigate, onLanguageChange });

/** The tab bar the shell puts under the header: PROFIL current, two unread messages. */
const tabs = (locale: Locale): MainTab[] => portalTabs(HEADER_TEXTS[locale], '/profil', true);

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
  args: { actions: actions('cs', true), tabsLabel: HEADER_TEXTS.cs.navigation, tabs: tabs('cs') },
  parameters: {
    locale: {
      en: { ...english, actions: actions('en', true), tabsLabel: HEADER_TEXTS.en.navigation, tabs: tabs('en') },
    },
  },
};

/** Nobody signed in: the login link in place of the person. */
export const SignedOut: Story = {
  args: { actions: actions('cs', false), tabsLabel: HEADER_TEXTS.cs.navigation, tabs: tabs('cs') },
  parameters: {
    locale: {
      en: { ...english, actions: actions('en', false), tabsLabel: HEADER_TEXTS.en.navigation, tabs: tabs('en') },
    },
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

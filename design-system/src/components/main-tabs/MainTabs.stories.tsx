import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { type MainTab, MainTabs } from './MainTabs.js';

const TABS_CS: MainTab[] = [
  { href: '/profil', label: 'Profil' },
  { href: '/data', label: 'Data' },
  { href: '/datova-schranka', label: 'Datová schránka' },
  { href: '/kalendar', label: 'Kalendář' },
  { href: '/dokumenty', label: 'Dokumenty' },
  { href: '/podani', label: 'Podání' },
];
const TABS_EN: MainTab[] = [
  { href: '/profil', label: 'Profile' },
  { href: '/data', label: 'Data' },
  { href: '/datova-schranka', label: 'Data box' },
  { href: '/kalendar', label: 'Calendar' },
  { href: '/dokumenty', label: 'Documents' },
  { href: '/podani', label: 'Submissions' },
];

/** The same tabs with the one at `href` current and optional changes to single tabs. */
function tabs(base: MainTab[], current?: string, changes: Record<string, Partial<MainTab>> = {}): MainTab[] {
  return base.map((tab) => ({ ...tab, current: tab.href === current, ...changes[tab.href] }));
}

const meta = {
  title: 'Portal/MainTabs',
  component: MainTabs,
  args: { label: 'Hlavní navigace', items: tabs(TABS_CS), onNavigate: fn() },
  parameters: { layout: 'fullscreen', locale: { en: { label: 'Main navigation', items: tabs(TABS_EN) } } },
} satisfies Meta<typeof MainTabs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No tab is current (the home page, the service catalogue). */
export const Default: Story = {};

/** The page being shown belongs to a tab: bold with a yellow bar, and `aria-current="page"`. */
export const CurrentTab: Story = {
  args: { items: tabs(TABS_CS, '/data') },
  parameters: { locale: { en: { label: 'Main navigation', items: tabs(TABS_EN, '/data') } } },
};

/** Unread messages: the count beside DATOVÁ SCHRÁNKA, read out with its meaning. */
export const WithBadge: Story = {
  args: {
    items: tabs(TABS_CS, '/profil', {
      '/datova-schranka': { badge: { count: 3, label: 'nepřečtené zprávy: 3' } },
    }),
  },
  parameters: {
    locale: {
      en: {
        label: 'Main navigation',
        items: tabs(TABS_EN, '/profil', { '/datova-schranka': { badge: { count: 3, label: 'unread messages: 3' } } }),
      },
    },
  },
};

/** More than 99 unread: the badge says 99+, the hidden text the real number. */
export const LargeBadge: Story = {
  args: {
    items: tabs(TABS_CS, '/datova-schranka', {
      '/datova-schranka': { badge: { count: 128, label: 'nepřečtené zprávy: 128' } },
    }),
  },
  parameters: {
    locale: {
      en: {
        label: 'Main navigation',
        items: tabs(TABS_EN, '/datova-schranka', {
          '/datova-schranka': { badge: { count: 128, label: 'unread messages: 128' } },
        }),
      },
    },
  },
};

/** On a phone the tabs wrap onto more rows: every tab in sight, nothing to scroll sideways. */
export const Narrow: Story = {
  args: { items: tabs(TABS_CS, '/kalendar') },
  parameters: { locale: { en: { label: 'Main navigation', items: tabs(TABS_EN, '/kalendar') } } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '20rem' }}>
        <Story />
      </div>
    ),
  ],
};

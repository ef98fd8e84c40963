import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { HeaderActionsFrame } from '../portal-header/portal-header.fixtures.js';
import { SettingsMenu, type SettingsMenuItem } from './SettingsMenu.js';

const ITEMS_CS: SettingsMenuItem[] = [
  { href: '/sluzby', label: 'Služby' },
  { href: '/jazyk', label: 'Jazyk' },
  { href: '/datova-schranka', label: 'Datová schránka' },
  { href: '/notifikace', label: 'Notifikace' },
  { href: '/prohlaseni-o-pristupnosti', label: 'Prohlášení o přístupnosti' },
  { href: '/cookies', label: 'Cookies' },
  { href: '/technicka-podpora', label: 'Technická podpora' },
];
const ITEMS_EN: SettingsMenuItem[] = [
  { href: '/sluzby', label: 'Services' },
  { href: '/jazyk', label: 'Language' },
  { href: '/datova-schranka', label: 'Data box' },
  { href: '/notifikace', label: 'Notifications' },
  { href: '/prohlaseni-o-pristupnosti', label: 'Accessibility statement' },
  { href: '/cookies', label: 'Cookies' },
  { href: '/technicka-podpora', label: 'Technical support' },
];
const withCurrent = (items: SettingsMenuItem[], href: string) =>
  items.map((item) => ({ ...item, current: item.href === href }));

const meta = {
  title: 'Portal/SettingsMenu',
  component: SettingsMenu,
  // It lives in the blue header, at the right; room below for the open list.
  decorators: [
    (Story) => (
      <div style={{ minHeight: '26rem' }}>
        <HeaderActionsFrame>
          <Story />
        </HeaderActionsFrame>
      </div>
    ),
  ],
  args: { label: 'Nastavení', items: ITEMS_CS, onNavigate: fn() },
  parameters: { layout: 'fullscreen', locale: { en: { label: 'Settings', items: ITEMS_EN } } },
} satisfies Meta<typeof SettingsMenu>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: a disclosure button. */
export const Closed: Story = {};

/** Opened with the mouse (or Enter/Space): the list of links under the button. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button');
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  },
};

/** On a settings page: that link is marked current (bold, underlined, `aria-current="page"`). */
export const OpenOnCurrentPage: Story = {
  args: { items: withCurrent(ITEMS_CS, '/notifikace') },
  parameters: { locale: { en: { label: 'Settings', items: withCurrent(ITEMS_EN, '/notifikace') } } },
  play: Open.play,
};

/** With a caption at the top of the open list (it names the list). */
export const OpenWithTitle: Story = {
  args: { title: 'Nastavení účtu' },
  parameters: { locale: { en: { label: 'Settings', items: ITEMS_EN, title: 'Account settings' } } },
  play: Open.play,
};

/** Keyboard: ArrowDown opens the list, the next ArrowDown focuses its first link. */
export const KeyboardFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button');
    button.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getAllByRole('link')[0]).toHaveFocus();
  },
};

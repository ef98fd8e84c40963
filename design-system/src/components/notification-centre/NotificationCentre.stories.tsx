import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { HeaderActionsFrame } from '../portal-header/portal-header.fixtures.js';
import { NotificationCentre, type NotificationCentreItem } from './NotificationCentre.js';

const ITEMS_CS: NotificationCentreItem[] = [
  {
    id: '1',
    title: 'Vaše podání TEL-2026-000042 bylo přijato',
    text: 'Přihlášení psa (TEL-2026-000042). Úřad podání přijal.',
    time: '3. prosince 2026 10:15',
    dateTime: '2026-12-03T09:15:00.000Z',
    href: '/services/submissions/42',
    unread: true,
  },
  {
    id: '2',
    title: 'Nová zpráva v datové schránce od: Město Telč',
    text: 'Do vaší datové schránky přišla nová zpráva od: Město Telč.',
    time: '2. prosince 2026 14:02',
    dateTime: '2026-12-02T13:02:00.000Z',
    href: '/services/data-box/message/1',
    unread: true,
  },
  {
    id: '3',
    title: 'Občanský průkaz: platnost končí za 30 dní',
    time: '1. prosince 2026 8:00',
    dateTime: '2026-12-01T07:00:00.000Z',
    href: '/calendar',
    unread: false,
  },
];
const ITEMS_EN: NotificationCentreItem[] = [
  {
    ...(ITEMS_CS[0] as NotificationCentreItem),
    title: 'Your application TEL-2026-000042 was accepted',
    text: 'Registering a dog (TEL-2026-000042). The authority accepted the application.',
    time: '3 December 2026 10:15',
  },
  {
    ...(ITEMS_CS[1] as NotificationCentreItem),
    title: 'A new message in your data box from: The Town of Telč',
    text: 'A new message from The Town of Telč arrived in your data box.',
    time: '2 December 2026 14:02',
  },
  {
    ...(ITEMS_CS[2] as NotificationCentreItem),
    title: 'Identity card: expires in 30 days',
    time: '1 December 2026 08:00',
  },
];

const meta = {
  title: 'Portal/NotificationCentre',
  component: NotificationCentre,
  // In the blue header, at the right; room below for the open panel.
  decorators: [
    (Story) => (
      <div style={{ minHeight: '30rem' }}>
        <HeaderActionsFrame>
          <Story />
        </HeaderActionsFrame>
      </div>
    ),
  ],
  args: {
    label: 'Oznámení',
    buttonLabel: 'Oznámení, 2 nepřečtená',
    unread: 2,
    title: 'Oznámení',
    items: ITEMS_CS,
    unreadText: 'Nové',
    emptyText: 'Zatím nemáte žádná oznámení.',
    loadingText: 'Načítám oznámení…',
    markAllLabel: 'Označit vše jako přečtené',
    footerLink: { href: '/settings/notifications', label: 'Nastavení oznámení' },
    onMarkAllRead: fn(),
    onItemActivate: fn(),
    onOpenChange: fn(),
    onNavigate: fn(),
  },
  parameters: {
    layout: 'fullscreen',
    locale: {
      en: {
        label: 'Notifications',
        buttonLabel: 'Notifications, 2 unread',
        title: 'Notifications',
        items: ITEMS_EN,
        unreadText: 'New',
        emptyText: 'You have no notifications yet.',
        loadingText: 'Loading notifications…',
        markAllLabel: 'Mark all as read',
        footerLink: { href: '/settings/notifications', label: 'Notification settings' },
      },
    },
  },
} satisfies Meta<typeof NotificationCentre>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: the button with the count of unread notifications. */
export const Closed: Story = {};

/** Open: the latest notifications, unread ones marked "New" and in bold. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { expanded: false });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Nothing to show. */
export const Empty: Story = {
  args: { unread: 0, buttonLabel: 'Oznámení', items: [] },
  parameters: { locale: { en: { unread: 0, buttonLabel: 'Notifications', items: [] } } },
  play: Open.play,
};

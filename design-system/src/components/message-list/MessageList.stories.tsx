import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { GovButton } from '../../gov.js';
import { MessageList, type MessageListItem } from './MessageList.js';
import { receivedLabelsCs } from './message-list.fixtures.js';

const onNavigate = fn();

const inbox: MessageListItem[] = [
  {
    id: 'm1',
    href: '/services/data-box/message/m1',
    party: 'Město Telč',
    subject: 'Rozhodnutí o místním poplatku',
    date: '20. 11. 2026 10:30',
    dateTime: '2026-11-20T09:30:00.000Z',
    attachments: '1 příloha',
    unread: true,
  },
  {
    id: 'm2',
    href: '/services/data-box/message/m2',
    party: 'Ministerstvo vnitra',
    subject: 'Potvrzení o doručení žádosti',
    date: '18. 11. 2026 8:05',
    dateTime: '2026-11-18T07:05:00.000Z',
  },
  {
    id: 'm3',
    href: '/services/data-box/message/m3',
    party: 'Finanční úřad pro Kraj Vysočina',
    subject: 'Výzva k doplnění daňového přiznání',
    date: '2. 11. 2026 14:12',
    dateTime: '2026-11-02T13:12:00.000Z',
    attachments: '3 přílohy',
  },
];

const inboxEn: MessageListItem[] = [
  {
    ...(inbox[0] as MessageListItem),
    party: 'Town of Telč',
    subject: 'Decision on the local fee',
    date: '20 Nov 2026, 10:30',
    attachments: '1 attachment',
  },
  {
    ...(inbox[1] as MessageListItem),
    party: 'Ministry of the Interior',
    subject: 'Receipt of your application',
    date: '18 Nov 2026, 08:05',
  },
  {
    ...(inbox[2] as MessageListItem),
    party: 'Tax Office for the Vysočina Region',
    subject: 'Request to complete the tax return',
    date: '2 Nov 2026, 14:12',
    attachments: '3 attachments',
  },
];

const english = {
  items: inboxEn,
  label: 'Messages in Received',
  partyLabel: 'Sender',
  unreadLabel: 'unread',
  emptyText: 'There are no messages in this folder.',
};

const meta = {
  title: 'Content/MessageList',
  component: MessageList,
  args: {
    items: inbox,
    ...receivedLabelsCs,
    onNavigate,
  },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof MessageList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Received messages: the first unread (bold, read out as unread), two with attachments. */
export const Default: Story = {};

/** The message open beside the list is selected (a bar and tint, `aria-current`). */
export const Selected: Story = { args: { selectedId: 'm2' } };

/** Sent messages: the other party is the recipient. */
export const Sent: Story = {
  args: {
    label: 'Zprávy ve složce Odeslané',
    partyLabel: 'Adresát',
    items: inbox.map((item) => ({ ...item, unread: false })),
  },
  parameters: {
    locale: {
      en: {
        ...english,
        label: 'Messages in Sent',
        partyLabel: 'Recipient',
        items: inboxEn.map((item) => ({ ...item, unread: false })),
      },
    },
  },
};

/** An empty folder. */
export const Empty: Story = { args: { items: [] } };

/** A search without results. */
export const EmptySearch: Story = {
  args: { items: [], emptyText: 'Hledání neodpovídá žádná zpráva.' },
  parameters: { locale: { en: { ...english, items: [], emptyText: 'No message matches your search.' } } },
};

const paging = (previous: string, page: string, next: string) => (
  <>
    {/* asChild: GovButton's own `disabled` does not disable the native button. */}
    <GovButton asChild type="outlined" color="primary" size="s" disabled>
      <button type="button">{previous}</button>
    </GovButton>
    <span>{page}</span>
    <GovButton asChild type="outlined" color="primary" size="s">
      <button type="button">{next}</button>
    </GovButton>
  </>
);

/** With pagination controls in the paging slot. */
export const WithPaging: Story = {
  args: { paging: paging('Předchozí', 'Stránka 1 z 4', 'Další') },
  parameters: { locale: { en: { ...english, paging: paging('Previous', 'Page 1 of 4', 'Next') } } },
};

const long = (item: MessageListItem, party: string, subject: string): MessageListItem => ({ ...item, party, subject });

/** Long names and subjects wrap; nothing is cut off. */
export const LongTexts: Story = {
  args: {
    items: [
      long(
        inbox[0] as MessageListItem,
        'Krajský úřad Kraje Vysočina, odbor dopravy a silničního hospodářství',
        'Oznámení o zahájení řízení ve věci žádosti o vydání rozhodnutí o povolení zvláštního užívání pozemní komunikace',
      ),
      inbox[1] as MessageListItem,
    ],
  },
  parameters: {
    locale: {
      en: {
        ...english,
        items: [
          long(
            inboxEn[0] as MessageListItem,
            'Regional Authority of the Vysočina Region, Department of Transport and Road Management',
            'Notice of the opening of proceedings on the application for a decision permitting special use of a road',
          ),
          inboxEn[1] as MessageListItem,
        ],
      },
    },
  },
};

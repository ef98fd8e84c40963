import type { Meta, StoryObj } from '@storybook/react-vite';
import { AttachmentList } from '../attachment-list/AttachmentList.js';
import { ButtonLink } from '../button-link/ButtonLink.js';
import { MessageView } from './MessageView.js';
import { messagePartiesCs } from './message-view.fixtures.js';

const attachments = (title: string, emptyText: string) => (
  <AttachmentList
    title={title}
    emptyText={emptyText}
    items={[
      { key: '0', name: 'rozhodnuti.pdf', href: '#rozhodnuti', type: 'application/pdf', size: '1,26 MB' },
      { key: '1', name: 'poucka.pdf', href: '#poucka', type: 'application/pdf', size: '84 kB' },
    ]}
  />
);

const english = {
  subject: 'Decision on the local fee',
  fromLabel: 'From',
  from: 'Town of Telč',
  toLabel: 'To',
  to: 'Jan Novák',
  dateLabel: 'Date',
  date: '20 November 2026, 10:30',
  bodyLabel: 'Message text',
  body: 'Dear Mr Novák,\n\nplease find attached the decision on the local fee for 2027.\nYou can appeal within 15 days.\n\nTown of Telč',
  attachments: attachments('Attachments', 'No attachments'),
  actions: <ButtonLink href="#reply">Reply</ButtonLink>,
};

const meta = {
  title: 'Content/MessageView',
  component: MessageView,
  args: {
    subject: 'Rozhodnutí o místním poplatku',
    ...messagePartiesCs,
    body: 'Vážený pane Nováku,\n\nv příloze zasíláme rozhodnutí o místním poplatku na rok 2027.\nProti rozhodnutí se můžete odvolat do 15 dnů.\n\nMěsto Telč',
    attachments: attachments('Přílohy', 'Bez příloh'),
    actions: <ButtonLink href="#odpoved">Odpovědět</ButtonLink>,
  },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof MessageView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A received message with two attachments and a reply action. */
export const Default: Story = {};

/** No attachments: the list says so. */
export const NoAttachments: Story = {
  args: {
    attachments: <AttachmentList title="Přílohy" emptyText="Bez příloh" items={[]} />,
  },
  parameters: {
    locale: {
      en: { ...english, attachments: <AttachmentList title="Attachments" emptyText="No attachments" items={[]} /> },
    },
  },
};

/** The text is shown as typed: markup stays text, long words wrap. */
export const PlainTextBody: Story = {
  args: {
    subject: 'Dotaz na poplatek',
    body: 'Dobrý den,\nposílám žádost v příloze.\n<script>alert(1)</script>\nhttps://portal.example.cz/velmi/dlouha/adresa/ktera/se/musi/zalomit/aby/nepretekla/mimo/ramecek',
    attachments: undefined,
    actions: undefined,
  },
  parameters: {
    locale: {
      en: {
        ...english,
        subject: 'Question about the fee',
        body: 'Hello,\nI am sending my application attached.\n<script>alert(1)</script>\nhttps://portal.example.cz/a/very/long/address/that/has/to/wrap/so/it/does/not/overflow/the/box',
        attachments: undefined,
        actions: undefined,
      },
    },
  },
};

/** A long subject and long party names. */
export const LongTexts: Story = {
  args: {
    subject:
      'Oznámení o zahájení řízení ve věci žádosti o vydání rozhodnutí o povolení zvláštního užívání pozemní komunikace',
    from: 'Krajský úřad Kraje Vysočina, odbor dopravy a silničního hospodářství',
  },
  parameters: {
    locale: {
      en: {
        ...english,
        subject:
          'Notice of the opening of proceedings on the application for a decision permitting special use of a road',
        from: 'Regional Authority of the Vysočina Region, Department of Transport and Road Management',
      },
    },
  },
};

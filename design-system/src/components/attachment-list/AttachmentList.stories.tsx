import type { Meta, StoryObj } from '@storybook/react-vite';
import { AttachmentList } from './AttachmentList.js';

const items = [
  { key: '0', name: 'rozhodnuti.pdf', href: '#rozhodnuti', type: 'application/pdf', size: '1,26 MB' },
  { key: '1', name: 'situacni-vykres.png', href: '#vykres', type: 'image/png', size: '640 kB' },
];
const itemsEn = [
  { key: '0', name: 'rozhodnuti.pdf', href: '#rozhodnuti', type: 'application/pdf', size: '1.26 MB' },
  { key: '1', name: 'situacni-vykres.png', href: '#vykres', type: 'image/png', size: '640 kB' },
];
const english = { title: 'Attachments', emptyText: 'No attachments', items: itemsEn };

const meta = {
  title: 'Content/AttachmentList',
  component: AttachmentList,
  args: { title: 'Přílohy', emptyText: 'Bez příloh', items },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof AttachmentList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two files to download. */
export const Default: Story = {};

/** A message without attachments. */
export const Empty: Story = { args: { items: [] }, parameters: { locale: { en: { ...english, items: [] } } } };

const longName = 'zadost-o-vydani-rozhodnuti-o-povoleni-zvlastniho-uzivani-pozemni-komunikace-2026-11-20-podepsano.pdf';

/** A long file name wraps. */
export const LongName: Story = {
  args: { items: [{ key: '0', name: longName, href: '#dlouhy', type: 'application/pdf', size: '9,87 MB' }] },
  parameters: {
    locale: {
      en: {
        ...english,
        items: [{ key: '0', name: longName, href: '#dlouhy', type: 'application/pdf', size: '9.87 MB' }],
      },
    },
  },
};

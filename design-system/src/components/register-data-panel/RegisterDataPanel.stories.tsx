import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { RegisterDataPanel } from './RegisterDataPanel.js';
import { personalDataCs, personalDataRowsCs } from './register-data-panel.fixtures.js';

const english = {
  title: 'Personal data',
  sourceLabel: 'Source',
  source: 'Population Register (ROB)',
  emptyText: 'not recorded',
  rows: [
    { label: 'Name', value: 'Jan Novák' },
    { label: 'Date of birth', value: '12 March 1980', dateTime: '1980-03-12' },
    { label: 'Place of birth', value: 'Jihlava' },
    { label: 'Birth surname', value: null },
  ],
  complaint: { label: 'Report incorrect data', onClick: fn() },
};

const meta = {
  title: 'Content/RegisterDataPanel',
  component: RegisterDataPanel,
  args: {
    ...personalDataCs,
    rows: [
      ...personalDataRowsCs,
      { label: 'Místo narození', value: 'Jihlava' },
      { label: 'Rodné příjmení', value: null },
    ],
    complaint: { label: 'Nahlásit chybné údaje', onClick: fn() },
  },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof RegisterDataPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const ComplaintLink: Story = {
  name: 'Complaint as a link',
  args: { complaint: { label: 'Nahlásit chybné údaje', href: '/data/complaint?register=rob' } },
  parameters: {
    locale: { en: { ...english, complaint: { label: 'Report incorrect data', href: '/data/complaint?register=rob' } } },
  },
};

export const AllEmpty: Story = {
  name: 'Empty values',
  args: {
    title: 'Řidičský průkaz',
    source: 'Centrální registr řidičů',
    rows: [
      { label: 'Číslo průkazu', value: null },
      { label: 'Skupiny', value: null },
      { label: 'Platnost do', value: null },
    ],
  },
  parameters: {
    locale: {
      en: {
        ...english,
        title: 'Driving licence',
        source: 'Central Register of Drivers',
        rows: [
          { label: 'Licence number', value: null },
          { label: 'Categories', value: null },
          { label: 'Valid until', value: null },
        ],
      },
    },
  },
};

export const NoComplaint: Story = {
  name: 'Without a complaint action',
  args: { complaint: undefined },
  parameters: { locale: { en: { ...english, complaint: undefined } } },
};

export const LongValues: Story = {
  args: {
    title: 'Adresa trvalého pobytu',
    rows: [
      {
        label: 'Adresa',
        value: 'Náměstí Zachariáše z Hradce 10/4, Vnitřní Město, 588 56 Telč, okres Jihlava, kraj Vysočina',
      },
      { label: 'Datum přihlášení k pobytu', value: '1. 7. 2004', dateTime: '2004-07-01' },
      {
        label: 'Adresa pro doručování písemností veřejné moci',
        value: 'P. O. BOX 123, Česká pošta, s.p., pobočka Telč, 588 56 Telč',
      },
    ],
  },
  parameters: {
    locale: {
      en: {
        ...english,
        title: 'Address of permanent residence',
        rows: [
          {
            label: 'Address',
            value: 'Náměstí Zachariáše z Hradce 10/4, Vnitřní Město, 588 56 Telč, Jihlava district, Vysočina Region',
          },
          { label: 'Registered at the address since', value: '1 July 2004', dateTime: '2004-07-01' },
          {
            label: 'Address for delivery of official documents',
            value: 'P. O. BOX 123, Czech Post, Telč branch, 588 56 Telč',
          },
        ],
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { SecondaryNav } from './SecondaryNav.js';

const meta = {
  title: 'Portal/SecondaryNav',
  component: SecondaryNav,
  args: {
    label: 'Moje služby',
    items: [
      { href: '/services/telc', label: 'Portál občana města Telč' },
      { href: '/services/znojmo', label: 'Portál občana města Znojmo' },
      { href: '/services/mpsv', label: 'Ministerstvo práce a sociálních věcí' },
    ],
    onNavigate: fn(),
  },
  parameters: {
    layout: 'fullscreen',
    locale: {
      en: {
        label: 'My services',
        items: [
          { href: '/services/telc', label: 'Citizen Portal of Telč' },
          { href: '/services/znojmo', label: 'Citizen Portal of Znojmo' },
          { href: '/services/mpsv', label: 'Ministry of Labour and Social Affairs' },
        ],
      },
    },
  },
} satisfies Meta<typeof SecondaryNav>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Current: Story = {
  args: {
    items: [
      { href: '/services/telc', label: 'Portál občana města Telč' },
      { href: '/services/znojmo', label: 'Portál občana města Znojmo', current: true },
    ],
  },
  parameters: {
    locale: {
      en: {
        label: 'My services',
        items: [
          { href: '/services/telc', label: 'Citizen Portal of Telč' },
          { href: '/services/znojmo', label: 'Citizen Portal of Znojmo', current: true },
        ],
      },
    },
  },
};

export const ManyItems: Story = {
  args: {
    items: [
      'Portál občana města Telč',
      'Portál občana města Znojmo',
      'Portál občana Příbram',
      'Ministerstvo práce a sociálních věcí',
      'Česká správa sociálního zabezpečení',
      'Všeobecná zdravotní pojišťovna',
      'Živnostenský úřad',
      'Katastr nemovitostí',
    ].map((label, index) => ({ href: `/services/s${index}`, label })),
  },
  parameters: {
    locale: {
      en: {
        label: 'My services',
        items: [
          'Citizen Portal of Telč',
          'Citizen Portal of Znojmo',
          'Citizen Portal of Příbram',
          'Ministry of Labour and Social Affairs',
          'Czech Social Security Administration',
          'General Health Insurance Company',
          'Trade Licensing Office',
          'Land Registry',
        ].map((label, index) => ({ href: `/services/s${index}`, label })),
      },
    },
  },
};

/** The citizen's services under the main tabs: "Moje služby" as the row's title, each service a chip. */
export const Labelled: Story = {
  args: {
    labelled: true,
    items: [
      { href: '/services/telc', label: 'Portál občana města Telč', current: true },
      { href: '/services/znojmo', label: 'Portál občana města Znojmo' },
      { href: '/services/mpsv', label: 'Ministerstvo práce a sociálních věcí' },
    ],
  },
  parameters: {
    locale: {
      en: {
        label: 'My services',
        items: [
          { href: '/services/telc', label: 'Citizen Portal of Telč', current: true },
          { href: '/services/znojmo', label: 'Citizen Portal of Znojmo' },
          { href: '/services/mpsv', label: 'Ministry of Labour and Social Affairs' },
        ],
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { CookieBar } from './CookieBar.js';

const meta = {
  title: 'Portal/CookieBar',
  component: CookieBar,
  args: {
    label: 'Informace o cookies',
    text: 'Portál používá jen nezbytné cookies: pro přihlášení, zabezpečení a zapamatování jazyka. Analytické ani reklamní cookies nepoužíváme.',
    linkLabel: 'Více o cookies',
    linkHref: '/cookies',
    acceptLabel: 'Rozumím',
    onAccept: fn(),
    onNavigate: fn(),
  },
  parameters: {
    layout: 'fullscreen',
    locale: {
      en: {
        label: 'About cookies',
        text: 'The portal uses strictly necessary cookies only: to log you in, for security and to remember your language. We use no analytics or advertising cookies.',
        linkLabel: 'More about cookies',
        acceptLabel: 'OK',
      },
    },
  },
} satisfies Meta<typeof CookieBar>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const ShortText: Story = {
  args: { text: 'Používáme jen nezbytné cookies.' },
  parameters: {
    locale: {
      en: {
        label: 'About cookies',
        text: 'We use necessary cookies only.',
        linkLabel: 'More about cookies',
        acceptLabel: 'OK',
      },
    },
  },
};

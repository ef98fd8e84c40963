import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { HeaderActionsFrame } from '../portal-header/portal-header.fixtures.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { languageLinks, languageOptions } from './language-switch.fixtures.js';

const meta = {
  title: 'Portal/LanguageSwitch',
  component: LanguageSwitch,
  // It lives in the blue header.
  decorators: [
    (Story) => (
      <HeaderActionsFrame>
        <Story />
      </HeaderActionsFrame>
    ),
  ],
  args: { label: 'Jazyk', current: 'cs', options: languageOptions, onChange: fn() },
  parameters: { layout: 'fullscreen', locale: { en: { label: 'Language', current: 'en' } } },
} satisfies Meta<typeof LanguageSwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Buttons (the shell switches without a page load); the language in use is pressed. */
export const Buttons: Story = {};

/** Links to the page in each language (`hreflang`): works without JavaScript. */
export const Links: Story = {
  args: { options: languageLinks },
};

/** Without short labels: the full names on every screen width. */
export const FullNamesOnly: Story = {
  args: { options: languageOptions.map(({ locale, label }) => ({ locale, label })) },
};

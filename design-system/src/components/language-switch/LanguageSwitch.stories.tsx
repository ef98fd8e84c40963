import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { LanguageSwitch } from './LanguageSwitch.js';

// The languages' names are in their own language, the same in both locales; only the group's name changes.
const OPTIONS = [
  { locale: 'cs', label: 'Čeština', shortLabel: 'CZ' },
  { locale: 'en', label: 'English', shortLabel: 'EN' },
];

const meta = {
  title: 'Portal/LanguageSwitch',
  component: LanguageSwitch,
  // It lives in the blue header.
  decorators: [
    (Story) => (
      <div className="czp-header">
        <div className="czp-header__inner" style={{ justifyContent: 'flex-end' }}>
          <div className="czp-header__actions">
            <Story />
          </div>
        </div>
      </div>
    ),
  ],
  args: { label: 'Jazyk', current: 'cs', options: OPTIONS, onChange: fn() },
  parameters: { layout: 'fullscreen', locale: { en: { label: 'Language', current: 'en' } } },
} satisfies Meta<typeof LanguageSwitch>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Buttons (the shell switches without a page load); the language in use is pressed. */
export const Buttons: Story = {};

/** Links to the page in each language (`hreflang`): works without JavaScript. */
export const Links: Story = {
  args: { options: OPTIONS.map((option) => ({ ...option, href: `/?lang=${option.locale}` })) },
};

/** Without short labels: the full names on every screen width. */
export const FullNamesOnly: Story = {
  args: { options: OPTIONS.map(({ locale, label }) => ({ locale, label })) },
};

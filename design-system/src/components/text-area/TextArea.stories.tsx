import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { TextArea } from './TextArea.js';

const meta = {
  title: 'Forms/TextArea',
  component: TextArea,
  args: { label: 'Zpráva', name: 'message', onChange: fn() },
  parameters: { locale: { en: { label: 'Message' } } },
} satisfies Meta<typeof TextArea>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty. */
export const Empty: Story = {};

/** Filled in. */
export const Filled: Story = {
  args: { defaultValue: 'Dobrý den,\nprosím o zaslání potvrzení o zaplacení poplatku za psa.' },
  parameters: {
    locale: { en: { label: 'Message', defaultValue: 'Hello,\nplease send me a receipt for the dog fee.' } },
  },
};

/** A hint under the text area. */
export const WithHint: Story = {
  args: { hint: 'Nejvýše 500 znaků', maxLength: 500 },
  parameters: { locale: { en: { label: 'Message', hint: 'At most 500 characters' } } },
};

/** After a failed submit. */
export const WithError: Story = {
  args: { hint: 'Nejvýše 500 znaků', error: 'Napište zprávu', required: true },
  parameters: { locale: { en: { label: 'Message', hint: 'At most 500 characters', error: 'Write a message' } } },
};

/** Disabled. */
export const Disabled: Story = {
  args: { defaultValue: 'Odesláno 3. 3. 2026', disabled: true },
  parameters: { locale: { en: { label: 'Message', defaultValue: 'Sent on 3 March 2026' } } },
};

/** Required. */
export const Required: Story = { args: { required: true } };

/** A long label wraps. */
export const LongLabel: Story = {
  args: {
    label:
      'Popište, jaké úpravy byste potřebovali na pracovišti kvůli svému zdravotnímu stavu, a od kdy je potřebujete',
    rows: 3,
  },
  parameters: {
    locale: {
      en: {
        label:
          'Describe what changes you would need at your workplace because of your health, and from when you need them',
      },
    },
  },
};

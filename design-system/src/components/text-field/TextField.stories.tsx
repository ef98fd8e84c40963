import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { TextField } from './TextField.js';

const meta = {
  title: 'Forms/TextField',
  component: TextField,
  args: { label: 'Obec', name: 'town', autoComplete: 'address-level2', width: 'l', onChange: fn() },
  parameters: { locale: { en: { label: 'Town' } } },
} satisfies Meta<typeof TextField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty, with a label only. */
export const Empty: Story = {};

/** Filled in. */
export const Filled: Story = {
  args: { defaultValue: 'Telč' },
  parameters: { locale: { en: { label: 'Town', defaultValue: 'Telc' } } },
};

/** A hint under the input, read with it. */
export const WithHint: Story = {
  args: { hint: 'Obec, kde máte trvalý pobyt' },
  parameters: { locale: { en: { label: 'Town', hint: 'The town of your permanent residence' } } },
};

/** After a failed submit: the error next to the field, the input invalid and described by hint and error. */
export const WithError: Story = {
  args: {
    label: 'Počet psů',
    hint: 'Celé číslo, 0 až 20',
    error: 'Zadejte celé číslo',
    defaultValue: '2,5',
    inputMode: 'numeric',
    width: 's',
  },
  parameters: {
    locale: { en: { label: 'Number of dogs', hint: 'A whole number, 0 to 20', error: 'Enter a whole number' } },
  },
};

/** Disabled (the value is shown but cannot be changed). */
export const Disabled: Story = {
  args: { label: 'Rodné číslo', defaultValue: '800101/1234', disabled: true, width: 'm' },
  parameters: { locale: { en: { label: 'Birth number' } } },
};

/** Required: a decorative asterisk; the input is required for assistive technology too. */
export const Required: Story = {
  args: { label: 'E-mail', type: 'email', autoComplete: 'email', required: true },
  parameters: { locale: { en: { label: 'Email' } } },
};

/** Widths: `s` for a number or postcode, `m` for a name, `l` for an e-mail or address, `full` for the container. */
export const SmallWidth: Story = {
  args: { label: 'PSČ', autoComplete: 'postal-code', inputMode: 'numeric', width: 's' },
  parameters: { locale: { en: { label: 'Postcode' } } },
};

/** A long label wraps over the input's width. */
export const LongLabel: Story = {
  args: {
    label: 'Průměrný měsíční čistý výdělek v posledním zaměstnání před evidencí na úřadu práce, včetně odměn a prémií',
    hint: 'V korunách, bez haléřů',
    width: 'm',
  },
  parameters: {
    locale: {
      en: {
        label:
          'Average monthly net earnings in your last job before registering with the labour office, including bonuses',
        hint: 'In crowns, without hellers',
      },
    },
  },
};

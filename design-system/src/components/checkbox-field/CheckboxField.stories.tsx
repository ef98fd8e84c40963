import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { CheckboxField } from './CheckboxField.js';

const meta = {
  title: 'Forms/CheckboxField',
  component: CheckboxField,
  args: { label: 'Jsem poživatel starobního důchodu', name: 'pensioner', onChange: fn() },
  parameters: { locale: { en: { label: 'I receive an old-age pension' } } },
} satisfies Meta<typeof CheckboxField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Not ticked. */
export const Empty: Story = {};

/** Ticked. */
export const Filled: Story = { args: { defaultChecked: true } };

/** A hint under the label. */
export const WithHint: Story = {
  args: { hint: 'Sleva 50 % z poplatku za odpady' },
  parameters: { locale: { en: { label: 'I receive an old-age pension', hint: '50% off the waste fee' } } },
};

/** After a failed submit (a consent that must be given). */
export const WithError: Story = {
  args: {
    label: 'Souhlasím se zpracováním osobních údajů',
    error: 'Potvrďte souhlas se zpracováním osobních údajů',
    required: true,
  },
  parameters: {
    locale: {
      en: { label: 'I agree to the processing of my personal data', error: 'Confirm that you agree to the processing' },
    },
  },
};

/** Disabled, ticked. */
export const Disabled: Story = { args: { defaultChecked: true, disabled: true } };

/** Required. */
export const Required: Story = {
  args: { label: 'Souhlasím se zpracováním osobních údajů', required: true },
  parameters: { locale: { en: { label: 'I agree to the processing of my personal data' } } },
};

/** A long label wraps beside the box. */
export const LongLabel: Story = {
  args: {
    label:
      'Pracovní poměr jsem ukončil(a) bez vážného důvodu, dohodou nebo výpovědí z mé strany, nebo mi zaměstnavatel dal výpověď pro porušení povinností',
    hint: 'Podpora je pak 45 % průměrného výdělku po celou dobu',
  },
  parameters: {
    locale: {
      en: {
        label:
          'I ended my job without a serious reason, by agreement or by my notice, or my employer dismissed me for breaching my duties',
        hint: 'The benefit is then 45% of the average earnings for the whole period',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { RadioGroup } from './RadioGroup.js';

const allCs = { value: 'all', label: 'Vše' };
const civilCs = { value: 'civil', label: 'Občanské záležitosti' };
const businessCs = { value: 'business', label: 'Podnikání' };
const allEn = { value: 'all', label: 'All' };
const civilEn = { value: 'civil', label: 'Civil matters' };
const businessEn = { value: 'business', label: 'Business' };
const areasCs = [allCs, civilCs, businessCs];
const areasEn = [allEn, civilEn, businessEn];
const english = { legend: 'Area', options: areasEn };

const meta = {
  title: 'Forms/RadioGroup',
  component: RadioGroup,
  args: { legend: 'Oblast', name: 'area', options: areasCs, onChange: fn() },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof RadioGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen. */
export const Empty: Story = {};

/** A choice made. */
export const Filled: Story = { args: { defaultValue: 'civil' } };

/** Side by side (short labels, e.g. a filter). */
export const Inline: Story = { args: { defaultValue: 'all', inline: true } };

/** A hint for the group and one for a choice. */
export const WithHint: Story = {
  args: {
    hint: 'Vyberte oblast životních situací',
    options: [
      allCs,
      { ...civilCs, hint: 'Matrika, občanské průkazy, trvalý pobyt' },
      { ...businessCs, hint: 'Živnostenský úřad' },
    ],
  },
  parameters: {
    locale: {
      en: {
        legend: 'Area',
        hint: 'Choose an area of life situations',
        options: [
          allEn,
          { ...civilEn, hint: 'Registry office, ID cards, permanent residence' },
          { ...businessEn, hint: 'Trade licensing office' },
        ],
      },
    },
  },
};

/** After a failed submit: the group is invalid and described by the error. */
export const WithError: Story = {
  args: { error: 'Vyberte oblast', required: true },
  parameters: { locale: { en: { ...english, error: 'Choose an area' } } },
};

/** The whole group disabled. */
export const Disabled: Story = { args: { defaultValue: 'all', disabled: true } };

/** One choice disabled (the arrow keys skip it). */
export const OptionDisabled: Story = {
  args: { options: [allCs, civilCs, { ...businessCs, disabled: true }] },
  parameters: { locale: { en: { ...english, options: [allEn, civilEn, { ...businessEn, disabled: true }] } } },
};

/** Required. */
export const Required: Story = { args: { required: true } };

/** A long question and long choices wrap. */
export const LongLabel: Story = {
  args: {
    legend: 'Jak jste ukončili poslední zaměstnání před evidencí na úřadu práce a podáním žádosti o podporu?',
    options: [
      {
        value: 'serious',
        label: 'Z vážného důvodu (například zdravotní důvody, péče o dítě nebo přestěhování za manželem)',
      },
      { value: 'other', label: 'Bez vážného důvodu, dohodou nebo výpovědí z mé strany' },
    ],
  },
  parameters: {
    locale: {
      en: {
        legend: 'How did your last job before registering with the labour office and applying for the benefit end?',
        options: [
          { value: 'serious', label: 'For a serious reason (for example health, childcare, or moving with a spouse)' },
          { value: 'other', label: 'Without a serious reason, by agreement or by my notice' },
        ],
      },
    },
  },
};

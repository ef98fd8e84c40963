import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { SelectField } from './SelectField.js';

const regionsCs = [
  { value: 'vysocina', label: 'Kraj Vysočina' },
  { value: 'jihomoravsky', label: 'Jihomoravský kraj' },
  { value: 'stredocesky', label: 'Středočeský kraj' },
];
const regionsEn = [
  { value: 'vysocina', label: 'Vysočina Region' },
  { value: 'jihomoravsky', label: 'South Moravian Region' },
  { value: 'stredocesky', label: 'Central Bohemian Region' },
];
const english = { label: 'Region', options: regionsEn, placeholder: 'All regions' };

const meta = {
  title: 'Forms/SelectField',
  component: SelectField,
  args: { label: 'Kraj', name: 'region', options: regionsCs, placeholder: 'Všechny kraje', width: 'm', onChange: fn() },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof SelectField>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet (the empty first choice). */
export const Empty: Story = {};

/** A choice made. */
export const Filled: Story = { args: { defaultValue: 'jihomoravsky' } };

/** A hint under the select. */
export const WithHint: Story = {
  args: { hint: 'Kraj, kde máte trvalý pobyt' },
  parameters: { locale: { en: { ...english, hint: 'The region of your permanent residence' } } },
};

/** After a failed submit. */
export const WithError: Story = {
  args: { placeholder: 'Vyberte kraj', error: 'Vyberte kraj, kde máte trvalý pobyt', required: true },
  parameters: {
    locale: {
      en: { ...english, placeholder: 'Choose a region', error: 'Choose the region of your permanent residence' },
    },
  },
};

/** Disabled. */
export const Disabled: Story = { args: { defaultValue: 'vysocina', disabled: true } };

/** Required, no empty choice. */
export const Required: Story = { args: { placeholder: undefined, required: true } };

/** A long label wraps. */
export const LongLabel: Story = {
  args: { label: 'Kraj, ve kterém jste měli trvalý pobyt ke dni podání žádosti o příspěvek na bydlení' },
  parameters: {
    locale: {
      en: {
        ...english,
        label: 'The region of your permanent residence on the day you applied for the housing allowance',
      },
    },
  },
};

/** Choices in groups (`<optgroup>`), e.g. a data box's recipients. */
export const Grouped: Story = {
  args: {
    label: 'Adresát',
    name: 'recipient',
    placeholder: 'Vyberte adresáta',
    width: 'l',
    options: [
      {
        group: 'Obce a města',
        options: [
          { value: 'telc', label: 'Město Telč' },
          { value: 'znojmo', label: 'Město Znojmo' },
        ],
      },
      {
        group: 'Ministerstva',
        options: [
          { value: 'msp', label: 'Ministerstvo spravedlnosti' },
          { value: 'mv', label: 'Ministerstvo vnitra' },
        ],
      },
    ],
  },
  parameters: {
    locale: {
      en: {
        label: 'Recipient',
        placeholder: 'Choose a recipient',
        options: [
          {
            group: 'Municipalities',
            options: [
              { value: 'telc', label: 'Town of Telč' },
              { value: 'znojmo', label: 'Town of Znojmo' },
            ],
          },
          {
            group: 'Ministries',
            options: [
              { value: 'msp', label: 'Ministry of Justice' },
              { value: 'mv', label: 'Ministry of the Interior' },
            ],
          },
        ],
      },
    },
  },
};

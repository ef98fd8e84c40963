import type { Meta, StoryObj } from '@storybook/react-vite';
import { TextField } from '../text-field/TextField.js';
import { ErrorSummary } from './ErrorSummary.js';

const meta = {
  title: 'Forms/ErrorSummary',
  component: ErrorSummary,
  args: {
    title: 'Formulář obsahuje chyby',
    errors: [
      { fieldId: 'story-persons', text: 'Zadejte počet osob v domácnosti' },
      { fieldId: 'story-dogs', text: 'Počet psů musí být celé číslo' },
    ],
  },
  parameters: {
    locale: {
      en: {
        title: 'There is a problem',
        errors: [
          { fieldId: 'story-persons', text: 'Enter the number of people in the household' },
          { fieldId: 'story-dogs', text: 'The number of dogs must be a whole number' },
        ],
      },
    },
  },
  // The fields the links lead to (a link moves focus to its field).
  decorators: [
    (Story, context) => {
      const [persons, dogs] = context.args.errors;
      const en = context.globals.locale === 'en';
      return (
        <form noValidate style={{ display: 'grid', gap: 'var(--czp-space-4)', maxWidth: '40rem' }}>
          <Story />
          <TextField id="story-persons" label={en ? 'People' : 'Počet osob'} width="s" error={persons?.text} />
          <TextField
            id="story-dogs"
            label={en ? 'Dogs' : 'Počet psů'}
            width="s"
            defaultValue="1,5"
            error={dogs?.text}
          />
        </form>
      );
    },
  ],
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two errors, each a link to its field; focused when it appears. */
export const Default: Story = {};

/** One error, with a description and a level-3 heading. */
export const OneError: Story = {
  args: {
    description: 'Opravte prosím:',
    headingLevel: 3,
    errors: [{ fieldId: 'story-persons', text: 'Zadejte počet osob v domácnosti' }],
  },
  parameters: {
    locale: {
      en: {
        title: 'There is a problem',
        description: 'Please correct:',
        errors: [{ fieldId: 'story-persons', text: 'Enter the number of people in the household' }],
      },
    },
  },
};

/** A long error text wraps. */
export const LongTexts: Story = {
  args: {
    errors: [
      {
        fieldId: 'story-persons',
        text: 'Počet osob v domácnosti musí být celé číslo od 1 do 20; započítejte všechny osoby s trvalým pobytem na adrese',
      },
    ],
  },
  parameters: {
    locale: {
      en: {
        title: 'There is a problem',
        errors: [
          {
            fieldId: 'story-persons',
            text: 'The number of people in the household must be a whole number from 1 to 20; count everyone with permanent residence at the address',
          },
        ],
      },
    },
  },
};

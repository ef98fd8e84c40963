import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ErrorState } from './ErrorState.js';

const meta = {
  title: 'Feedback/ErrorState',
  component: ErrorState,
  args: {
    title: 'Něco se pokazilo',
    text: 'Stránku se nepodařilo zobrazit. Zkuste to prosím znovu, ostatní části portálu fungují dál.',
    retryLabel: 'Zkusit znovu',
    onRetry: fn(),
  },
  parameters: {
    locale: {
      en: {
        title: 'Something went wrong',
        text: 'The page could not be shown. Please try again; the rest of the portal keeps working.',
        retryLabel: 'Try again',
      },
    },
  },
} satisfies Meta<typeof ErrorState>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithoutRetry: Story = {
  args: { retryLabel: undefined, onRetry: undefined, announce: false },
};

export const MoreActions: Story = {
  args: { actions: <a href="/">Na úvodní stránku</a> },
  parameters: {
    locale: {
      en: {
        title: 'Something went wrong',
        text: 'The page could not be shown. Please try again; the rest of the portal keeps working.',
        retryLabel: 'Try again',
        actions: <a href="/">Go to the home page</a>,
      },
    },
  },
};

export const LongText: Story = {
  args: {
    title: 'Údaje ze základních registrů se nepodařilo načíst',
    text: 'Základní registr obyvatel neodpověděl včas. Údaje zobrazíme, jakmile bude registr opět dostupný. Pokud potřebujete údaje nyní, můžete si je vyžádat na kontaktním místě Czech POINT nebo na úřadě vaší obce s rozšířenou působností.',
  },
  parameters: {
    locale: {
      en: {
        title: 'The data from the base registers could not be loaded',
        text: 'The Population Register did not answer in time. We will show your data once the register is available again. If you need the data now, ask for them at a Czech POINT contact office or at your municipal office.',
        retryLabel: 'Try again',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { HeaderActionsFrame } from '../portal-header/portal-header.fixtures.js';
import { AccountControls } from './AccountControls.js';

const meta = {
  title: 'Portal/AccountControls',
  component: AccountControls,
  // It lives in the blue header: shown on the header's background, at the right.
  decorators: [
    (Story) => (
      <HeaderActionsFrame>
        <Story />
      </HeaderActionsFrame>
    ),
  ],
  args: {
    person: null,
    label: 'Přihlášená osoba',
    loginLabel: 'Přihlásit se',
    loginHref: '/auth/login?returnTo=%2Fdata',
    logoutLabel: 'Odhlásit se',
    logoutAction: '/auth/logout',
    csrfToken: 'storybook-csrf-token',
  },
  parameters: {
    layout: 'fullscreen',
    locale: { en: { label: 'Signed in', loginLabel: 'Log in', logoutLabel: 'Log out' } },
  },
} satisfies Meta<typeof AccountControls>;

export default meta;
type Story = StoryObj<typeof meta>;

const english = meta.parameters.locale.en;

/** Nobody is signed in: a login link (a full page load to the identity provider). */
export const SignedOut: Story = {};

/** Signed in with a username and password (level of assurance low). */
export const SignedInLow: Story = {
  args: { person: { name: 'Eva Malá', detail: 'Úroveň ověření: nízká' } },
  parameters: { locale: { en: { ...english, person: { name: 'Eva Malá', detail: 'Level of assurance: low' } } } },
};

/** Signed in with a password and an SMS code (level of assurance substantial). */
export const SignedInSubstantial: Story = {
  args: { person: { name: 'Petr Svoboda', detail: 'Úroveň ověření: značná' } },
  parameters: {
    locale: { en: { ...english, person: { name: 'Petr Svoboda', detail: 'Level of assurance: substantial' } } },
  },
};

/** Signed in with the identity card (level of assurance high). */
export const SignedInHigh: Story = {
  args: { person: { name: 'Jan Kalina', detail: 'Úroveň ověření: vysoká' } },
  parameters: { locale: { en: { ...english, person: { name: 'Jan Kalina', detail: 'Level of assurance: high' } } } },
};

/** Without the detail line. */
export const NameOnly: Story = {
  args: { person: { name: 'Jan Kalina' } },
};

/** A long name wraps; the logout button keeps its size. */
export const LongName: Story = {
  args: { person: { name: 'Marie Magdalena Dvořáková-Procházková', detail: 'Úroveň ověření: vysoká' } },
  parameters: {
    locale: {
      en: { ...english, person: { name: 'Marie Magdalena Dvořáková-Procházková', detail: 'Level of assurance: high' } },
    },
  },
};

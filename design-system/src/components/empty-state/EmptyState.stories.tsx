import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { EmptyState } from './EmptyState.js';

const onNavigate = fn();

const meta = {
  title: 'Feedback/EmptyState',
  component: EmptyState,
  args: {
    title: 'Tato sekce se připravuje',
    text: 'Sekce Kalendář zatím není k dispozici. Využijte prosím služby v katalogu.',
  },
  parameters: {
    locale: {
      en: {
        title: 'This section is being prepared',
        text: 'The section Calendar is not available yet. Please use the services in the catalogue.',
      },
    },
  },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A section that is not available yet. */
export const Default: Story = {};

/** A page that does not exist, with a link home (the page's own heading: level 1). */
export const NotFound: Story = {
  args: {
    title: 'Stránka nenalezena',
    text: 'Stránka /kalendar/2026 neexistuje. Zkontrolujte adresu nebo přejděte na úvodní stránku.',
    headingLevel: 1,
    action: { href: '/', label: 'Na úvodní stránku', onNavigate },
  },
  parameters: {
    locale: {
      en: {
        title: 'Page not found',
        text: 'The page /kalendar/2026 does not exist. Check the address or go to the home page.',
        action: { href: '/', label: 'Go to the home page', onNavigate },
      },
    },
  },
};

/** An empty list: nothing added yet, with the way to add something. */
export const EmptyList: Story = {
  args: {
    title: 'Moje služby',
    text: 'Zatím nemáte žádné služby. Přidejte si je z katalogu služeb.',
    headingLevel: 3,
    action: { href: '/sluzby', label: 'Přejít do katalogu služeb', onNavigate },
  },
  parameters: {
    locale: {
      en: {
        title: 'My services',
        text: 'You have no services yet. Add them from the service catalogue.',
        action: { href: '/sluzby', label: 'Go to the service catalogue', onNavigate },
      },
    },
  },
};

/** A long text wraps. */
export const LongText: Story = {
  args: {
    title: 'Nedostupné bez vašeho souhlasu',
    text: 'Datová schránka pracuje s vašimi osobními údaji, a proto potřebuje váš souhlas s jejich zpracováním. Veřejné služby můžete používat i bez něj. Bez souhlasu budou nedostupné sekce s osobními údaji (Profil, Data, Datová schránka, Kalendář, Dokumenty, Podání, Notifikace) a služby, které vyžadují přihlášení.',
  },
  parameters: {
    locale: {
      en: {
        title: 'Not available without your consent',
        text: 'The data box works with your personal data and so needs your consent to its processing. You can use public services without it. Without consent, the sections with personal data (Profile, Data, Data box, Calendar, Documents, Submissions, Notifications) and services that require a login will not be available.',
      },
    },
  },
};

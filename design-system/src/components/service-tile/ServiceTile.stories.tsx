import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { GovButton } from '../../gov.js';
import { ServiceTile } from './ServiceTile.js';

const onAdd = fn();
const onRemove = fn();

const meta = {
  title: 'Portal/ServiceTile',
  component: ServiceTile,
  // Tiles sit in a list (one link per tile), at the width of one column of the catalogue grid.
  decorators: [
    (Story) => (
      <ul className="gov-list--plain" style={{ maxWidth: '20rem', margin: 0, padding: 0, listStyle: 'none' }}>
        <li>
          <Story />
        </li>
      </ul>
    ),
  ],
  args: {
    href: '/sluzby/telc',
    name: 'Portál občana Telč',
    issuer: 'Vydává: Město Telč',
    onNavigate: fn(),
  },
  // Story-level locale parameters are merged over these (an undefined value cannot remove one).
  parameters: { locale: { en: { name: 'Telč Citizen Portal', issuer: 'Issuer: Town of Telč' } } },
} satisfies Meta<typeof ServiceTile>;

export default meta;
type Story = StoryObj<typeof meta>;

const DESCRIPTION = 'Přihlášení psa, poplatek za odpad a rezervace obřadní síně.';
const english = {
  ...meta.parameters.locale.en,
  description: 'Dog registration, the waste fee and booking the wedding hall.',
};

/** A catalogue tile as a signed-in citizen sees it: the service can be added to "My services". */
export const Default: Story = {
  args: {
    description: DESCRIPTION,
    meta: 'Obce a města · Kraj Vysočina',
    actions: (
      <GovButton type="solid" color="primary" size="s" aria-label="Přidat službu: Portál občana Telč" onClick={onAdd}>
        Přidat službu
      </GovButton>
    ),
  },
  parameters: {
    locale: {
      en: {
        ...english,
        meta: 'Municipalities · Vysočina Region',
        actions: (
          <GovButton
            type="solid"
            color="primary"
            size="s"
            aria-label="Add service: Telč Citizen Portal"
            onClick={onAdd}
          >
            Add service
          </GovButton>
        ),
      },
    },
  },
};

/** Already among the citizen's services: the button removes it. */
export const Added: Story = {
  args: {
    description: DESCRIPTION,
    meta: 'Přidáno do mých služeb',
    actions: (
      <GovButton
        type="outlined"
        color="primary"
        size="s"
        aria-label="Odebrat službu: Portál občana Telč"
        onClick={onRemove}
      >
        Odebrat službu
      </GovButton>
    ),
  },
  parameters: {
    locale: {
      en: {
        ...english,
        meta: 'Added to my services',
        actions: (
          <GovButton
            type="outlined"
            color="primary"
            size="s"
            aria-label="Remove service: Telč Citizen Portal"
            onClick={onRemove}
          >
            Remove service
          </GovButton>
        ),
      },
    },
  },
};

/** With the service's logo before its name (decorative: the name says what it is). */
export const WithLogo: Story = {
  args: {
    description: DESCRIPTION,
    logoUrl: '/assets/icons/colored/city-office.svg',
    meta: 'Obce a města · Kraj Vysočina',
  },
  parameters: { locale: { en: { ...english, meta: 'Municipalities · Vysočina Region' } } },
};

/** The smallest tile: name and issuer only (the portal's own sections). */
export const WithoutLogo: Story = {
  args: { href: '/profil', name: 'Profil', issuer: 'Vydává: Portál občana' },
  parameters: { locale: { en: { name: 'Profile', issuer: 'Issuer: Citizen Portal' } } },
};

/** A long name and description wrap inside the tile; nothing is cut off. */
export const LongName: Story = {
  args: {
    name: 'Elektronická žádost o příspěvek na zmírnění dopadů zvýšených cen energií pro domácnosti',
    issuer: 'Vydává: Ministerstvo práce a sociálních věcí České republiky',
    description:
      'Žádost podáte z domova bez návštěvy úřadu práce. Průběh vyřízení uvidíte v sekci Podání a rozhodnutí vám přijde do datové schránky.',
    meta: 'Práce a sociální věci · celá ČR',
  },
  parameters: {
    locale: {
      en: {
        name: 'Electronic application for the allowance to soften the impact of higher energy prices on households',
        issuer: 'Issuer: Ministry of Labour and Social Affairs of the Czech Republic',
        description:
          'Apply from home without visiting the labour office. You will see its progress under Submissions and the decision will arrive in your data box.',
        meta: 'Labour and social affairs · whole Czech Republic',
      },
    },
  },
};

/** Nobody is signed in: instead of the button, a link to log in first. */
export const SignedOut: Story = {
  args: {
    description: DESCRIPTION,
    meta: 'Obce a města · Kraj Vysočina',
    actions: <a href="/auth/login?returnTo=%2Fsluzby">Přihlaste se a přidejte si službu</a>,
  },
  parameters: {
    locale: {
      en: {
        ...english,
        meta: 'Municipalities · Vysočina Region',
        actions: <a href="/auth/login?returnTo=%2Fsluzby">Log in to add the service</a>,
      },
    },
  },
};

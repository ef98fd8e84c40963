import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { GovButton } from '../../gov.js';
import { ButtonLink } from '../button-link/ButtonLink.js';
import { ServiceDetail, type ServiceDetailLabels } from './ServiceDetail.js';
import { serviceDetailLabelsCs, telcFactsCs } from './service-detail.fixtures.js';

const en: ServiceDetailLabels = {
  facts: 'About the service',
  issuer: 'Issuer',
  ico: 'Company number (IČO)',
  category: 'Category',
  region: 'Region',
  web: 'Web site',
  support: 'Technical support',
  level: 'Required level of assurance',
  reads: 'What of your data the service may read',
  readsNone: 'none',
  version: 'Version',
  published: 'Published',
};

const englishTexts = {
  labels: en,
  name: 'Citizen Portal of Telč',
  description: 'Life situations and online forms of the town: what to do, where to go, what to bring.',
  issuer: 'Town of Telč',
  category: 'Towns and municipalities',
  region: 'Vysočina Region',
  level: 'substantial',
  reads: ['identification data (name, date of birth)', 'address of permanent residence'],
  published: '3 November 2026',
};

const actionsCs = (
  <>
    <ButtonLink href="/services/telc">Otevřít službu</ButtonLink>
    <GovButton type="solid" color="primary" onClick={fn()}>
      Přidat službu
    </GovButton>
  </>
);
const actionsEn = (
  <>
    <ButtonLink href="/services/telc">Open the service</ButtonLink>
    <GovButton type="solid" color="primary" onClick={fn()}>
      Add the service
    </GovButton>
  </>
);

const meta = {
  title: 'Portal/ServiceDetail',
  component: ServiceDetail,
  args: {
    name: 'Portál občana města Telč',
    logoUrl: '/assets/icons/complex/city-office.svg',
    description: 'Životní situace a online formuláře města: co vyřídit, kam jít a co s sebou.',
    ...telcFactsCs,
    publishedAt: '2026-11-03',
    labels: serviceDetailLabelsCs,
    actions: actionsCs,
  },
  parameters: { locale: { en: { ...englishTexts, actions: actionsEn } } },
} satisfies Meta<typeof ServiceDetail>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const SignedOut: Story = {
  args: { actions: <ButtonLink href="/auth/login">Přihlaste se a přidejte si službu</ButtonLink> },
  parameters: {
    locale: {
      en: { ...englishTexts, actions: <ButtonLink href="/auth/login">Log in to add the service</ButtonLink> },
    },
  },
};

export const Minimal: Story = {
  name: 'No logo, region, web or data read',
  args: { logoUrl: undefined, region: undefined, web: undefined, reads: [], level: 'bez přihlášení' },
  parameters: {
    locale: { en: { ...englishTexts, actions: actionsEn, region: undefined, reads: [], level: 'no login needed' } },
  },
};

export const LongTexts: Story = {
  args: {
    name: 'Ministerstvo práce a sociálních věcí – žádosti o příspěvky a dávky státní sociální podpory',
    description:
      'Podejte žádost o přídavek na dítě, příspěvek na bydlení, rodičovský příspěvek nebo porodné online, sledujte stav svých žádostí a dostávejte oznámení o rozhodnutí. Údaje o vás a vaší rodině načteme ze základních registrů, takže je nemusíte vyplňovat.',
    issuer: 'Ministerstvo práce a sociálních věcí České republiky',
    ico: '00551023',
    category: 'Práce a sociální věci',
    region: undefined,
    web: 'https://www.mpsv.cz/web/cz/statni-socialni-podpora-a-davky-pro-osoby-se-zdravotnim-postizenim',
    supportEmail: 'podpora.socialni-davky@mpsv.cz',
    level: 'vysoká',
    reads: [
      'identifikační údaje (jméno, datum narození)',
      'adresa trvalého pobytu',
      'kontaktní údaje',
      'dávky a příspěvky',
      'zdravotní pojištění',
    ],
  },
  parameters: {
    locale: {
      en: {
        ...englishTexts,
        actions: actionsEn,
        name: 'Ministry of Labour and Social Affairs – applications for state social support benefits and allowances',
        description:
          'Apply for child benefit, housing allowance, parental allowance or maternity grant online, follow your applications and get notified of decisions. We read your and your family’s data from the base registers so you need not fill them in.',
        issuer: 'Ministry of Labour and Social Affairs of the Czech Republic',
        category: 'Labour and social affairs',
        region: undefined,
        level: 'high',
        reads: [
          'identification data (name, date of birth)',
          'address of permanent residence',
          'contact details',
          'benefits and allowances',
          'health insurance',
        ],
      },
    },
  },
};

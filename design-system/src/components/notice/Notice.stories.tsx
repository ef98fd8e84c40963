import type { Meta, StoryObj } from '@storybook/react-vite';
import { Notice } from './Notice.js';

const meta = {
  title: 'Feedback/Notice',
  component: Notice,
  args: {
    kind: 'info',
    children: 'Katalog služeb se nepodařilo aktualizovat; zobrazujeme poslední známou verzi.',
  },
  parameters: {
    locale: { en: { children: 'The service catalogue could not be refreshed; showing the last known version.' } },
  },
} satisfies Meta<typeof Notice>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = { args: { role: 'status' } };

export const Success: Story = {
  args: {
    kind: 'success',
    role: 'status',
    title: 'Uloženo',
    children: 'Služba Portál občana města Telč je mezi vašimi službami.',
  },
  parameters: {
    locale: { en: { title: 'Saved', children: 'Citizen Portal of Telč is among your services.' } },
  },
};

export const Warning: Story = {
  args: { kind: 'warning', title: 'Plánovaná odstávka', children: 'V sobotu od 8 do 12 hodin nebude portál dostupný.' },
  parameters: {
    locale: { en: { title: 'Planned outage', children: 'The portal will be unavailable on Saturday from 8 to 12.' } },
  },
};

export const ErrorAlert: Story = {
  name: 'Error (alert)',
  args: { kind: 'error', role: 'alert', children: 'Přihlášení bylo zrušeno. Můžete to zkusit znovu.' },
  parameters: { locale: { en: { children: 'The login was cancelled. You can try again.' } } },
};

export const WithLink: Story = {
  args: {
    children: (
      <>
        Odstávka datových schránek: <a href="#podrobnosti">podrobnosti</a>
      </>
    ),
  },
  parameters: {
    locale: {
      en: {
        children: (
          <>
            Data box outage: <a href="#podrobnosti">details</a>
          </>
        ),
      },
    },
  },
};

export const Banner: Story = {
  args: {
    kind: 'warning',
    variant: 'banner',
    children: undefined,
    title:
      'Vývojové prostředí: přihlašujete se u vývojového poskytovatele identity testovacími občany. Nezadávejte skutečné údaje.',
  },
  parameters: {
    layout: 'fullscreen',
    locale: {
      en: {
        title:
          'Development environment: you log in with the development identity provider as test citizens. Do not enter real data.',
      },
    },
  },
};

export const LongText: Story = {
  args: {
    kind: 'error',
    title: 'Změnu se nepodařilo uložit',
    children:
      'Server neodpověděl včas. Vaše služby zůstaly beze změny. Zkuste to prosím znovu za chvíli; pokud problém trvá, kontaktujte technickou podporu portálu na adrese podpora@portal.gov.cz nebo na telefonu 222 111 000 v pracovní dny od 8 do 16 hodin.',
  },
  parameters: {
    locale: {
      en: {
        title: 'The change could not be saved',
        children:
          'The server did not answer in time. Your services are unchanged. Please try again in a while; if the problem persists, contact the portal’s technical support at podpora@portal.gov.cz or on 222 111 000 on working days from 8 to 16.',
      },
    },
  },
};

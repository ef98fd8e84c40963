import type { Meta, StoryObj } from '@storybook/react-vite';
import { ButtonLink } from './ButtonLink.js';

const meta = {
  title: 'Forms/ButtonLink',
  component: ButtonLink,
  args: { href: '/auth/login', children: 'Přihlásit se' },
  parameters: { locale: { en: { children: 'Log in' } } },
} satisfies Meta<typeof ButtonLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};

export const Secondary: Story = {
  args: { variant: 'secondary', href: '/services', children: 'Přejít do katalogu služeb' },
  parameters: { locale: { en: { children: 'Go to the service catalogue' } } },
};

export const Small: Story = {
  args: { size: 's', children: 'Otevřít službu' },
  parameters: { locale: { en: { children: 'Open the service' } } },
};

export const LongText: Story = {
  args: { children: 'Přihlásit se silnějším způsobem (identitním občanským průkazem)' },
  parameters: { locale: { en: { children: 'Log in more strongly (with an electronic identity card)' } } },
};

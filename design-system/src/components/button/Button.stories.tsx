import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { Button } from './Button.js';

const meta = {
  title: 'Forms/Button',
  component: Button,
  args: { children: 'Uložit', type: 'solid', color: 'primary', onClick: fn() },
  parameters: { locale: { en: { children: 'Save' } } },
} satisfies Meta<typeof Button>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};
export const Secondary: Story = { args: { type: 'outlined' } };
export const Link: Story = {
  args: { type: 'link', children: 'Zrušit filtry' },
  parameters: { locale: { en: { children: 'Clear filters' } } },
};
export const Danger: Story = {
  args: { color: 'error', children: 'Smazat koncept' },
  parameters: { locale: { en: { children: 'Delete draft' } } },
};
export const Disabled: Story = { args: { disabled: true } };
export const Small: Story = { args: { size: 's' } };

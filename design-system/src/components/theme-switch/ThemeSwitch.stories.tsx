import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { ThemeSwitch } from './ThemeSwitch.js';

const meta = {
  title: 'Portal/ThemeSwitch',
  component: ThemeSwitch,
  args: { label: 'Vysoký kontrast', shortLabel: 'Kontrast', highContrast: false, onChange: fn() },
  parameters: { locale: { en: { label: 'High contrast', shortLabel: 'Contrast' } } },
  // It sits on the blue header band.
  decorators: [
    (Story) => (
      <div className="czp-header" style={{ background: 'var(--czp-color-header-bg)', padding: 'var(--czp-space-3)' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ThemeSwitch>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Off: Story = {};
export const On: Story = { args: { highContrast: true } };

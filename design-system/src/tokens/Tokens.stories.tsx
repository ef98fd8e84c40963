import type { Meta, StoryObj } from '@storybook/react-vite';
import { TokenTable } from './TokenTable.js';

/** The tokens as tables, one story a group: screenshot-tested in both themes like every component. */
const meta = {
  title: 'Foundations/Tokens',
  component: TokenTable,
  tags: ['!autodocs'],
  args: { group: 'color', caption: 'Barvy / Colours' },
} satisfies Meta<typeof TokenTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Colours: Story = {};
export const Spacing: Story = { args: { group: 'space', caption: 'Mezery / Spacing' } };
export const Typography: Story = { args: { group: 'font', caption: 'Písmo / Type' } };
export const Radii: Story = { args: { group: 'radius', caption: 'Zaoblení / Radii' } };
export const Focus: Story = { args: { group: 'focus', caption: 'Zvýraznění fokusu / Focus ring' } };
export const Breakpoints: Story = { args: { group: 'breakpoint', caption: 'Zlomové body / Breakpoints' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { StorageMeter } from './StorageMeter.js';

const english = {
  label: 'Storage used',
  text: '1.26 MB (0.3%) of 500 MB used',
  warningText: 'Your data box is almost full. Delete old messages or download and remove their attachments.',
};

const meta = {
  title: 'Content/StorageMeter',
  component: StorageMeter,
  args: {
    label: 'Využití úložiště',
    text: 'Využito 1,26 MB (0,3 %) z 500 MB',
    value: 1_321_206,
    max: 524_288_000,
    warningText: 'Schránka je téměř plná. Smažte staré zprávy nebo si stáhněte a odeberte jejich přílohy.',
  },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof StorageMeter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Little used. */
export const Default: Story = {};

/** About half used. */
export const HalfUsed: Story = {
  args: { value: 262_144_000, text: 'Využito 250 MB (50 %) z 500 MB' },
  parameters: { locale: { en: { ...english, text: '250 MB (50%) of 500 MB used' } } },
};

/** Near the limit: the warning in words (and a mark and colour). */
export const NearlyFull: Story = {
  args: { value: 498_073_600, text: 'Využito 475 MB (95 %) z 500 MB' },
  parameters: { locale: { en: { ...english, text: '475 MB (95%) of 500 MB used' } } },
};

/** Full. */
export const Full: Story = {
  args: { value: 524_288_000, text: 'Využito 500 MB (100 %) z 500 MB' },
  parameters: { locale: { en: { ...english, text: '500 MB (100%) of 500 MB used' } } },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { RemoteSkeleton } from './RemoteSkeleton.js';

const meta = {
  title: 'Feedback/RemoteSkeleton',
  component: RemoteSkeleton,
  // Stories are screenshot-compared: the shimmer is stopped (as with prefers-reduced-motion) unless a story
  // sets parameters.animate. The label is visually hidden: it is what a screen reader announces.
  decorators: [
    (Story, context) => (
      <>
        {!context.parameters.animate && (
          <style>{'.czp-remote-skeleton .gov-skeleton.progress { animation: none; }'}</style>
        )}
        <Story />
      </>
    ),
  ],
  args: { label: 'Načítám službu Portál občana Telč…' },
  parameters: { locale: { en: { label: 'Loading the service Telč Citizen Portal…' } } },
} satisfies Meta<typeof RemoteSkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A heading bar and three lines. */
export const Default: Story = {};

/** A small area (one line). */
export const OneLine: Story = { args: { lines: 1 } };

/** A larger area. */
export const ManyLines: Story = { args: { lines: 8 } };

/** With the shimmer running (gov.cz `progress`; none with prefers-reduced-motion). */
export const Animated: Story = { parameters: { animate: true } };

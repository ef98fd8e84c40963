import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { RemoteFallback } from './RemoteFallback.js';

const meta = {
  title: 'Feedback/RemoteFallback',
  component: RemoteFallback,
  args: {
    title: 'Službu Portál občana Telč se nepodařilo načíst',
    text: 'Služba je nyní nedostupná. Ostatní části portálu fungují dál.',
    retryLabel: 'Zkusit znovu',
    onRetry: fn(),
    reportLabel: 'Nahlásit problém',
    onReport: fn(),
    reportedText: 'Děkujeme, problém jsme předali provozovateli služby.',
    detailsLabel: 'Technické podrobnosti',
    details: 'telc@1.0.0: TypeError: Failed to fetch /remotes/telc/1.0.0/remoteEntry.js (503)',
  },
  parameters: {
    locale: {
      en: {
        title: 'The service Telč Citizen Portal could not be loaded',
        text: 'The service is unavailable right now. The rest of the portal keeps working.',
        retryLabel: 'Try again',
        reportLabel: 'Report the problem',
        reportedText: 'Thank you, the problem has been passed to the operator of the service.',
        detailsLabel: 'Technical details',
      },
    },
  },
} satisfies Meta<typeof RemoteFallback>;

export default meta;
type Story = StoryObj<typeof meta>;

const english = meta.parameters.locale.en;

/** The service could not be loaded: retry, report, technical details closed. */
export const Default: Story = {};

/** The service did not answer in time. */
export const Timeout: Story = {
  args: {
    text: 'Služba neodpověděla včas. Ostatní části portálu fungují dál.',
    details: 'telc@1.0.0: no answer within 5 s',
  },
  parameters: {
    locale: { en: { ...english, text: 'The service did not respond in time. The rest of the portal keeps working.' } },
  },
};

/** After "Report the problem": the confirmation is shown and announced; the button stays focusable. */
export const Reported: Story = { args: { reported: true } };

/** Technical details opened. */
export const DetailsOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByText(/Technické podrobnosti|Technical details/));
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open');
    // As after a mouse click: no focus ring in the screenshot.
    (canvasElement.ownerDocument.activeElement as HTMLElement | null)?.blur();
  },
};

/** Only a retry button (no reporting, no details). */
export const RetryOnly: Story = {
  args: { onReport: undefined, reportLabel: undefined, details: undefined, detailsLabel: undefined },
};

/** Long texts wrap; the buttons wrap under each other on narrow screens. */
export const LongTexts: Story = {
  args: {
    title:
      'Službu Elektronická žádost o příspěvek na zmírnění dopadů zvýšených cen energií pro domácnosti se nepodařilo načíst',
    text: 'Ve službě nastala chyba. Ostatní části portálu fungují dál. Pokud potíže potrvají, kontaktujte technickou podporu služby: podpora@mpsv.cz, +420 950 192 111.',
  },
  parameters: {
    locale: {
      en: {
        ...english,
        title:
          'The service Electronic application for the allowance to soften the impact of higher energy prices on households could not be loaded',
        text: 'The service ran into an error. The rest of the portal keeps working. If the trouble persists, contact the service’s technical support: podpora@mpsv.cz, +420 950 192 111.',
      },
    },
  },
};

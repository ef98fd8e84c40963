import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { type Toast, ToastRegion } from './ToastRegion.js';

const KIND_LABELS_CS = { info: 'Informace', success: 'Hotovo', warning: 'Upozornění', error: 'Chyba' };
const KIND_LABELS_EN = { info: 'Information', success: 'Done', warning: 'Warning', error: 'Error' };

const MESSAGES: Record<'cs' | 'en', Record<Toast['kind'], string>> = {
  cs: {
    info: 'Katalog služeb se nepodařilo aktualizovat; zobrazujeme poslední známou verzi.',
    success: 'Služba Portál občana Telč je mezi vašimi službami.',
    warning: 'Za 2 minuty vás z bezpečnostních důvodů odhlásíme.',
    error: 'Změnu se nepodařilo uložit. Zkuste to prosím znovu.',
  },
  en: {
    info: 'The service catalogue could not be refreshed; showing the last known version.',
    success: 'The service Telč Citizen Portal is among your services.',
    warning: 'For your security you will be logged out in 2 minutes.',
    error: 'The change could not be saved. Please try again.',
  },
};
const toast = (locale: 'cs' | 'en', kind: Toast['kind']): Toast => ({
  id: kind,
  kind,
  message: MESSAGES[locale][kind],
});

const meta = {
  title: 'Feedback/ToastRegion',
  component: ToastRegion,
  args: { toasts: [toast('cs', 'info')], dismissLabel: 'Zavřít', kindLabels: KIND_LABELS_CS, onDismiss: fn() },
  parameters: {
    // The region is fixed to the bottom right of the window: in the docs each story gets its own frame.
    docs: { story: { inline: false, iframeHeight: 320 } },
    locale: { en: { toasts: [toast('en', 'info')], dismissLabel: 'Dismiss', kindLabels: KIND_LABELS_EN } },
  },
} satisfies Meta<typeof ToastRegion>;

export default meta;
type Story = StoryObj<typeof meta>;

const english = { dismissLabel: 'Dismiss', kindLabels: KIND_LABELS_EN };

/** Information (gov.cz primary colour). */
export const Info: Story = {};

/** Something the citizen did worked. */
export const Success: Story = {
  args: { toasts: [toast('cs', 'success')] },
  parameters: { locale: { en: { ...english, toasts: [toast('en', 'success')] } } },
};

/** Something the citizen should know soon. */
export const Warning: Story = {
  args: { toasts: [toast('cs', 'warning')] },
  parameters: { locale: { en: { ...english, toasts: [toast('en', 'warning')] } } },
};

/** Something failed. */
export const ErrorToast: Story = {
  name: 'Error',
  args: { toasts: [toast('cs', 'error')] },
  parameters: { locale: { en: { ...english, toasts: [toast('en', 'error')] } } },
};

/** Several at once: they stack, the newest last; each has its own dismiss button. */
export const Several: Story = {
  args: { toasts: [toast('cs', 'success'), toast('cs', 'warning'), toast('cs', 'error')] },
  parameters: {
    locale: { en: { ...english, toasts: [toast('en', 'success'), toast('en', 'warning'), toast('en', 'error')] } },
  },
};

/** No toasts: the empty live region stays in the page (nothing visible). */
export const Empty: Story = {
  args: { toasts: [] },
  parameters: { locale: { en: { ...english, toasts: [] } } },
};

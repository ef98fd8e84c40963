import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { GovButton } from '../../gov.js';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';

const meta = {
  title: 'Feedback/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    open: true,
    title: 'Odebrat službu?',
    children: <p>Služba Portál občana Telč zmizí z vašich služeb. Vaše podání a zprávy zůstávají.</p>,
    confirmLabel: 'Odebrat',
    onConfirm: fn(),
    cancelLabel: 'Ponechat',
    onCancel: fn(),
  },
  parameters: {
    // A modal dialog covers its window: in the docs each story gets its own frame.
    docs: { story: { inline: false, iframeHeight: 420 } },
    locale: {
      en: {
        title: 'Remove the service?',
        children: (
          <p>The service Telč Citizen Portal will disappear from your services. Your submissions and messages stay.</p>
        ),
        confirmLabel: 'Remove',
        cancelLabel: 'Keep',
      },
    },
  },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Open, with two answers; focus starts on the confirming one. */
export const Open: Story = {};

/** The session is about to end (`role="alertdialog"`): the citizen can extend it (WCAG 2.2.1). */
export const SessionExpiring: Story = {
  args: {
    role: 'alertdialog',
    title: 'Přihlášení brzy vyprší',
    children: <p>Z bezpečnostních důvodů vás za 1:59 odhlásíme, protože jste portál chvíli nepoužili.</p>,
    confirmLabel: 'Zůstat přihlášen',
    cancelLabel: 'Odhlásit se',
  },
  parameters: {
    locale: {
      en: {
        title: 'Your session is about to end',
        children: (
          <p>For your security you will be logged out in 1:59 because you have not used the portal for a while.</p>
        ),
        confirmLabel: 'Stay logged in',
        cancelLabel: 'Log out',
      },
    },
  },
};

/** One answer only: Escape does nothing, the citizen has to answer. */
export const SingleAnswer: Story = {
  args: {
    title: 'Souhlas je uložen',
    children: <p>Děkujeme. Souhlas můžete kdykoli odvolat v Nastavení.</p>,
    confirmLabel: 'Pokračovat',
    cancelLabel: undefined,
    onCancel: undefined,
  },
  parameters: {
    locale: {
      en: {
        title: 'Consent saved',
        children: <p>Thank you. You can withdraw your consent at any time in Settings.</p>,
        confirmLabel: 'Continue',
      },
    },
  },
};

/** A long question: the dialog grows in height and stays within the window's width. */
export const LongText: Story = {
  args: {
    title: 'Odeslat podání bez přílohy?',
    children: (
      <>
        <p>K podání jste nepřiložili žádný dokument. Úřad může podání bez přílohy odmítnout jako neúplné.</p>
        <p>Přílohu můžete přidat i později jako doplnění podání v sekci Podání.</p>
      </>
    ),
    confirmLabel: 'Odeslat bez přílohy',
    cancelLabel: 'Vrátit se a přidat přílohu',
  },
  parameters: {
    locale: {
      en: {
        title: 'Send the submission without an attachment?',
        children: (
          <>
            <p>You did not attach any document. The authority may reject a submission without one as incomplete.</p>
            <p>You can add an attachment later as a supplement under Submissions.</p>
          </>
        ),
        confirmLabel: 'Send without attachment',
        cancelLabel: 'Go back and attach',
      },
    },
  },
};

/** A button opens it; an answer or Escape closes it and focus goes back to the button. */
export const WithOpener: Story = {
  args: { open: false },
  render: function WithOpenerStory(args: ConfirmDialogProps) {
    const [open, setOpen] = useState(args.open);
    const answer = (callback?: () => void) => () => {
      callback?.();
      setOpen(false);
    };
    return (
      <>
        <GovButton type="outlined" color="primary" onClick={() => setOpen(true)}>
          {args.confirmLabel}…
        </GovButton>
        <ConfirmDialog {...args} open={open} onConfirm={answer(args.onConfirm)} onCancel={answer(args.onCancel)} />
      </>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await expect(canvas.getByRole('dialog')).toBeVisible();
  },
};

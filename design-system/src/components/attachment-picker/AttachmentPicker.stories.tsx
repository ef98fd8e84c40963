import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AttachmentPicker } from './AttachmentPicker.js';

const files = [
  { key: '1', name: 'zadost.pdf', size: '2 kB' },
  { key: '2', name: 'situacni-vykres.png', size: '640 kB' },
];
const filesEn = [
  { key: '1', name: 'zadost.pdf', size: '2 kB' },
  { key: '2', name: 'situacni-vykres.png', size: '640 kB' },
];

const english = {
  label: 'Attachments',
  chooseLabel: 'Choose files',
  hint: 'At most 10 files, each up to 10 MB, up to 20 MB in total.',
  filesLabel: 'Chosen files',
  removeLabel: 'Remove',
};

const meta = {
  title: 'Forms/AttachmentPicker',
  component: AttachmentPicker,
  args: {
    label: 'Přílohy',
    chooseLabel: 'Vybrat soubory',
    hint: 'Nejvýše 10 souborů, každý do 10 MB, celkem do 20 MB.',
    files: [],
    filesLabel: 'Vybrané soubory',
    removeLabel: 'Odebrat',
    onChoose: fn(),
    onRemove: fn(),
  },
  parameters: { locale: { en: english } },
} satisfies Meta<typeof AttachmentPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet. */
export const Default: Story = {};

/** Two files chosen, each with a remove button. */
export const WithFiles: Story = {
  args: { files },
  parameters: { locale: { en: { ...english, files: filesEn } } },
};

/** The caller found a problem: the error next to the field, the input invalid. */
export const WithError: Story = {
  args: {
    files: [{ key: '1', name: 'velky-sken.pdf', size: '11 MB' }],
    error: 'Soubor velky-sken.pdf je větší než 10 MB.',
  },
  parameters: {
    locale: {
      en: {
        ...english,
        files: [{ key: '1', name: 'velky-sken.pdf', size: '11 MB' }],
        error: 'The file velky-sken.pdf is larger than 10 MB.',
      },
    },
  },
};

/** Required, one file only. */
export const RequiredSingle: Story = {
  args: {
    required: true,
    multiple: false,
    label: 'Plná moc',
    chooseLabel: 'Vybrat soubor',
    hint: 'PDF do 10 MB.',
    accept: '.pdf',
  },
  parameters: {
    locale: {
      en: { ...english, label: 'Power of attorney', chooseLabel: 'Choose a file', hint: 'A PDF up to 10 MB.' },
    },
  },
};

/** Disabled while the message is being sent. */
export const Disabled: Story = {
  args: { files, disabled: true },
  parameters: { locale: { en: { ...english, files: filesEn } } },
};

const longName = 'zadost-o-vydani-rozhodnuti-o-povoleni-zvlastniho-uzivani-pozemni-komunikace-2026-11-20-podepsano.pdf';

/** A long file name wraps beside its remove button. */
export const LongName: Story = {
  args: { files: [{ key: '1', name: longName, size: '9,87 MB' }] },
  parameters: { locale: { en: { ...english, files: [{ key: '1', name: longName, size: '9.87 MB' }] } } },
};

import type { Meta, StoryObj } from '@storybook/react-vite';
import { SubmissionStatus, type SubmissionStep } from './SubmissionStatus.js';
import { acceptedCs, acceptedEn, sentCs, sentEn, stateLabelsCs } from './submission-status.fixtures.js';

const stateLabelsEn = { done: 'Done', current: 'In progress', upcoming: 'Waiting', rejected: 'Rejected' };

const inProgressCs: SubmissionStep[] = [
  sentCs,
  acceptedCs,
  {
    id: 'review',
    label: 'Posouzení žádosti',
    state: 'current',
    description: 'Úřad žádost posuzuje. Obvykle to trvá do 30 dnů.',
  },
  { id: 'decision', label: 'Rozhodnutí', state: 'upcoming' },
];

const inProgressEn: SubmissionStep[] = [
  sentEn,
  acceptedEn,
  {
    id: 'review',
    label: 'Assessing the application',
    state: 'current',
    description: 'The office is assessing the application. This usually takes up to 30 days.',
  },
  { id: 'decision', label: 'Decision', state: 'upcoming' },
];

const en = (steps: SubmissionStep[]) => ({ steps, label: 'Progress of the submission', stateLabels: stateLabelsEn });

const meta = {
  title: 'Feedback/SubmissionStatus',
  component: SubmissionStatus,
  args: {
    label: 'Průběh podání',
    steps: inProgressCs,
    stateLabels: stateLabelsCs,
  },
  parameters: { locale: { en: en(inProgressEn) } },
} satisfies Meta<typeof SubmissionStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Two steps done, the third current (`aria-current="step"`, "Probíhá" shown), the last upcoming. */
export const InProgress: Story = {};

/** Just sent: the first step is current, the rest upcoming. */
export const JustSent: Story = {
  args: {
    steps: [
      { id: 'sent', label: 'Podání odesláno', state: 'current', dateLabel: '2. března 2026', dateTime: '2026-03-02' },
      { id: 'accepted', label: 'Podání přijato úřadem', state: 'upcoming' },
      { id: 'decision', label: 'Rozhodnutí', state: 'upcoming' },
    ],
  },
  parameters: {
    locale: {
      en: en([
        { id: 'sent', label: 'Submission sent', state: 'current', dateLabel: '2 March 2026', dateTime: '2026-03-02' },
        { id: 'accepted', label: 'Accepted by the office', state: 'upcoming' },
        { id: 'decision', label: 'Decision', state: 'upcoming' },
      ]),
    },
  },
};

/** Every step done. */
export const Completed: Story = {
  args: {
    steps: [
      sentCs,
      acceptedCs,
      {
        id: 'decision',
        label: 'Rozhodnutí vydáno',
        state: 'done',
        dateLabel: '20. března 2026',
        dateTime: '2026-03-20',
        description: 'Rozhodnutí najdete v datové schránce.',
      },
    ],
  },
  parameters: {
    locale: {
      en: en([
        sentEn,
        acceptedEn,
        {
          id: 'decision',
          label: 'Decision issued',
          state: 'done',
          dateLabel: '20 March 2026',
          dateTime: '2026-03-20',
          description: 'You will find the decision in your data box.',
        },
      ]),
    },
  },
};

/** Rejected at the review: a cross and "Zamítnuto" in words, with the reason. */
export const Rejected: Story = {
  args: {
    steps: [
      sentCs,
      {
        id: 'review',
        label: 'Posouzení žádosti',
        state: 'rejected',
        dateLabel: '9. března 2026',
        dateTime: '2026-03-09',
        description: 'Žádosti chybí plná moc. Podejte ji prosím znovu i s plnou mocí.',
      },
      { id: 'decision', label: 'Rozhodnutí', state: 'upcoming' },
    ],
  },
  parameters: {
    locale: {
      en: en([
        sentEn,
        {
          id: 'review',
          label: 'Assessing the application',
          state: 'rejected',
          dateLabel: '9 March 2026',
          dateTime: '2026-03-09',
          description: 'The power of attorney is missing. Please submit the application again with it.',
        },
        { id: 'decision', label: 'Decision', state: 'upcoming' },
      ]),
    },
  },
};

/** The small size, for narrow places. */
export const Small: Story = { args: { size: 's' } };

/** Long labels and descriptions wrap next to the marks. */
export const LongTexts: Story = {
  args: {
    steps: [
      {
        id: 'sent',
        label: 'Žádost o vyjádření k existenci sítí technické infrastruktury odeslána všem vlastníkům sítí',
        state: 'done',
        dateLabel: '2. března 2026',
        dateTime: '2026-03-02',
      },
      {
        id: 'answers',
        label: 'Vlastníci sítí připravují svá vyjádření k existenci sítí v dotčeném území',
        state: 'current',
        description:
          'Odpovědělo 2 ze 4 vlastníků sítí. Zbývající vyjádření pošlou ČEZ Distribuce, a. s., a provozovatel vodovodů a kanalizací v katastrálním území Lysá nad Labem do 30 dnů od doručení žádosti.',
      },
      { id: 'done', label: 'Všechna vyjádření jsou k dispozici ke stažení', state: 'upcoming' },
    ],
  },
  parameters: {
    locale: {
      en: en([
        {
          id: 'sent',
          label: 'Request for an opinion on technical infrastructure networks sent to all network owners',
          state: 'done',
          dateLabel: '2 March 2026',
          dateTime: '2026-03-02',
        },
        {
          id: 'answers',
          label: 'The network owners are preparing their opinions on the networks in the area concerned',
          state: 'current',
          description:
            '2 of 4 network owners have replied. ČEZ Distribuce, a. s., and the operator of the water mains and sewers in the cadastral territory of Lysá nad Labem will send theirs within 30 days of receiving the request.',
        },
        { id: 'done', label: 'All opinions are available to download', state: 'upcoming' },
      ]),
    },
  },
};

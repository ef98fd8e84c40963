import type { Meta, StoryObj } from '@storybook/react-vite';
import { CalendarList, type CalendarListGroup } from './CalendarList.js';
import { wasteDaysCs, wasteDaysEn } from './calendar-list.fixtures.js';

const monthsCs: CalendarListGroup[] = [
  {
    id: '2026-03',
    label: 'Březen 2026',
    dateTime: '2026-03',
    events: [
      {
        id: 'waste',
        dateLabel: 'út 3. března',
        dateTime: '2026-03-03',
        title: 'Svoz směsného odpadu',
        detail: 'Nádoby připravte ke krajnici do 6:00.',
        tag: 'Svoz odpadu',
        highlight: { kind: 'today', label: 'Dnes' },
      },
      {
        id: 'dog',
        dateLabel: 'po 16. března',
        dateTime: '2026-03-16',
        title: 'Splatnost poplatku ze psů',
        tag: 'Poplatek',
        highlight: { kind: 'next', label: 'Nejbližší' },
      },
      {
        id: 'council',
        dateLabel: 'st 25. března',
        dateTime: '2026-03-25T17:00',
        title: 'Zasedání zastupitelstva',
        detail: '17:00, velký sál radnice',
        tag: 'Město',
      },
    ],
  },
  {
    id: '2026-04',
    label: 'Duben 2026',
    dateTime: '2026-04',
    events: [
      {
        id: 'id-card',
        dateLabel: 'čt 30. dubna',
        dateTime: '2026-04-30',
        title: 'Končí platnost občanského průkazu',
        tag: 'Doklady',
      },
    ],
  },
];

const monthsEn: CalendarListGroup[] = [
  {
    id: '2026-03',
    label: 'March 2026',
    dateTime: '2026-03',
    events: [
      {
        id: 'waste',
        dateLabel: 'Tue 3 March',
        dateTime: '2026-03-03',
        title: 'Mixed waste collection',
        detail: 'Put your bins out at the kerb by 6:00 a.m.',
        tag: 'Waste collection',
        highlight: { kind: 'today', label: 'Today' },
      },
      {
        id: 'dog',
        dateLabel: 'Mon 16 March',
        dateTime: '2026-03-16',
        title: 'Dog fee due',
        tag: 'Fee',
        highlight: { kind: 'next', label: 'Next' },
      },
      {
        id: 'council',
        dateLabel: 'Wed 25 March',
        dateTime: '2026-03-25T17:00',
        title: 'Town council meeting',
        detail: '5 p.m., the town hall’s great hall',
        tag: 'Town',
      },
    ],
  },
  {
    id: '2026-04',
    label: 'April 2026',
    dateTime: '2026-04',
    events: [
      {
        id: 'id-card',
        dateLabel: 'Thu 30 April',
        dateTime: '2026-04-30',
        title: 'Identity card expires',
        tag: 'Documents',
      },
    ],
  },
];

const todayCs: CalendarListGroup[] = wasteDaysCs.map((group, index) =>
  index === 0
    ? {
        ...group,
        id: '2026-03-03',
        label: 'úterý 3. března 2026',
        dateTime: '2026-03-03',
        highlight: { kind: 'today', label: 'Dnes' },
      }
    : group,
);

const meta = {
  title: 'Content/CalendarList',
  component: CalendarList,
  args: { groups: monthsCs, emptyText: 'V nejbližších týdnech vás nečeká žádná událost.' },
  parameters: {
    locale: { en: { groups: monthsEn, emptyText: 'Nothing is coming up in the next few weeks.' } },
  },
} satisfies Meta<typeof CalendarList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Grouped by month; today's event and the next one are marked in words, with a tag per kind. */
export const ByMonth: Story = {};

/** Grouped by day (Lysá nad Labem's waste collection): the day is the heading, the events have no date of their own. */
export const ByDay: Story = {
  args: { groups: wasteDaysCs },
  parameters: { locale: { en: { groups: wasteDaysEn, emptyText: 'Nothing is coming up in the next few weeks.' } } },
};

/** A day group that is today: `aria-current="date"` and the word "Dnes" in the heading. */
export const TodayGroup: Story = {
  args: { groups: todayCs },
  parameters: {
    locale: {
      en: {
        groups: wasteDaysEn.map((group, index) =>
          index === 0
            ? {
                ...group,
                id: '2026-03-03',
                label: 'Tuesday, 3 March 2026',
                dateTime: '2026-03-03',
                highlight: { kind: 'today', label: 'Today' },
              }
            : group,
        ),
        emptyText: 'Nothing is coming up in the next few weeks.',
      },
    },
  },
};

/** No events: the empty text. */
export const Empty: Story = {
  args: { groups: [] },
  parameters: { locale: { en: { groups: [], emptyText: 'Nothing is coming up in the next few weeks.' } } },
};

const longCs: CalendarListGroup[] = [
  {
    id: '2026-09',
    label: 'Září 2026',
    dateTime: '2026-09',
    events: [
      {
        id: 'long',
        dateLabel: 'pondělí 28. září',
        dateTime: '2026-09-28',
        title:
          'Mimořádný svoz velkoobjemového odpadu a elektroodpadu ze všech ulic městské části Dvorce a Byšičky včetně přilehlých zahrádkářských osad',
        detail:
          'Přistavení velkoobjemových kontejnerů na parkovišti u hřbitova v ulici Dvorecká od 8:00 do 18:00; nebezpečný odpad odevzdejte obsluze.',
        tag: 'Mimořádný svoz odpadu',
        highlight: { kind: 'next', label: 'Nejbližší událost' },
      },
    ],
  },
];

/** Long titles, details and tags wrap; nothing is cut off. */
export const LongTexts: Story = {
  args: { groups: longCs },
  parameters: {
    locale: {
      en: {
        groups: [
          {
            id: '2026-09',
            label: 'September 2026',
            dateTime: '2026-09',
            events: [
              {
                id: 'long',
                dateLabel: 'Monday, 28 September',
                dateTime: '2026-09-28',
                title:
                  'Extraordinary collection of bulky waste and electrical waste from all streets of the Dvorce and Byšičky district, including the nearby allotment gardens',
                detail:
                  'Bulky waste containers stand in the car park by the cemetery in Dvorecká street from 8 a.m. to 6 p.m.; hand hazardous waste to the staff.',
                tag: 'Extraordinary waste collection',
                highlight: { kind: 'next', label: 'Next event' },
              },
            ],
          },
        ],
        emptyText: 'Nothing is coming up in the next few weeks.',
      },
    },
  },
};

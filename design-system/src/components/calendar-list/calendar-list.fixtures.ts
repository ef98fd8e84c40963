import type { CalendarListGroup } from './CalendarList.js';

type WasteDayTexts = {
  /** The headings of the three Wednesdays: 4, 11 and 18 March 2026. */
  days: readonly [string, string, string];
  next: string;
  mixed: string;
  plastics: string;
};

/** Three collection days of Lysá nad Labem grouped by day; the first is marked as the next collection. */
function wasteDays({ days, next, mixed, plastics }: WasteDayTexts): CalendarListGroup[] {
  return [
    {
      id: '2026-03-04',
      label: days[0],
      dateTime: '2026-03-04',
      highlight: { kind: 'next', label: next },
      events: [
        { id: 'mixed', title: mixed },
        { id: 'plastics', title: plastics },
      ],
    },
    {
      id: '2026-03-11',
      label: days[1],
      dateTime: '2026-03-11',
      events: [{ id: 'mixed', title: mixed }],
    },
    {
      id: '2026-03-18',
      label: days[2],
      dateTime: '2026-03-18',
      events: [
        { id: 'mixed', title: mixed },
        { id: 'plastics', title: plastics },
      ],
    },
  ];
}

export const wasteDaysCs: CalendarListGroup[] = wasteDays({
  days: ['středa 4. března 2026', 'středa 11. března 2026', 'středa 18. března 2026'],
  next: 'Nejbližší svoz',
  mixed: 'Směsný komunální odpad',
  plastics: 'Plasty a nápojové kartony',
});

export const wasteDaysEn: CalendarListGroup[] = wasteDays({
  days: ['Wednesday, 4 March 2026', 'Wednesday, 11 March 2026', 'Wednesday, 18 March 2026'],
  next: 'Next collection',
  mixed: 'Mixed municipal waste',
  plastics: 'Plastics and beverage cartons',
});

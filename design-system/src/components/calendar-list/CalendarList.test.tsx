import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { CalendarList, type CalendarListGroup } from './CalendarList.js';
import { wasteDaysCs } from './calendar-list.fixtures.js';

const months: CalendarListGroup[] = [
  {
    id: '2026-03',
    label: 'březen 2026',
    dateTime: '2026-03',
    events: [
      {
        id: 'a',
        dateLabel: 'út 3. března',
        dateTime: '2026-03-03',
        title: 'Směsný komunální odpad',
        detail: 'Nádoby připravte do 6:00',
        tag: 'Svoz odpadu',
        highlight: { kind: 'today', label: 'Dnes' },
      },
      {
        id: 'b',
        dateLabel: 'po 16. března',
        dateTime: '2026-03-16',
        title: 'Splatnost poplatku za psa',
        highlight: { kind: 'next', label: 'Nejbližší' },
      },
    ],
  },
  {
    id: '2026-04',
    label: 'duben 2026',
    dateTime: '2026-04',
    events: [{ id: 'c', dateLabel: 'út 7. dubna', dateTime: '2026-04-07', title: 'Bioodpad' }],
  },
];

/** The first two collection days: 4 March (the next collection) and 11 March. */
const days: CalendarListGroup[] = wasteDaysCs.slice(0, 2);

const groupOf = (heading: HTMLElement) => heading.parentElement as HTMLElement;

describe('CalendarList', () => {
  it('gives each month a heading with a machine-readable month and lists its events in order', () => {
    const { container } = render(<CalendarList groups={months} emptyText="Nic" />);
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(['březen 2026', 'duben 2026']);
    expect(headings[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03');

    const march = within(groupOf(headings[0] as HTMLElement)).getAllByRole('listitem');
    expect(march).toHaveLength(2);
    const first = march[0] as HTMLElement;
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-03');
    expect(first.querySelector('time')?.textContent).toBe('út 3. března');
    expect(within(first).getByText('Směsný komunální odpad')).toBeTruthy();
    expect(within(first).getByText('Nádoby připravte do 6:00')).toBeTruthy();
    expect(within(first).getByText('Svoz odpadu').closest('.gov-tag')).toBeTruthy();
    expect(container.querySelector('.czp-calendar-list__empty')).toBeNull();
  });

  it('marks today with aria-current="date" and visible text, the next one with visible text only', () => {
    render(<CalendarList groups={months} emptyText="Nic" />);
    const [today, next, later] = screen.getAllByRole('listitem') as HTMLElement[];
    expect(today?.getAttribute('aria-current')).toBe('date');
    expect(within(today as HTMLElement).getByText('Dnes')).toBeTruthy();
    expect(next?.hasAttribute('aria-current')).toBe(false);
    expect(within(next as HTMLElement).getByText('Nejbližší')).toBeTruthy();
    expect(later?.hasAttribute('aria-current')).toBe(false);
    expect(later?.querySelector('.czp-calendar-list__highlight')).toBeNull();
  });

  it('groups by day: the day is the heading (with its highlight), the events need no date', () => {
    render(<CalendarList groups={days} emptyText="Nic" headingLevel={4} />);
    const headings = screen.getAllByRole('heading', { level: 4 });
    expect(headings[0]?.textContent).toBe('středa 4. března 2026 Nejbližší svoz');
    expect(headings[0]?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-04');
    const first = groupOf(headings[0] as HTMLElement);
    expect(first.hasAttribute('aria-current')).toBe(false);
    expect(
      within(first)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Směsný komunální odpad', 'Plasty a nápojové kartony']);
    expect(first.querySelector('li time')).toBeNull();
  });

  it('marks a day group that is today with aria-current="date"', () => {
    const today: CalendarListGroup = { ...(days[0] as CalendarListGroup), highlight: { kind: 'today', label: 'Dnes' } };
    render(<CalendarList groups={[today]} emptyText="Nic" />);
    expect(groupOf(screen.getByRole('heading')).getAttribute('aria-current')).toBe('date');
  });

  it('shows the empty text instead of a list when there are no events (empty groups are dropped)', async () => {
    const { container, rerender } = render(
      <CalendarList groups={[]} emptyText="V nejbližších týdnech nic není." className="layout" />,
    );
    expect(screen.getByText('V nejbližších týdnech nic není.')).toBeTruthy();
    expect(container.firstElementChild?.className).toBe('czp-calendar-list layout');
    expect(screen.queryByRole('list')).toBeNull();
    await expectNoAxeViolations(container);

    rerender(
      <CalendarList
        groups={[{ id: 'x', label: 'květen 2026', dateTime: '2026-05', events: [] }, ...days.slice(1)]}
        emptyText="Nic"
      />,
    );
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['středa 11. března 2026']);
  });

  it('renders the same HTML on the server every time, with machine-readable dates', () => {
    const html = renderToString(<CalendarList groups={months} emptyText="Nic" />);
    expect(renderToString(<CalendarList groups={months} emptyText="Nic" />)).toBe(html);
    expect(html).toContain('<time dateTime="2026-03">březen 2026</time>');
    expect(html).toContain('aria-current="date"');
  });

  it('has no axe violations grouped by month and by day', async () => {
    const { container } = render(
      <>
        <h2>Kalendář</h2>
        <CalendarList groups={months} emptyText="Nic" />
        <h2>Svozy</h2>
        <CalendarList groups={days} emptyText="Nic" />
      </>,
    );
    await expectNoAxeViolations(container);
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { NotificationCentre, type NotificationCentreProps } from './NotificationCentre.js';

const items = [
  {
    id: 'a',
    title: 'Vaše podání TEL-2026-000042 bylo přijato',
    text: 'Úřad podání přijal.',
    time: '3. prosince 2026 10:15',
    dateTime: '2026-12-03T09:15:00.000Z',
    href: '/services/submissions/42',
    unread: true,
  },
  { id: 'b', title: 'Připomínka', time: '2. prosince 2026 8:00', dateTime: '2026-12-02T07:00:00.000Z', unread: false },
];

function setup(props: Partial<NotificationCentreProps> = {}) {
  const handlers = { onOpenChange: vi.fn(), onItemActivate: vi.fn(), onMarkAllRead: vi.fn(), onNavigate: vi.fn() };
  const utils = render(
    <NotificationCentre
      label="Oznámení"
      buttonLabel="Oznámení, 1 nepřečtené"
      unread={1}
      title="Oznámení"
      items={items}
      unreadText="Nové"
      emptyText="Žádná oznámení"
      markAllLabel="Označit vše jako přečtené"
      footerLink={{ href: '/settings/notifications', label: 'Nastavení oznámení' }}
      {...handlers}
      {...props}
    />,
  );
  return { ...utils, ...handlers, button: screen.getByRole('button', { name: 'Oznámení, 1 nepřečtené' }) };
}

describe('NotificationCentre', () => {
  it('is a closed disclosure named with the count', () => {
    const { button } = setup();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    // Named by its content (the full label, visually hidden), so the visible word is part of the name.
    expect(button.textContent).toBe('Oznámení, 1 nepřečtenéOznámení1');
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(document.getElementById(button.getAttribute('aria-controls') ?? '')?.hidden).toBe(true);
  });

  it('opens the list: unread entries labelled in text, times as <time>, links to their targets', async () => {
    const { button, onOpenChange, container } = setup();
    fireEvent.click(button);
    expect(onOpenChange).toHaveBeenCalledWith(true);
    const list = screen.getByRole('list', { name: 'Oznámení' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first?.textContent).toContain('Nové');
    expect(second?.textContent).not.toContain('Nové');
    const link = within(list).getByRole('link', { name: /TEL-2026-000042/ });
    expect(link.getAttribute('href')).toBe('/services/submissions/42');
    expect(first?.querySelector('time')?.getAttribute('dateTime')).toBe('2026-12-03T09:15:00.000Z');
    await expectNoAxeViolations(container);
  });

  it('follows an entry: tells which, hands the link to the host and closes', () => {
    const { button, onItemActivate, onNavigate } = setup();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('link', { name: /TEL-2026-000042/ }));
    expect(onItemActivate).toHaveBeenCalledWith('a');
    expect(onNavigate).toHaveBeenCalledWith('/services/submissions/42', expect.anything());
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('marks all read while something is unread', () => {
    const { button, onMarkAllRead, rerender } = setup();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Označit vše jako přečtené' }));
    expect(onMarkAllRead).toHaveBeenCalled();
    rerender(
      <NotificationCentre
        label="Oznámení"
        buttonLabel="Oznámení"
        unread={0}
        title="Oznámení"
        items={[]}
        unreadText="Nové"
        emptyText="Žádná oznámení"
        markAllLabel="Označit vše jako přečtené"
      />,
    );
    expect(screen.queryByRole('button', { name: 'Označit vše jako přečtené' })).toBeNull();
    expect(screen.getByText('Žádná oznámení')).toBeTruthy();
  });

  it('closes on Escape and returns focus to the button', () => {
    const { button, onOpenChange } = setup();
    fireEvent.click(button);
    const link = screen.getByRole('link', { name: /TEL-2026-000042/ });
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
  });

  it('closes on a click outside', () => {
    const { button } = setup();
    fireEvent.click(button);
    fireEvent.pointerDown(document.body);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('says when the list is loading or failed', () => {
    const { button, rerender } = setup({ items: [], loading: true, loadingText: 'Načítám…' });
    fireEvent.click(button);
    expect(screen.getByRole('status').textContent).toBe('Načítám…');
    rerender(
      <NotificationCentre
        label="Oznámení"
        buttonLabel="Oznámení, 1 nepřečtené"
        unread={1}
        title="Oznámení"
        items={[]}
        unreadText="Nové"
        emptyText="Žádná"
        markAllLabel="Označit vše"
        error="Oznámení se nepodařilo načíst."
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('Oznámení se nepodařilo načíst.');
  });
});

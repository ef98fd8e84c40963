import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { MessageList, type MessageListItem } from './MessageList.js';
import { receivedLabelsCs } from './message-list.fixtures.js';

const items: MessageListItem[] = [
  {
    id: 'a',
    href: '/datova-schranka/zprava/a',
    party: 'Město Telč',
    subject: 'Rozhodnutí o poplatku',
    date: '20. 11. 2026 10:30',
    dateTime: '2026-11-20T09:30:00.000Z',
    attachments: '2 přílohy',
    unread: true,
  },
  {
    id: 'b',
    href: '/datova-schranka/zprava/b',
    party: 'Ministerstvo vnitra',
    subject: 'Potvrzení o doručení',
    date: '18. 11. 2026 8:05',
    dateTime: '2026-11-18T07:05:00.000Z',
  },
];

const props = {
  items,
  ...receivedLabelsCs,
};

describe('MessageList', () => {
  it('lists the messages in a named list, each row a link to the message', () => {
    render(<MessageList {...props} />);
    const list = screen.getByRole('list', { name: 'Zprávy ve složce Doručené' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const read = within(rows[1] as HTMLElement).getByRole('link', { name: 'Potvrzení o doručení' });
    expect(read.getAttribute('href')).toBe('/datova-schranka/zprava/b');
    expect(rows[1]?.textContent).toContain('Odesílatel: Ministerstvo vnitra');
    const time = rows[1]?.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-11-18T07:05:00.000Z');
    expect(time?.textContent).toBe('18. 11. 2026 8:05');
    expect(within(rows[0] as HTMLElement).getByText('2 přílohy')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByText(/příloh/)).toBeNull();
  });

  it('marks unread messages in bold and in words, not by colour alone', () => {
    render(<MessageList {...props} />);
    const unread = screen.getByRole('link', { name: 'Rozhodnutí o poplatku (nepřečtená)' });
    expect(unread.querySelector('strong')?.textContent).toBe('Rozhodnutí o poplatku');
    expect(unread.closest('li')?.getAttribute('data-unread')).toBe('true');
    expect(screen.getByRole('link', { name: 'Potvrzení o doručení' }).querySelector('strong')).toBeNull();
  });

  it('marks the selected row with aria-current', () => {
    render(<MessageList {...props} selectedId="b" />);
    const selected = screen.getByRole('link', { current: true });
    expect(selected.textContent).toBe('Potvrzení o doručení');
    expect(selected.closest('li')?.getAttribute('data-selected')).toBe('true');
    expect(screen.getByRole('link', { name: /Rozhodnutí/ }).hasAttribute('aria-current')).toBe(false);
  });

  it('calls onNavigate for plain left clicks and Enter, leaves modified clicks to the browser', async () => {
    const onNavigate = vi.fn();
    render(<MessageList {...props} onNavigate={onNavigate} />);
    const link = screen.getByRole('link', { name: 'Potvrzení o doručení' });
    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { button: 1 });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/datova-schranka/zprava/b', expect.anything());
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Rozhodnutí o poplatku (nepřečtená)');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenLastCalledWith('/datova-schranka/zprava/b', expect.anything());
  });

  it('shows the empty text instead of an empty list, and the paging slot', () => {
    render(<MessageList {...props} items={[]} paging={<button type="button">Další</button>} />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('Ve složce nejsou žádné zprávy.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Další' })).toBeTruthy();
  });

  it('has no axe violations, with items and empty', async () => {
    const { container, rerender } = render(<MessageList {...props} selectedId="a" />);
    await expectNoAxeViolations(container);
    rerender(<MessageList {...props} items={[]} />);
    await expectNoAxeViolations(container);
  });
});

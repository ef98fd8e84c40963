import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { MainTabs } from './MainTabs.js';

const items = [
  { href: '/profil', label: 'Profil' },
  { href: '/data', label: 'Data', current: true },
  { href: '/datova-schranka', label: 'Datová schránka' },
];

describe('MainTabs', () => {
  it('renders a labelled navigation of links with the current one marked', () => {
    render(<MainTabs label="Hlavní navigace" items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Hlavní navigace' });
    const links = nav.querySelectorAll('a');
    expect([...links].map((a) => a.textContent)).toEqual(['Profil', 'Data', 'Datová schránka']);
    expect(screen.getByRole('link', { name: 'Data' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Profil' }).hasAttribute('aria-current')).toBe(false);
  });

  it('calls onNavigate only for plain left clicks', () => {
    const onNavigate = vi.fn();
    render(<MainTabs label="Hlavní navigace" items={items} onNavigate={onNavigate} />);
    const link = screen.getByRole('link', { name: 'Profil' });
    fireEvent.click(link, { shiftKey: true });
    fireEvent.click(link, { altKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate.mock.calls[0]?.[0]).toBe('/profil');
  });

  it('has no axe violations', async () => {
    const { container } = render(<MainTabs label="Hlavní navigace" items={items} />);
    await expectNoAxeViolations(container);
  });

  it('shows a count beside a label, read out with its meaning', () => {
    render(
      <MainTabs
        label="Hlavní navigace"
        items={[
          { href: '/services/data-box', label: 'Datová schránka', badge: { count: 3, label: '3 nepřečtené zprávy' } },
          { href: '/calendar', label: 'Kalendář', badge: { count: 0, label: 'nic' } },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: /^Datová schránka\s*, 3 nepřečtené zprávy$/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kalendář' }).textContent).toBe('Kalendář');
  });

  it('is reached link by link with Tab, and Enter follows the focused link through onNavigate', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(<MainTabs label="Hlavní navigace" items={items} onNavigate={onNavigate} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Profil' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Data' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Datová schránka' }));
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(onNavigate.mock.calls[0]?.[0]).toBe('/datova-schranka');
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Data' }));
  });
});

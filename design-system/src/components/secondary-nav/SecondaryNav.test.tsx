import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { SecondaryNav } from './SecondaryNav.js';

const items = [
  { href: '/services/telc', label: 'Portál občana města Telč', current: true },
  { href: '/services/znojmo', label: 'Portál občana města Znojmo' },
];

describe('SecondaryNav', () => {
  it('is a named navigation with a link per item, the current one marked', () => {
    render(<SecondaryNav label="Moje služby" items={items} />);
    const nav = screen.getByRole('navigation', { name: 'Moje služby' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['Portál občana města Telč', 'Portál občana města Znojmo']);
    expect(links[0]?.getAttribute('aria-current')).toBe('page');
    expect(links[1]?.hasAttribute('aria-current')).toBe(false);
    expect(links[1]?.getAttribute('href')).toBe('/services/znojmo');
  });

  it('labelled, shows its name as the row’s title (not a heading) and names the navigation by it', () => {
    render(<SecondaryNav label="Moje služby" items={items} labelled />);
    const nav = screen.getByRole('navigation', { name: 'Moje služby' });
    const title = within(nav).getByText('Moje služby');
    expect(nav.getAttribute('aria-labelledby')).toBe(title.id);
    expect(within(nav).queryByRole('heading')).toBeNull();
    expect(within(nav).getByRole('list').children).toHaveLength(2);
    expect(nav.textContent).not.toContain('›');
  });

  it('renders nothing without items', () => {
    const { container } = render(<SecondaryNav label="Moje služby" items={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('hands plain clicks and Enter to onNavigate, not modified clicks', async () => {
    const onNavigate = vi.fn();
    render(<SecondaryNav label="Moje služby" items={items} onNavigate={onNavigate} />);
    const znojmo = screen.getByRole('link', { name: 'Portál občana města Znojmo' });
    fireEvent.click(znojmo, { ctrlKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(znojmo);
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledWith('/services/znojmo', expect.anything());
  });

  it('has no axe violations', async () => {
    const { container } = render(<SecondaryNav label="Moje služby" items={items} />);
    await expectNoAxeViolations(container);
  });

  it('has no axe violations labelled', async () => {
    const { container } = render(<SecondaryNav label="Moje služby" items={items} labelled />);
    await expectNoAxeViolations(container);
  });
});

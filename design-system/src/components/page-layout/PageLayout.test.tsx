import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { PageLayout } from './PageLayout.js';

const links = {
  label: 'O portálu',
  items: [
    { href: '/accessibility', label: 'Prohlášení o přístupnosti' },
    { href: '/cookies', label: 'Cookies' },
  ],
};

describe('PageLayout', () => {
  it('renders a focusable main with id "main" and the footer', () => {
    render(
      <PageLayout footer={<p>Ministerstvo vnitra ČR</p>}>
        <h1>Profil</h1>
      </PageLayout>,
    );
    const main = screen.getByRole('main');
    expect(main.id).toBe('main');
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('heading', { name: 'Profil' })).toBeTruthy();
    expect(screen.getByRole('contentinfo').textContent).toBe('Ministerstvo vnitra ČR');
  });

  it('renders no footer when none is given', () => {
    render(<PageLayout>obsah</PageLayout>);
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });

  it('puts the footer links in a named navigation inside the footer; plain clicks go through onNavigate', () => {
    const onNavigate = vi.fn();
    render(
      <PageLayout footer={<p>Verze 1</p>} links={links} onNavigate={onNavigate}>
        <h1>Profil</h1>
      </PageLayout>,
    );
    const nav = within(screen.getByRole('contentinfo')).getByRole('navigation', { name: 'O portálu' });
    const anchors = within(nav).getAllByRole('link');
    expect(anchors.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Prohlášení o přístupnosti', '/accessibility'],
      ['Cookies', '/cookies'],
    ]);
    fireEvent.click(anchors[1] as HTMLElement, { ctrlKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(anchors[1] as HTMLElement);
    expect(onNavigate).toHaveBeenCalledWith('/cookies', expect.anything());
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <PageLayout footer={<p>Ministerstvo vnitra ČR</p>} links={links}>
        <h1>Profil</h1>
      </PageLayout>,
    );
    await expectNoAxeViolations(container);
  });
});

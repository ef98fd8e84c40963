import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { EmptyState } from './EmptyState.js';

describe('EmptyState', () => {
  it('renders the title as a heading and the text, without an icon', () => {
    const { container } = render(
      <EmptyState title="Zatím nedostupné" text="Tato sekce bude brzy k dispozici." headingLevel={3} />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Zatím nedostupné' })).toBeTruthy();
    expect(screen.getByText('Tato sekce bude brzy k dispozici.')).toBeTruthy();
    expect(container.querySelector('.gov-empty')).toBeTruthy();
    expect(container.querySelector('.gov-icon, svg')).toBeNull();
  });

  it('renders an optional action link that navigates on plain clicks only', () => {
    const onNavigate = vi.fn();
    render(
      <EmptyState
        title="Stránka nenalezena"
        text="Adresa neexistuje."
        action={{ href: '/', label: 'Na úvod', onNavigate }}
      />,
    );
    const link = screen.getByRole('link', { name: 'Na úvod' });
    fireEvent.click(link, { metaKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/', expect.anything());
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <EmptyState title="Stránka nenalezena" text="Adresa neexistuje." action={{ href: '/', label: 'Na úvod' }} />,
    );
    await expectNoAxeViolations(container);
  });
});

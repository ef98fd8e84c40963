import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ServiceTile } from './ServiceTile.js';

const props = {
  href: '/sluzby/telc',
  name: 'Portál občana Telč',
  issuer: 'Vydává: Město Telč',
  description: 'Online služby pro životní situace.',
};

describe('ServiceTile', () => {
  it('renders a gov.cz tile with the name as link, the issuer and the description', () => {
    const { container } = render(<ServiceTile {...props} />);
    expect(container.querySelector('.gov-tile')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Portál občana Telč' }).getAttribute('href')).toBe('/sluzby/telc');
    expect(screen.getByText('Vydává: Město Telč')).toBeTruthy();
    expect(screen.getByText('Online služby pro životní situace.')).toBeTruthy();
  });

  it('calls onNavigate only for plain left clicks', () => {
    const onNavigate = vi.fn();
    render(<ServiceTile {...props} onNavigate={onNavigate} />);
    const link = screen.getByRole('link', { name: 'Portál občana Telč' });
    fireEvent.click(link, { ctrlKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/sluzby/telc', expect.anything());
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <ul>
        <li>
          <ServiceTile {...props} />
        </li>
      </ul>,
    );
    await expectNoAxeViolations(container);
  });

  it('shows a decorative logo, a meta line and actions apart from the link', async () => {
    const { container } = render(
      <ul>
        <li>
          <ServiceTile
            {...props}
            logoUrl="/remotes/telc/1.0.0/logo.svg"
            meta="Obec · Kraj Vysočina"
            actions={<button type="button">Přidat službu</button>}
          />
        </li>
      </ul>,
    );
    expect(container.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(screen.getByRole('link').textContent).toBe(props.name);
    expect(screen.getByText('Obec · Kraj Vysočina')).toBeTruthy();
    expect(screen.getByRole('link').contains(screen.getByRole('button', { name: 'Přidat službu' }))).toBe(false);
    await expectNoAxeViolations(container);
  });
});

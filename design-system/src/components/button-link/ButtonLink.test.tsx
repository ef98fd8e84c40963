import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ButtonLink } from './ButtonLink.js';

describe('ButtonLink', () => {
  it('is a real link drawn as a solid gov.cz button by default, outlined as secondary', () => {
    const { container } = render(
      <>
        <ButtonLink href="/auth/login">Přihlásit se</ButtonLink>
        <ButtonLink href="/services" variant="secondary" size="s">
          Katalog služeb
        </ButtonLink>
      </>,
    );
    const login = screen.getByRole('link', { name: 'Přihlásit se' });
    expect(login.getAttribute('href')).toBe('/auth/login');
    expect(login.classList.contains('element')).toBe(true);
    const [primary, secondary] = container.querySelectorAll('.gov-button');
    expect(primary?.getAttribute('data-type')).toBe('solid');
    expect(primary?.getAttribute('data-color')).toBe('primary');
    expect(secondary?.getAttribute('data-type')).toBe('outlined');
    expect(secondary?.getAttribute('data-size')).toBe('s');
    expect(screen.queryByRole('button')).toBeNull();
    expect(login.hasAttribute('disabled')).toBe(false);
  });

  it('hands plain left clicks to onNavigate and leaves modified clicks to the browser', () => {
    const onNavigate = vi.fn();
    const onClick = vi.fn();
    render(
      <ButtonLink href="/services/telc" onNavigate={onNavigate} onClick={onClick}>
        Otevřít službu
      </ButtonLink>,
    );
    const link = screen.getByRole('link', { name: 'Otevřít službu' });
    fireEvent.click(link, { metaKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/services/telc', expect.anything());
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('is reached by Tab and followed by Enter', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(
      <ButtonLink href="/consent" onNavigate={onNavigate}>
        Udělit souhlas
      </ButtonLink>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Udělit souhlas' }));
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledWith('/consent', expect.anything());
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <p>
        <ButtonLink href="/auth/login">Přihlásit se</ButtonLink>
      </p>,
    );
    await expectNoAxeViolations(container);
  });
});

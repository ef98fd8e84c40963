import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { AccountControls } from './AccountControls.js';

const props = {
  label: 'Přihlášená osoba',
  loginLabel: 'Přihlásit se',
  loginHref: '/auth/login?returnTo=%2Fdata',
  logoutLabel: 'Odhlásit se',
  logoutAction: '/auth/logout',
  csrfToken: 'token-123',
};

describe('AccountControls', () => {
  it('offers login when nobody is signed in', () => {
    render(<AccountControls {...props} person={null} />);
    expect(screen.getByRole('link', { name: 'Přihlásit se' }).getAttribute('href')).toBe(
      '/auth/login?returnTo=%2Fdata',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the person and a logout form that posts the CSRF token', () => {
    const { container } = render(
      <AccountControls {...props} person={{ name: 'Jan Novák', detail: 'Úroveň ověření: vysoká' }} />,
    );
    expect(screen.getByRole('region', { name: 'Přihlášená osoba' })).toBeTruthy();
    expect(screen.getByText('Jan Novák')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Odhlásit se' });
    expect(button.getAttribute('aria-describedby')).toBeTruthy();
    const form = container.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/auth/logout');
    expect(container.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value).toBe('token-123');
    expect(screen.queryByRole('link', { name: 'Přihlásit se' })).toBeNull();
  });

  it('has no axe violations signed in or out', async () => {
    const out = render(<AccountControls {...props} />);
    await expectNoAxeViolations(out.container);
    out.unmount();
    const signedIn = render(<AccountControls {...props} person={{ name: 'Jan Novák' }} />);
    await expectNoAxeViolations(signedIn.container);
  });
});

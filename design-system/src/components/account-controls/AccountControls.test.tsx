import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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

  it('reaches logout with Tab and submits the logout form with Enter', async () => {
    const user = userEvent.setup();
    const { container } = render(<AccountControls {...props} person={{ name: 'Jan Novák' }} />);
    const form = container.querySelector('form') as HTMLFormElement;
    const submitted = vi.fn((event: SubmitEvent) => {
      event.preventDefault();
      return event.submitter;
    });
    form.addEventListener('submit', submitted);
    await user.tab();
    const button = screen.getByRole('button', { name: 'Odhlásit se' });
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(submitted.mock.results[0]?.value).toBe(button);
  });

  it('reaches the login link with Tab when signed out', async () => {
    const user = userEvent.setup();
    render(<AccountControls {...props} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Přihlásit se' }));
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { CookieBar } from './CookieBar.js';

const props = {
  label: 'Informace o cookies',
  text: 'Portál používá jen nezbytné cookies: přihlášení, zabezpečení a volbu jazyka.',
  linkLabel: 'Více o cookies',
  linkHref: '/cookies',
  acceptLabel: 'Rozumím',
};

describe('CookieBar', () => {
  it('is a labelled region with the text, a link to the cookies page and the button; no live region', () => {
    render(<CookieBar {...props} onAccept={() => {}} />);
    const region = screen.getByRole('region', { name: 'Informace o cookies' });
    expect(region.textContent).toContain(props.text);
    expect(within(region).getByRole('link', { name: 'Více o cookies' }).getAttribute('href')).toBe('/cookies');
    expect(within(region).getByRole('button', { name: 'Rozumím' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is dismissed by click and by keyboard', async () => {
    const onAccept = vi.fn();
    const user = userEvent.setup();
    render(<CookieBar {...props} onAccept={onAccept} />);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rozumím' }));
    await user.keyboard(' ');
    await user.click(screen.getByRole('button', { name: 'Rozumím' }));
    expect(onAccept).toHaveBeenCalledTimes(2);
  });

  it('hands plain clicks on the link to onNavigate', () => {
    const onNavigate = vi.fn();
    render(<CookieBar {...props} onAccept={() => {}} onNavigate={onNavigate} />);
    const link = screen.getByRole('link', { name: 'Více o cookies' });
    fireEvent.click(link, { shiftKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/cookies', expect.anything());
  });

  it('has no axe violations', async () => {
    const { container } = render(<CookieBar {...props} onAccept={() => {}} />);
    await expectNoAxeViolations(container);
  });
});

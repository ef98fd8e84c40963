import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { languageLinks, languageOptions } from './language-switch.fixtures.js';

describe('LanguageSwitch', () => {
  it('renders a labelled group of buttons in their own language, the current one pressed', () => {
    render(<LanguageSwitch label="Jazyk" current="cs" options={languageOptions} />);
    expect(screen.getByRole('group', { name: 'Jazyk' })).toBeTruthy();
    const cs = screen.getByRole('button', { name: 'Čeština' });
    const en = screen.getByRole('button', { name: 'English' });
    expect(cs.getAttribute('lang')).toBe('cs');
    expect(en.getAttribute('lang')).toBe('en');
    expect(cs.getAttribute('aria-pressed')).toBe('true');
    expect(en.getAttribute('aria-pressed')).toBe('false');
  });

  it('calls onChange with the chosen locale, not for the current one', () => {
    const onChange = vi.fn();
    render(<LanguageSwitch label="Jazyk" current="cs" options={languageOptions} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Čeština' }));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(onChange).toHaveBeenCalledWith('en');
  });

  it('renders links with hreflang and aria-current when options have href', () => {
    const onChange = vi.fn();
    render(<LanguageSwitch label="Jazyk" current="en" options={languageLinks} onChange={onChange} />);
    const cs = screen.getByRole('link', { name: 'Čeština' });
    expect(cs.getAttribute('hreflang')).toBe('cs');
    expect(screen.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('true');
    fireEvent.click(cs, { metaKey: true });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(cs);
    expect(onChange).toHaveBeenCalledWith('cs');
  });

  it('has no axe violations', async () => {
    const { container } = render(<LanguageSwitch label="Jazyk" current="cs" options={languageOptions} />);
    await expectNoAxeViolations(container);
  });

  it('is used with the keyboard: Tab to each option, Enter or Space chooses it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<LanguageSwitch label="Jazyk" current="cs" options={languageOptions} onChange={onChange} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Čeština' }));
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'English' }));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('en');
    await user.keyboard(' ');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('as links, Enter on a focused option chooses it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<LanguageSwitch label="Jazyk" current="en" options={languageLinks} onChange={onChange} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Čeština' }));
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('cs');
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { SettingsMenu } from './SettingsMenu.js';

const items = [
  { href: '/sluzby', label: 'Služby' },
  { href: '/notifikace', label: 'Notifikace', current: true },
  { href: '/cookies', label: 'Cookies' },
];

function setup(onNavigate = vi.fn()) {
  const utils = render(<SettingsMenu label="Nastavení" title="Nastavení" items={items} onNavigate={onNavigate} />);
  const button = screen.getByRole('button', { name: 'Nastavení' });
  return { ...utils, button, onNavigate };
}

describe('SettingsMenu', () => {
  it('is a closed disclosure button controlling the list', () => {
    const { button } = setup();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel?.hidden).toBe(true);
    expect(screen.queryByRole('link', { name: 'Služby' })).toBeNull();
  });

  it('opens on activation and shows the links, the current one marked', () => {
    const { button } = setup();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('link', { name: 'Služby' }).getAttribute('href')).toBe('/sluzby');
    expect(screen.getByRole('link', { name: 'Notifikace' }).getAttribute('aria-current')).toBe('page');
  });

  it('opens with ArrowDown, moves with arrow keys, closes on Escape and returns focus to the button', () => {
    const { button } = setup();
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Služby');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Notifikace');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Cookies');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes on a click outside', () => {
    const { button } = setup();
    fireEvent.click(button);
    fireEvent.pointerDown(document.body);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('navigates on a plain click and closes; leaves ctrl+click to the browser', () => {
    const { button, onNavigate } = setup();
    fireEvent.click(button);
    const link = screen.getByRole('link', { name: 'Cookies' });
    fireEvent.click(link, { ctrlKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/cookies', expect.anything());
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('has no axe violations, closed and open', async () => {
    const { container, button } = setup();
    await expectNoAxeViolations(container);
    fireEvent.click(button);
    await expectNoAxeViolations(container);
  });

  describe('keyboard', () => {
    function setupWithNeighbours(onNavigate = vi.fn()) {
      const utils = render(
        <>
          <button type="button">Před</button>
          <SettingsMenu label="Nastavení" items={items} onNavigate={onNavigate} />
          <button type="button">Po</button>
        </>,
      );
      const button = screen.getByRole('button', { name: 'Nastavení' });
      return { ...utils, button, onNavigate, user: userEvent.setup() };
    }

    it('Enter opens it (focus stays on the button), Tab goes into the list, Escape closes and returns focus', async () => {
      const { button, user } = setupWithNeighbours();
      button.focus();
      await user.keyboard('{Enter}');
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(document.activeElement).toBe(button);
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Služby' }));
      await user.keyboard('{Escape}');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button);
    });

    it('Space opens and closes it', async () => {
      const { button, user } = setupWithNeighbours();
      button.focus();
      await user.keyboard(' ');
      expect(button.getAttribute('aria-expanded')).toBe('true');
      await user.keyboard(' ');
      expect(button.getAttribute('aria-expanded')).toBe('false');
    });

    it('arrow keys, Home and End move between the links, wrapping around', async () => {
      const { button, user } = setupWithNeighbours();
      button.focus();
      await user.keyboard('{ArrowDown}');
      expect(button.getAttribute('aria-expanded')).toBe('true');
      await user.keyboard('{ArrowDown}');
      expect(document.activeElement?.textContent).toBe('Služby');
      await user.keyboard('{ArrowUp}');
      expect(document.activeElement?.textContent).toBe('Cookies');
      await user.keyboard('{ArrowDown}');
      expect(document.activeElement?.textContent).toBe('Služby');
      await user.keyboard('{End}');
      expect(document.activeElement?.textContent).toBe('Cookies');
      await user.keyboard('{Home}');
      expect(document.activeElement?.textContent).toBe('Služby');
    });

    it('Escape in the list closes it and returns focus to the button', async () => {
      const { button, user } = setupWithNeighbours();
      await user.click(button);
      await user.tab();
      await user.tab();
      expect(document.activeElement?.textContent).toBe('Notifikace');
      await user.keyboard('{Escape}');
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button);
    });

    it('Tab out of the last link closes it; so does Shift+Tab out of the button', async () => {
      const { button, user } = setupWithNeighbours();
      button.focus();
      await user.keyboard('{Enter}');
      await user.tab();
      await user.tab();
      await user.tab();
      expect(document.activeElement?.textContent).toBe('Cookies');
      expect(button.getAttribute('aria-expanded')).toBe('true');
      await user.tab();
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Po' }));
      expect(button.getAttribute('aria-expanded')).toBe('false');

      button.focus();
      await user.keyboard('{Enter}');
      expect(button.getAttribute('aria-expanded')).toBe('true');
      await user.tab({ shift: true });
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Před' }));
      expect(button.getAttribute('aria-expanded')).toBe('false');
    });

    it('Enter on a link navigates and closes the list', async () => {
      const { button, onNavigate, user } = setupWithNeighbours();
      button.focus();
      await user.keyboard('{Enter}');
      await user.tab();
      await user.tab();
      await user.keyboard('{Enter}');
      expect(onNavigate).toHaveBeenCalledWith('/notifikace', expect.anything());
      expect(button.getAttribute('aria-expanded')).toBe('false');
    });
  });
});

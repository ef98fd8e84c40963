import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { PortalHeader } from './PortalHeader.js';

const props = {
  portalName: 'Portál občana',
  subtitle: 'Portál veřejné správy',
  skipLinkLabel: 'Přeskočit na obsah',
};

describe('PortalHeader', () => {
  it('renders the name as a home link, the subtitle, the skip link and the actions slot', () => {
    render(<PortalHeader {...props} homeHref="/cs" actions={<span>Jan Kalina</span>} />);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Portál občana' }).getAttribute('href')).toBe('/cs');
    expect(screen.getByText('Portál veřejné správy')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Přeskočit na obsah' }).getAttribute('href')).toBe('#main');
    expect(screen.getByText('Jan Kalina')).toBeTruthy();
  });

  it('hands plain left clicks to onNavigate and leaves modified clicks to the browser', () => {
    const onNavigate = vi.fn();
    render(<PortalHeader {...props} onNavigate={onNavigate} />);
    const home = screen.getByRole('link', { name: 'Portál občana' });
    const prevented: boolean[] = [];
    const record = (event: Event) => prevented.push(event.defaultPrevented);
    document.addEventListener('click', record);
    fireEvent.click(home, { ctrlKey: true });
    fireEvent.click(home, { metaKey: true });
    fireEvent.click(home, { shiftKey: true });
    fireEvent.click(home, { button: 1 });
    expect(onNavigate).not.toHaveBeenCalled();
    fireEvent.click(home);
    document.removeEventListener('click', record);
    expect(onNavigate).toHaveBeenCalledWith('/', expect.anything());
    // Only the plain click had its default (a page load) prevented.
    expect(prevented).toEqual([false, false, false, false, true]);
  });

  it('skip link moves focus to the main content', () => {
    render(
      <>
        <PortalHeader {...props} />
        <main id="main" tabIndex={-1}>
          content
        </main>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Přeskočit na obsah' }));
    expect(document.activeElement?.id).toBe('main');
  });

  it('has no axe violations', async () => {
    const { container } = render(<PortalHeader {...props} actions={<span>Jan Kalina</span>} />);
    await expectNoAxeViolations(container);
  });

  it('the first Tab lands on the skip link; Enter moves focus to the main content', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PortalHeader {...props} actions={<button type="button">Nastavení</button>} />
        <main id="main" tabIndex={-1}>
          content
        </main>
      </>,
    );
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Přeskočit na obsah' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Portál občana' }));
    await user.tab({ shift: true });
    await user.keyboard('{Enter}');
    expect(document.activeElement?.id).toBe('main');
  });
});

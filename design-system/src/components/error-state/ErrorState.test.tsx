import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { ErrorState } from './ErrorState.js';

const base = { title: 'Něco se pokazilo', text: 'Stránku se nepodařilo zobrazit. Zkuste to prosím znovu.' };

describe('ErrorState', () => {
  it('is a region named by its title; title and text are announced as an alert, without the buttons', () => {
    render(<ErrorState {...base} retryLabel="Zkusit znovu" onRetry={() => {}} />);
    expect(screen.getByRole('region', { name: 'Něco se pokazilo' })).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(`${base.title}${base.text}`);
    expect(alert.querySelector('button')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Něco se pokazilo' })).toBeTruthy();
  });

  it('retries by click and by keyboard', async () => {
    const onRetry = vi.fn();
    const user = userEvent.setup();
    render(<ErrorState {...base} retryLabel="Zkusit znovu" onRetry={onRetry} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Zkusit znovu' }));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Zkusit znovu' }));
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('without announce, a heading level, no retry: no alert, no button', () => {
    const { container } = render(<ErrorState {...base} announce={false} headingLevel={1} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('.czp-error-state__actions')).toBeNull();
  });

  it('takes more actions and content below them', () => {
    render(
      <ErrorState {...base} retryLabel="Zkusit znovu" onRetry={() => {}} actions={<a href="/">Na úvodní stránku</a>}>
        <p>Kód chyby: 503</p>
      </ErrorState>,
    );
    expect(screen.getByRole('link', { name: 'Na úvodní stránku' })).toBeTruthy();
    expect(screen.getByText('Kód chyby: 503')).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(<ErrorState {...base} retryLabel="Zkusit znovu" onRetry={() => {}} />);
    await expectNoAxeViolations(container);
  });
});

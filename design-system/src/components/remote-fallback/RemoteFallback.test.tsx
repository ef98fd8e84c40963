import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { RemoteFallback, type RemoteFallbackProps } from './RemoteFallback.js';

const base: RemoteFallbackProps = {
  title: 'Službu se nepodařilo načíst',
  text: 'Zkuste to prosím znovu.',
  retryLabel: 'Zkusit znovu',
  onRetry: () => {},
  reportLabel: 'Nahlásit problém',
  onReport: () => {},
  reportedText: 'Děkujeme, problém jsme nahlásili.',
  detailsLabel: 'Technické podrobnosti',
  details: 'TypeError: remoteEntry.js 503',
};

describe('RemoteFallback', () => {
  it('puts the title and text in an alert, with the buttons outside it', () => {
    render(<RemoteFallback {...base} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Službu se nepodařilo načíst');
    expect(alert.textContent).toContain('Zkuste to prosím znovu.');
    expect(alert.querySelector('button')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Službu se nepodařilo načíst' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Službu se nepodařilo načíst' })).toBeTruthy();
  });

  it('calls onRetry and onReport', () => {
    const onRetry = vi.fn();
    const onReport = vi.fn();
    render(<RemoteFallback {...base} onRetry={onRetry} onReport={onReport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zkusit znovu' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Nahlásit problém' }));
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('when reported, shows the confirmation in a status region and does not report twice', () => {
    const onReport = vi.fn();
    const { rerender } = render(<RemoteFallback {...base} onReport={onReport} />);
    expect(screen.getByRole('status').textContent).toBe('');
    rerender(<RemoteFallback {...base} onReport={onReport} reported />);
    expect(screen.getByRole('status').textContent).toBe('Děkujeme, problém jsme nahlásili.');
    const report = screen.getByRole('button', { name: 'Nahlásit problém' });
    expect(report.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(report);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('shows technical detail in a closed <details>', () => {
    const { container } = render(<RemoteFallback {...base} />);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Technické podrobnosti');
    expect(details?.textContent).toContain('TypeError: remoteEntry.js 503');
  });

  it('without onReport or details shows only the retry button', () => {
    const { container } = render(
      <RemoteFallback title="Chyba" text="Text" retryLabel="Zkusit znovu" onRetry={() => {}} />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(container.querySelector('details')).toBeNull();
  });

  it('has no axe violations, before and after reporting', async () => {
    const { container, rerender } = render(<RemoteFallback {...base} />);
    await expectNoAxeViolations(container);
    rerender(<RemoteFallback {...base} reported />);
    await expectNoAxeViolations(container);
  });
});

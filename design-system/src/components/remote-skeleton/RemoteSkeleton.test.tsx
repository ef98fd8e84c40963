import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { RemoteSkeleton } from './RemoteSkeleton.js';

describe('RemoteSkeleton', () => {
  it('is busy, says what is loading, and hides the decorative bars', () => {
    const { container } = render(<RemoteSkeleton label="Načítá se služba Telč" lines={2} />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Načítá se služba Telč');
    const bars = container.querySelector('[aria-hidden="true"]');
    expect(bars?.querySelectorAll('.gov-skeleton')).toHaveLength(3);
    expect(container.querySelector('[tabindex]')).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = render(<RemoteSkeleton label="Načítá se služba Telč" />);
    await expectNoAxeViolations(container);
  });
});

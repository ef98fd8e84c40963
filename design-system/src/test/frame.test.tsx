import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from './axe.js';
import { Frame } from './frame.js';

describe('the frame composition', () => {
  it('has no axe violations as a whole page', async () => {
    const { container } = render(<Frame />);
    await expectNoAxeViolations(container);
  });

  it('hydrates the server HTML without mismatches', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Frame />);
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Frame />, { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root?.unmount());
    container.remove();
  });
});

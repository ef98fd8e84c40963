import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { PageLayout } from './PageLayout.js';

describe('PageLayout', () => {
  it('renders a focusable main with id "main" and the footer', () => {
    render(
      <PageLayout footer={<p>Ministerstvo vnitra ČR</p>}>
        <h1>Profil</h1>
      </PageLayout>,
    );
    const main = screen.getByRole('main');
    expect(main.id).toBe('main');
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('heading', { name: 'Profil' })).toBeTruthy();
    expect(screen.getByRole('contentinfo').textContent).toBe('Ministerstvo vnitra ČR');
  });

  it('renders no footer when none is given', () => {
    render(<PageLayout>obsah</PageLayout>);
    expect(screen.queryByRole('contentinfo')).toBeNull();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <PageLayout footer={<p>Ministerstvo vnitra ČR</p>}>
        <h1>Profil</h1>
      </PageLayout>,
    );
    await expectNoAxeViolations(container);
  });
});

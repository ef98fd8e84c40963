import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { Notice } from './Notice.js';

describe('Notice', () => {
  it('is no live region unless the caller asks for one', () => {
    const { container } = render(<Notice>Katalog služeb je dočasně nedostupný.</Notice>);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.firstElementChild?.className).toBe('czp-notice czp-notice--info');
  });

  it('is an alert holding exactly its text when the role is alert', () => {
    render(
      <Notice kind="error" role="alert">
        Přihlášení bylo zrušeno. Můžete to zkusit znovu.
      </Notice>,
    );
    expect(screen.getByRole('alert').textContent).toBe('Přihlášení bylo zrušeno. Můžete to zkusit znovu.');
  });

  it('is a status with a title and the text, in the colours of its kind', () => {
    render(
      <Notice kind="success" role="status" title="Uloženo">
        Služba je mezi vašimi službami.
      </Notice>,
    );
    const status = screen.getByRole('status');
    expect(status.classList.contains('czp-notice--success')).toBe(true);
    expect(status.querySelector('.czp-notice__title')?.textContent).toBe('Uloženo');
    expect(status.textContent).toBe('UloženoSlužba je mezi vašimi službami.');
  });

  it('as a banner passes attributes through and may be only a title', () => {
    render(<Notice kind="warning" variant="banner" title="Vývojové prostředí" data-testid="dev" />);
    const banner = screen.getByTestId('dev');
    expect(banner.classList.contains('czp-notice--banner')).toBe(true);
    expect(banner.classList.contains('czp-notice--warning')).toBe(true);
    expect(banner.querySelector('.czp-notice__text')).toBeNull();
  });

  it('has no axe violations in any kind, with a link inside', async () => {
    const { container } = render(
      <div>
        {(['info', 'success', 'warning', 'error'] as const).map((kind) => (
          <Notice key={kind} kind={kind} title={kind}>
            Text <a href="/cookies">odkaz</a>
          </Notice>
        ))}
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});

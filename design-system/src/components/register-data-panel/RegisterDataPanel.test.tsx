import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { RegisterDataPanel, type RegisterDataPanelProps } from './RegisterDataPanel.js';
import { personalDataCs, personalDataRowsCs } from './register-data-panel.fixtures.js';

const props: RegisterDataPanelProps = {
  ...personalDataCs,
  rows: [...personalDataRowsCs, { label: 'Rodné příjmení', value: null }, { label: 'Titul', value: '' }],
};

/** The <dd> after the <dt> with this text. */
function value(label: string): HTMLElement {
  const dd = screen.getByText(label, { selector: 'dt' }).nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return dd;
}

describe('RegisterDataPanel', () => {
  it('is a region named by its title, with the source register and a value per label', () => {
    render(<RegisterDataPanel {...props} />);
    const region = screen.getByRole('region', { name: 'Osobní údaje' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe('Osobní údaje');
    expect(within(region).getByText('Zdroj: Základní registr obyvatel (ROB)')).toBeTruthy();
    expect(value('Jméno a příjmení').textContent).toBe('Jan Novák');
    expect(value('Datum narození').querySelector('time')?.getAttribute('dateTime')).toBe('1980-03-12');
  });

  it('shows the empty text for a missing or empty value', () => {
    render(<RegisterDataPanel {...props} />);
    expect(value('Rodné příjmení').textContent).toBe('neuvedeno');
    expect(value('Titul').textContent).toBe('neuvedeno');
    expect(value('Titul').className).toBe('czp-register-data-panel__empty');
  });

  it('offers the complaint as a button, described by the panel title, by click and keyboard', async () => {
    const onClick = vi.fn();
    const user = userEvent.setup();
    render(<RegisterDataPanel {...props} complaint={{ label: 'Podat reklamaci údajů', onClick }} />);
    const button = screen.getByRole('button', { name: 'Podat reklamaci údajů' });
    expect(button.getAttribute('aria-describedby')).toBe(screen.getByRole('heading').id);
    await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('offers the complaint as a link when given an href', () => {
    const onNavigate = vi.fn();
    render(
      <RegisterDataPanel
        {...props}
        complaint={{ label: 'Podat reklamaci údajů', href: '/data/complaint?register=rob', onNavigate }}
      />,
    );
    const link = screen.getByRole('link', { name: 'Podat reklamaci údajů' });
    expect(link.getAttribute('href')).toBe('/data/complaint?register=rob');
    expect(link.getAttribute('aria-describedby')).toBe(screen.getByRole('heading').id);
    fireEvent.click(link);
    expect(onNavigate).toHaveBeenCalledWith('/data/complaint?register=rob', expect.anything());
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('has no action without a complaint; heading level follows headingLevel', () => {
    render(<RegisterDataPanel {...props} headingLevel={3} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <RegisterDataPanel {...props} complaint={{ label: 'Podat reklamaci údajů', onClick: () => {} }} />,
    );
    await expectNoAxeViolations(container);
  });
});

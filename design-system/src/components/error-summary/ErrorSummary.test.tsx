import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { RadioGroup } from '../radio-group/RadioGroup.js';
import { TextField } from '../text-field/TextField.js';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary.js';

const errors: ErrorSummaryItem[] = [
  { fieldId: 'persons', text: 'Zadejte počet osob' },
  { fieldId: 'area', text: 'Vyberte oblast' },
];

function Form({ items, focusKey }: { items: ErrorSummaryItem[]; focusKey?: number }) {
  return (
    <form noValidate>
      <ErrorSummary title="Formulář obsahuje chyby" errors={items} focusKey={focusKey} />
      <TextField id="persons" label="Počet osob" error={items[0]?.text} />
      <RadioGroup
        id="area"
        legend="Oblast"
        error={items[1]?.text}
        options={[
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ]}
      />
    </form>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary title="Formulář obsahuje chyby" errors={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('appears focused, as an alert with its title and one link per error', async () => {
    const { container, rerender } = render(<Form items={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<Form items={errors} />);
    const alert = screen.getByRole('alert');
    expect(screen.getByRole('heading', { level: 2, name: 'Formulář obsahuje chyby' })).toBeTruthy();
    expect(document.activeElement).toBe(container.querySelector('.czp-error-summary'));
    expect(document.activeElement?.contains(alert)).toBe(true);
    expect(screen.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Zadejte počet osob', '#persons'],
      ['Vyberte oblast', '#area'],
    ]);
    await expectNoAxeViolations(container);
  });

  it('takes focus again when focusKey changes (a second failed submit)', () => {
    const { container, rerender } = render(<Form items={errors} focusKey={1} />);
    const summary = container.querySelector<HTMLElement>('.czp-error-summary');
    screen.getByRole('textbox').focus();
    rerender(<Form items={errors} focusKey={1} />);
    expect(document.activeElement).toBe(screen.getByRole('textbox'));
    rerender(<Form items={errors} focusKey={2} />);
    expect(document.activeElement).toBe(summary);
  });

  it('moves focus to the field when a link is followed by keyboard or click', async () => {
    const user = userEvent.setup();
    render(<Form items={errors} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Zadejte počet osob' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Počet osob' }));
    await user.click(screen.getByRole('link', { name: 'Vyberte oblast' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'A' }));
  });

  it('names the field before its error when asked, so equal errors stay distinguishable', () => {
    render(
      <ErrorSummary
        title="Formulář obsahuje chyby"
        errors={[
          { fieldId: 'persons', field: 'Počet osob', text: 'Vyplňte prosím tento údaj.' },
          { fieldId: 'dogs', field: 'Počet psů', text: 'Vyplňte prosím tento údaj.' },
        ]}
      />,
    );
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Počet osob: Vyplňte prosím tento údaj.',
      'Počet psů: Vyplňte prosím tento údaj.',
    ]);
  });

  it('takes a heading level and a description', async () => {
    const { container } = render(
      <ErrorSummary title="There is a problem" description="Fix these:" headingLevel={3} errors={errors.slice(0, 1)} />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByText('Fix these:')).toBeTruthy();
    await expectNoAxeViolations(container);
  });
});

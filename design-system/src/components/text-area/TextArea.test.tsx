import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { TextArea } from './TextArea.js';

describe('TextArea', () => {
  it('names the text area by its label, describes it by the hint, 5 rows by default', async () => {
    const { container } = render(<TextArea label="Zpráva" hint="Nejvýše 500 znaků" name="message" maxLength={500} />);
    const textarea = screen.getByRole('textbox', { name: 'Zpráva' });
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.getAttribute('rows')).toBe('5');
    expect(textarea.getAttribute('maxlength')).toBe('500');
    expect(textarea.getAttribute('aria-describedby')).toBe(`${textarea.id}-hint`);
    await expectNoAxeViolations(container);
  });

  it('shows the error, marks it invalid and describes it by hint and error', async () => {
    const { container } = render(<TextArea id="msg" label="Zpráva" hint="Krátce" error="Napište zprávu" required />);
    const textarea = screen.getByRole('textbox', { name: 'Zpráva' });
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(textarea).toHaveProperty('required', true);
    expect(textarea.getAttribute('aria-describedby')).toBe('msg-hint msg-error');
    expect(screen.getByText('Napište zprávu').id).toBe('msg-error');
    await expectNoAxeViolations(container);
  });

  it('is disabled', async () => {
    const { container } = render(<TextArea label="Zpráva" disabled defaultValue="Text" />);
    expect(screen.getByRole('textbox', { name: 'Zpráva' })).toHaveProperty('disabled', true);
    await expectNoAxeViolations(container);
  });

  it('takes typing and gives the caller the text area by ref', async () => {
    const onChange = vi.fn();
    const ref = createRef<HTMLTextAreaElement>();
    render(<TextArea ref={ref} label="Zpráva" onChange={(event) => onChange(event.target.value)} />);
    ref.current?.focus();
    await userEvent.keyboard('Dobrý den');
    expect(onChange).toHaveBeenLastCalledWith('Dobrý den');
  });
});

import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { AttachmentPicker, type AttachmentPickerProps, type PickedFile } from './AttachmentPicker.js';

const props: AttachmentPickerProps = {
  label: 'Přílohy',
  chooseLabel: 'Vybrat soubory',
  hint: 'Nejvýše 10 souborů, každý do 10 MB.',
  files: [],
  filesLabel: 'Vybrané soubory',
  removeLabel: 'Odebrat',
  onChoose: () => {},
  onRemove: () => {},
};

const pdf = (name: string) => new File(['%PDF'], name, { type: 'application/pdf' });
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' | ');

/** The picker with its files in state, as a caller keeps them. */
function Stateful({ error }: { error?: string }) {
  const [files, setFiles] = useState<PickedFile[]>([]);
  return (
    <AttachmentPicker
      {...props}
      error={error}
      files={files}
      onChoose={(chosen) =>
        setFiles([...files, ...chosen.map((file, i) => ({ key: `${files.length + i}`, name: file.name, size: '4 B' }))])
      }
      onRemove={(key) => setFiles(files.filter((file) => file.key !== key))}
    />
  );
}

describe('AttachmentPicker', () => {
  it('is a file input named by its label and the button text, described by the hint', () => {
    render(<AttachmentPicker {...props} />);
    const input = screen.getByLabelText('Přílohy') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.multiple).toBe(true);
    expect(
      input
        .getAttribute('aria-labelledby')
        ?.split(' ')
        .map((id) => document.getElementById(id)?.textContent),
    ).toEqual(['Přílohy', 'Vybrat soubory']);
    expect(describedText(input)).toBe('Nejvýše 10 souborů, každý do 10 MB.');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('hands chosen files to onChoose and clears the input', () => {
    const onChoose = vi.fn();
    render(<AttachmentPicker {...props} onChoose={onChoose} />);
    const input = screen.getByLabelText('Přílohy');
    fireEvent.change(input, { target: { files: [pdf('a.pdf'), pdf('b.pdf')] } });
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(((onChoose.mock.calls[0]?.[0] ?? []) as File[]).map((file) => file.name)).toEqual(['a.pdf', 'b.pdf']);
  });

  it('lists the chosen files; a remove button names its file and gives focus back to the input', async () => {
    const user = userEvent.setup();
    render(<Stateful />);
    const input = screen.getByLabelText('Přílohy');
    fireEvent.change(input, { target: { files: [pdf('a.pdf'), pdf('b.pdf')] } });
    const list = screen.getByRole('list', { name: 'Vybrané soubory' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('span')?.textContent),
    ).toEqual(['a.pdf (4 B)', 'b.pdf (4 B)']);
    const remove = screen.getByRole('button', { name: 'Odebrat a.pdf' });
    expect(remove.textContent).toBe('Odebrat');
    remove.focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: 'Odebrat a.pdf' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Odebrat b.pdf' })).toBeTruthy();
    expect(document.activeElement).toBe(input);
  });

  it('shows the caller’s error next to the field and marks the input invalid', () => {
    render(<Stateful error="Soubor velky.pdf je větší než 10 MB." />);
    const input = screen.getByLabelText('Přílohy');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toBe('Nejvýše 10 souborů, každý do 10 MB. | Soubor velky.pdf je větší než 10 MB.');
    expect(input.closest('[data-invalid="true"]')).toBeTruthy();
  });

  it('takes an id, a name, accept, single choice and disabled', () => {
    render(<AttachmentPicker {...props} id="files" name="attachments" accept=".pdf" multiple={false} disabled />);
    const input = document.getElementById('files') as HTMLInputElement;
    expect(input.name).toBe('attachments');
    expect(input.accept).toBe('.pdf');
    expect(input.multiple).toBe(false);
    expect(input.disabled).toBe(true);
    expect(document.getElementById('files-hint')?.textContent).toBe(props.hint);
  });

  it('disables the remove buttons too when disabled (natively, not only in looks)', () => {
    const onRemove = vi.fn();
    render(
      <AttachmentPicker {...props} disabled onRemove={onRemove} files={[{ key: '1', name: 'a.pdf', size: '2 kB' }]} />,
    );
    const remove = screen.getByRole('button', { name: 'Odebrat a.pdf' }) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    fireEvent.click(remove);
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('has no axe violations, empty and with files and an error', async () => {
    const { container, rerender } = render(<AttachmentPicker {...props} />);
    await expectNoAxeViolations(container);
    rerender(
      <AttachmentPicker
        {...props}
        error="Připojit lze nejvýše 10 souborů."
        files={[
          { key: '1', name: 'a.pdf', size: '2 kB' },
          { key: '2', name: 'b.pdf', size: '9 MB' },
        ]}
      />,
    );
    await expectNoAxeViolations(container);
  });
});

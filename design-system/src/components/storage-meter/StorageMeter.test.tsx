import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { StorageMeter } from './StorageMeter.js';

const props = {
  label: 'Využití úložiště',
  text: 'Využito 1,26 MB (0,3 %) z 500 MB',
  value: 1_321_206,
  max: 524_288_000,
  warningText: 'Schránka je téměř plná. Smažte staré zprávy.',
};

const meter = () => document.querySelector('meter') as HTMLMeterElement;
const textOf = (ids: string | null) =>
  (ids ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('StorageMeter', () => {
  it('is a meter named by the label and described by the text', () => {
    render(<StorageMeter {...props} />);
    expect(meter().getAttribute('value')).toBe('1321206');
    expect(meter().getAttribute('max')).toBe('524288000');
    expect(textOf(meter().getAttribute('aria-labelledby'))).toBe('Využití úložiště');
    expect(textOf(meter().getAttribute('aria-describedby'))).toBe('Využito 1,26 MB (0,3 %) z 500 MB');
    expect(screen.getByText('Využito 1,26 MB (0,3 %) z 500 MB')).toBeTruthy();
    expect(screen.queryByText(/téměř plná/)).toBeNull();
  });

  it('warns in words near the limit (default from 90 %), and the meter is described by the warning', () => {
    const { container } = render(
      <StorageMeter {...props} value={480_000_000} text="Využito 457,76 MB (91,6 %) z 500 MB" />,
    );
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('warning');
    expect(screen.getByText('Schránka je téměř plná. Smažte staré zprávy.')).toBeTruthy();
    expect(textOf(meter().getAttribute('aria-describedby'))).toBe(
      'Využito 457,76 MB (91,6 %) z 500 MB Schránka je téměř plná. Smažte staré zprávy.',
    );
  });

  it('takes its own threshold and keeps the value within 0…max', () => {
    const { rerender, container } = render(<StorageMeter {...props} value={300} max={1000} warningAt={0.25} />);
    expect(container.firstElementChild?.getAttribute('data-state')).toBe('warning');
    rerender(<StorageMeter {...props} value={2000} max={1000} />);
    expect(meter().getAttribute('value')).toBe('1000');
    rerender(<StorageMeter {...props} value={-5} max={0} />);
    expect(meter().getAttribute('value')).toBe('0');
    expect(meter().getAttribute('max')).toBe('1');
  });

  it('has no axe violations, normal and warning', async () => {
    const { container, rerender } = render(<StorageMeter {...props} />);
    await expectNoAxeViolations(container);
    rerender(<StorageMeter {...props} value={524_000_000} />);
    await expectNoAxeViolations(container);
  });
});

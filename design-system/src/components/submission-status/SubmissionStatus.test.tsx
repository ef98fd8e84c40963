import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe.js';
import { SubmissionStatus, type SubmissionStep } from './SubmissionStatus.js';
import { sentCs, stateLabelsCs } from './submission-status.fixtures.js';

const inProgress: SubmissionStep[] = [
  sentCs,
  { id: 'accepted', label: 'Podání přijato', state: 'done', dateLabel: '3. března 2026', dateTime: '2026-03-03' },
  {
    id: 'review',
    label: 'Posouzení žádosti',
    state: 'current',
    description: 'Úřad žádost posuzuje, obvykle do 30 dnů.',
  },
  { id: 'decision', label: 'Rozhodnutí', state: 'upcoming' },
];

const rejected: SubmissionStep[] = [
  { id: 'sent', label: 'Podání odesláno', state: 'done' },
  {
    id: 'review',
    label: 'Posouzení žádosti',
    state: 'rejected',
    dateLabel: '9. března 2026',
    dateTime: '2026-03-09',
    description: 'Chybí příloha: plná moc.',
  },
  { id: 'decision', label: 'Rozhodnutí', state: 'upcoming' },
];

/** The item's text without the decorative (aria-hidden) marks. */
function spokenText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent ?? '';
}

const view = (steps: SubmissionStep[]) => (
  <SubmissionStatus label="Průběh podání" steps={steps} stateLabels={stateLabelsCs} />
);

describe('SubmissionStatus', () => {
  it('is an ordered list named by its label, one item per step, the current one aria-current="step"', () => {
    render(view(inProgress));
    const list = screen.getByRole('list', { name: 'Průběh podání' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, null, 'step', null]);
  });

  it('takes the caller’s class and the small size', () => {
    render(
      <SubmissionStatus label="Průběh" steps={inProgress} stateLabels={stateLabelsCs} size="s" className="layout" />,
    );
    const list = screen.getByRole('list', { name: 'Průběh' });
    expect(list.className).toBe('gov-stepper czp-submission-status layout');
    expect(list.getAttribute('data-size')).toBe('s');
    expect(
      within(list)
        .getAllByRole('listitem')
        .every((li) => li.getAttribute('data-size') === 's'),
    ).toBe(true);
  });

  it('says every state in words (visible on the current step, hidden on the others)', () => {
    render(view(inProgress));
    const items = screen.getAllByRole('listitem');
    expect(items.map(spokenText)).toEqual([
      'Podání odesláno, Hotovo2. března 2026',
      'Podání přijato, Hotovo3. března 2026',
      'Posouzení žádosti, ProbíháÚřad žádost posuzuje, obvykle do 30 dnů.',
      'Rozhodnutí, Čeká',
    ]);
    const state = (li: HTMLElement) => li.querySelector('.czp-submission-status__state') as HTMLElement;
    expect(state(items[0] as HTMLElement).classList.contains('czp-visually-hidden')).toBe(true);
    expect(state(items[2] as HTMLElement).classList.contains('czp-visually-hidden')).toBe(false);
    expect(state(items[3] as HTMLElement).classList.contains('czp-visually-hidden')).toBe(true);
  });

  it('shows a tick for done, the number for current and upcoming, a cross for rejected; dates are <time>', () => {
    render(view(rejected));
    const items = screen.getAllByRole('listitem');
    const mark = (li: HTMLElement) => li.querySelector('.gov-stepper-item__prefix') as HTMLElement;
    expect(mark(items[0] as HTMLElement).querySelector('svg')).toBeTruthy();
    expect(mark(items[2] as HTMLElement).textContent).toBe('3');
    expect(
      mark(items[1] as HTMLElement)
        .querySelector('svg path')
        ?.getAttribute('d'),
    ).toContain('M4 4');
    expect(mark(items[1] as HTMLElement).closest('[aria-hidden="true"]')).toBeTruthy();
    const second = items[1] as HTMLElement;
    expect(second.getAttribute('data-state')).toBe('rejected');
    expect(second.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-09');
    expect(within(second).getByText('Zamítnuto').classList.contains('czp-visually-hidden')).toBe(false);
    expect(within(second).getByText('Chybí příloha: plná moc.')).toBeTruthy();
    expect(screen.queryByRole('listitem', { current: 'step' })).toBeNull();
  });

  it('hydrates its server HTML without mismatches (deterministic markup)', async () => {
    const container = document.createElement('div');
    const html = renderToString(view(inProgress));
    expect(renderToString(view(inProgress))).toBe(html);
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, view(inProgress), { onRecoverableError: (e) => recoverable.push(e) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    act(() => root?.unmount());
    container.remove();
  });

  it('has no axe violations in progress and rejected', async () => {
    const { container } = render(
      <>
        {view(inProgress)}
        {view(rejected)}
      </>,
    );
    await expectNoAxeViolations(container);
  });
});
